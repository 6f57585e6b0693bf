package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.decision.CriterionChange;
import org.kamscore.decision.TierMargin;
import org.kamscore.decision.TierPath;

/**
 * The answers of {@link TierPath} and {@link TierMargin} over the generated models of this
 * package (every scale kind both ways, bounds a few ulps apart, weights over twelve orders of
 * magnitude, missing values, knock-outs), checked by re-scoring with the model's own
 * {@link ScoringModel#replay}: the value reaches the threshold, and the next worse raw value
 * (one ulp for a number, one level for a position) does not. The oracle is the model's
 * scoring, not the inverse the decision package computes.
 */
final class DecisionExactnessProperties {

  @Test
  void pathValue_reachesTheNextTier_andTheNextWorseValueDoesNot() {
    qt().forAll(Generated.scored()).checkAssert(s -> {
      ScoringModel<GeneratedAccount> model = s.model().build();
      Evaluation e = evaluate(model, s.customer());
      if (e == null) {
        return;
      }
      TierPath path = TierPath.of(model, e);
      if (path.target().isEmpty() || path.scoreReaches()) {
        assertThat(path.changes()).isEmpty();
        return;
      }
      double threshold = path.target().get().minimumScore();
      for (CriterionChange change : path.changes()) {
        int j = indexOf(model, change.criterion());
        if (change.isPossible()) {
          double value = change.value().getAsDouble();
          assertThat(replay(model, e, j, value).score()).as("%s at %s", change, value)
              .isGreaterThanOrEqualTo(threshold);
          assertThat(replay(model, e, j, value).scoreTier().rank())
              .isLessThanOrEqualTo(path.target().get().rank());
          Double worse = worse(model, j, value);
          if (worse != null) {
            assertThat(replay(model, e, j, worse).score()).as("%s at %s", change, worse)
                .isLessThan(threshold);
          }
        } else {
          assertThat(replay(model, e, j, best(model, j)).score()).as("%s at best", change)
              .isLessThan(threshold);
        }
      }
    });
  }

  @Test
  void marginValue_holdsTheTier_andTheNextWorseValueDropsIt() {
    qt().forAll(Generated.scored()).checkAssert(s -> {
      ScoringModel<GeneratedAccount> model = s.model().build();
      Evaluation e = evaluate(model, s.customer());
      if (e == null) {
        return;
      }
      TierMargin margin = TierMargin.of(model, e);
      if (margin.below().isEmpty()) {
        assertThat(margin.holds()).isEmpty();
        return;
      }
      double threshold = e.tier().minimumScore();
      assertThat(margin.points().getAsDouble()).isEqualTo(e.score() - threshold)
          .isGreaterThanOrEqualTo(0.0);
      for (CriterionChange hold : margin.holds()) {
        int j = indexOf(model, hold.criterion());
        if (hold.isPossible()) {
          double value = hold.value().getAsDouble();
          assertThat(replay(model, e, j, value).score()).as("%s at %s", hold, value)
              .isGreaterThanOrEqualTo(threshold);
          Double worse = worse(model, j, value);
          assertThat(worse).as("a worse value than %s", hold).isNotNull();
          Evaluation dropped = replay(model, e, j, worse);
          assertThat(dropped.score()).as("%s at %s", hold, worse).isLessThan(threshold);
          assertThat(dropped.tier().rank()).isGreaterThan(e.tier().rank());
        } else {
          assertThat(replay(model, e, j, worst(model, j)).score()).as("%s at worst", hold)
              .isGreaterThanOrEqualTo(threshold);
        }
      }
    });
  }

  private static Evaluation evaluate(ScoringModel<GeneratedAccount> model, GeneratedAccount c) {
    try {
      return model.evaluate(c);
    } catch (ScoringException e) {
      return null; // a missing value the policy rejects
    }
  }

  private static int indexOf(ScoringModel<?> model, String criterion) {
    for (int i = 0; i < model.criteria().size(); i++) {
      if (model.criteria().get(i).name().equals(criterion)) {
        return i;
      }
    }
    throw new AssertionError(criterion);
  }

  /** The evaluation replayed with criterion {@code j}'s raw value replaced. */
  private static Evaluation replay(ScoringModel<?> model, Evaluation e, int j, double value) {
    List<Double> values = new ArrayList<>();
    for (Contribution c : e.contributions()) {
      values.add(c.missing() ? Double.NaN : c.value());
    }
    values.set(j, value);
    return model.replay(values, e.failedKnockOuts());
  }

  /** The raw value next to {@code value} on the worse side, or null if there is none. */
  private static Double worse(ScoringModel<?> model, int j, double value) {
    CriterionScale scale = model.criteria().get(j).scale();
    boolean higher = scale.direction() == Direction.HIGHER_IS_BETTER;
    if (scale instanceof LevelScale<?> levels) {
      int position = (int) value + (higher ? -1 : 1);
      return position >= 0 && position < levels.levels().size() ? (double) position : null;
    }
    if (Double.isInfinite(value)) {
      return null; // every value reaches: a missing value scored below the scale's worst
    }
    return higher ? Math.nextDown(value) : Math.nextUp(value);
  }

  /** A raw value with the scale's best utility. */
  private static double best(ScoringModel<?> model, int j) {
    return extreme(model, j, true);
  }

  /** A raw value with the scale's worst utility. */
  private static double worst(ScoringModel<?> model, int j) {
    return extreme(model, j, false);
  }

  private static double extreme(ScoringModel<?> model, int j, boolean best) {
    CriterionScale scale = model.criteria().get(j).scale();
    if (scale instanceof LevelScale<?> levels) {
      List<Double> u = levels.utilities();
      int pick = 0;
      for (int i = 1; i < u.size(); i++) {
        pick = best == u.get(i) > u.get(pick) && u.get(i) != u.get(pick) ? i : pick;
      }
      return pick;
    }
    Scale s = (Scale) scale;
    double low = s.utility(Double.NEGATIVE_INFINITY);
    double high = s.utility(Double.POSITIVE_INFINITY);
    return best == high >= low ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }
}
