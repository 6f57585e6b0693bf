package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.decision.Generators.cases;
import static org.kamscore.decision.Generators.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kamscore.Contribution;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.LevelScale;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.decision.Generators.Row;

/**
 * Properties of {@link TierPath}'s order and plan, over generated models, checked by
 * re-scoring with {@link ScoringModel#replay}; the exactness of each value is checked over the
 * core's fuzzed models by {@code DecisionExactnessProperties}.
 */
final class TierPathProperties {

  @Test
  void changes_listActionableCriteriaFirst_thenPossibleOnes_thenDeclarationOrder() {
    qt().forAll(cases()).checkAssert(c -> {
      for (Evaluation e : c.model().evaluateAll(c.rows())) {
        List<CriterionChange> changes = TierPath.of(c.model(), e).changes();
        for (int i = 1; i < changes.size(); i++) {
          CriterionChange before = changes.get(i - 1);
          CriterionChange after = changes.get(i);
          int order = Boolean.compare(!before.actionable(), !after.actionable());
          order = order != 0 ? order : Boolean.compare(!before.isPossible(), !after.isPossible());
          order = order != 0 ? order
              : Integer.compare(index(c.model(), before), index(c.model(), after));
          assertThat(order).as("%s before %s", before, after).isNegative();
        }
      }
    });
  }

  @Test
  void plan_reachesTheTarget_andNoFewerCandidatesAtTheirBestDo() {
    AtomicInteger plans = new AtomicInteger();
    qt().forAll(cases()).checkAssert(c -> {
      List<Criterion> criteria = c.model().criteria();
      boolean anyActionable = criteria.stream().anyMatch(Criterion::actionable);
      for (Evaluation e : c.model().evaluateAll(c.rows())) {
        TierPath path = TierPath.of(c.model(), e);
        List<CriterionChange> plan = path.plan();
        if (plan.isEmpty()) {
          continue;
        }
        plans.incrementAndGet();
        double threshold = path.target().get().minimumScore();
        assertThat(path.changes()).as("no single candidate suffices")
            .filteredOn(change -> !anyActionable || change.actionable())
            .noneMatch(CriterionChange::isPossible);
        assertThat(plan).allMatch(change -> !anyActionable || change.actionable());
        List<Double> values = raw(e);
        for (CriterionChange change : plan) {
          values.set(index(c.model(), change), change.value().getAsDouble());
        }
        assertThat(c.model().replay(values, e.failedKnockOuts()).score())
            .isGreaterThanOrEqualTo(threshold);
        // every subset of the candidates one smaller than the plan, each at its best value,
        // falls short
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
          if (!anyActionable || criteria.get(i).actionable()) {
            candidates.add(i);
          }
        }
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
          if (Integer.bitCount(mask) != plan.size() - 1) {
            continue;
          }
          List<Double> best = raw(e);
          for (int k = 0; k < candidates.size(); k++) {
            if ((mask & 1 << k) != 0) {
              best.set(candidates.get(k), best(criteria.get(candidates.get(k))));
            }
          }
          assertThat(c.model().replay(best, e.failedKnockOuts()).score())
              .as("subset %s at best", mask).isLessThan(threshold);
        }
      }
    });
    assertThat(plans.get()).as("plans checked").isPositive();
  }

  @Test
  void scoreReachingTheTarget_needsNoChange_andTopTier_hasNoTarget() {
    qt().forAll(cases()).checkAssert(c -> {
      for (Evaluation e : c.model().evaluateAll(c.rows())) {
        TierPath path = TierPath.of(c.model(), e);
        assertThat(path.target()).isEqualTo(e.nextTier());
        assertThat(path.pointsMissing()).isEqualTo(
            e.pointsToNextTier().isPresent() ? e.pointsToNextTier().getAsDouble() : 0.0);
        if (path.scoreReaches() || path.target().isEmpty()) {
          assertThat(path.changes()).isEmpty();
          assertThat(path.plan()).isEmpty();
        } else {
          assertThat(path.changes()).hasSize(c.model().criteria().size());
        }
        if (path.scoreReaches()) {
          assertThat(path.blockingKnockOuts()).isNotEmpty();
        }
        assertThat(path.toText()).doesNotContain("NaN");
      }
    });
  }

  private static int index(ScoringModel<Row> model, CriterionChange change) {
    List<Criterion> criteria = model.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).name().equals(change.criterion())) {
        return i;
      }
    }
    throw new AssertionError(change);
  }

  private static List<Double> raw(Evaluation e) {
    List<Double> values = new ArrayList<>();
    for (Contribution c : e.contributions()) {
      values.add(c.missing() ? Double.NaN : c.value());
    }
    return values;
  }

  /** A raw value with the criterion's best utility: an infinity for these numeric scales. */
  private static double best(Criterion criterion) {
    if (criterion.scale() instanceof LevelScale<?>) {
      throw new AssertionError("no ordinal scales here");
    }
    Scale s = (Scale) criterion.scale();
    return s.utility(Double.POSITIVE_INFINITY) >= s.utility(Double.NEGATIVE_INFINITY)
        ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }
}
