package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.decision.Generators.between;
import static org.kamscore.decision.Generators.cases;
import static org.kamscore.decision.Generators.qt;
import static org.kamscore.decision.Generators.uniform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.decision.Generators.Case;
import org.kamscore.decision.Generators.Row;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link PolicyImpact} between a generated model and a variant with other
 * weights, against the two models' own evaluations.
 */
final class PolicyImpactProperties {

  /** A generated case and a second version of its model with every weight redrawn. */
  record Versions(Case from, ScoringModel<Row> to) {
    @Override
    public String toString() {
      return from + " to " + to.criteria();
    }
  }

  private static Gen<Versions> versions() {
    Gen<Case> cases = cases();
    return in -> {
      Case c = cases.generate(in);
      ScoringModel.Builder<Row> builder = c.model().toBuilder().id("generated", "2");
      for (Criterion criterion : c.model().criteria()) {
        if (between(in, 0, 1) == 0) {
          builder.weight(criterion.name(), uniform(in, 0.1, 10));
        }
      }
      return new Versions(c, builder.build());
    };
  }

  @Test
  void changes_areTheCustomersWhoseTierChanged_andTheListsFollowTheTiers() {
    qt().forAll(versions()).checkAssert(v -> {
      List<Row> rows = v.from().rows();
      PolicyImpact<Row> impact = PolicyImpact.between(v.from().model(), v.to())
          .review(rows, Row::id);
      List<Evaluation> before = v.from().model().evaluateAll(rows);
      List<Evaluation> after = v.to().evaluateAll(rows);
      List<String> changed = new ArrayList<>();
      List<String> promoted = new ArrayList<>();
      List<String> gained = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        int from = before.get(i).tier().rank();
        int to = after.get(i).tier().rank();
        String key = rows.get(i).id();
        if (from != to) {
          changed.add(key);
        }
        if (to < from) {
          promoted.add(key);
        }
        if (to == 0 && from != 0) {
          gained.add(key);
        }
        if (from == 0 && to != 0) {
          lost.add(key);
        }
      }
      Collections.sort(changed);
      Collections.sort(promoted);
      Collections.sort(gained);
      Collections.sort(lost);
      assertThat(impact.changes()).extracting(CustomerImpact::key).isEqualTo(changed);
      assertThat(impact.promotions()).isEqualTo(promoted);
      assertThat(impact.newKeyAccounts()).isEqualTo(gained);
      assertThat(impact.lostKeyAccounts()).isEqualTo(lost);
      assertThat(impact.promotions().size() + impact.demotions().size())
          .isEqualTo(changed.size());
      assertThat(impact.tiers().total()).isEqualTo(rows.size());
    });
  }

  @Test
  void reasons_addUpToTheChangeOfScore() {
    qt().forAll(versions()).checkAssert(v -> {
      for (CustomerImpact<Row> change : PolicyImpact.between(v.from().model(), v.to())
          .review(v.from().rows(), Row::id).changes()) {
        double sum = 0.0;
        for (ReasonChange reason : change.reasons()) {
          sum += reason.difference();
          assertThat(reason.difference()).isNotZero();
        }
        assertThat(sum).isCloseTo(change.toScore() - change.fromScore(),
            org.assertj.core.api.Assertions.within(1e-9));
        for (int i = 1; i < change.reasons().size(); i++) {
          assertThat(Math.abs(change.reasons().get(i - 1).difference()))
              .isGreaterThanOrEqualTo(Math.abs(change.reasons().get(i).difference()));
        }
      }
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(versions()).checkAssert(v -> {
      List<Row> reversed = new ArrayList<>(v.from().rows());
      Collections.reverse(reversed);
      assertThat(PolicyImpact.between(v.from().model(), v.to()).review(reversed, Row::id)
          .toText()).isEqualTo(PolicyImpact.between(v.from().model(), v.to())
          .review(v.from().rows(), Row::id).toText());
    });
  }
}
