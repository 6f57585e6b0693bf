package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's value types close their invariants and never print a customer. */
final class ValueTypesTest {

  @Test
  void contribution_utilityAboveOne_isRejected() {
    // with utility 2.0 the points would exceed the maximum and pointsLost() turn negative
    assertThatThrownBy(() -> new Contribution("revenue", 1.0, "1", false, 2.0, 0.5, 100.0, 50.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of criterion 'revenue' must be in [0, 1] but was: 2.0");
  }

  @Test
  void contribution_pointsAboveMaximum_isRejected() {
    assertThatThrownBy(() -> new Contribution("revenue", 1.0, "1", false, 1.0, 0.5, 50.5, 50.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points of criterion 'revenue' must be in [0, 50.0] but were: 50.5");
  }

  @Test
  void contribution_negativeWeightShare_isRejected() {
    assertThatThrownBy(() -> new Contribution("revenue", 1.0, "1", false, 1.0, -0.5, 0.0, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight share of criterion 'revenue' must be in [0, 1] but was: -0.5");
  }

  @Test
  void contribution_nanUtility_isRejected() {
    assertThatThrownBy(
            () -> new Contribution("revenue", 1.0, "1", false, Double.NaN, 0.5, 0.0, 50.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of criterion 'revenue' must be in [0, 1] but was: NaN");
  }

  @Test
  void tier_thresholdAbove100_isRejected() {
    assertThatThrownBy(() -> new Tier("A", 100.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum score of tier 'A' must be in [0, 100] but was: 100.5");
  }

  @Test
  void tier_negativeRank_isRejected() {
    assertThatThrownBy(() -> new Tier("A", 50, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank of tier 'A' must not be negative but was: -1");
  }

  @Test
  void ranked_positionZero_isRejected() {
    Evaluation e = Fixtures.standard().evaluate(Account.of(50, 20, 10));
    assertThatThrownBy(() -> new Ranked<>(0, 0, Account.of(50, 20, 10), e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must be at least 1 but was: 0");
  }

  @Test
  void ranked_toString_namesTheIndexNeverTheCustomer() {
    List<Ranked<Account>> ranking = Fixtures.standard().rank(
        List.of(Account.of(10, 5, 15), Account.of(90, 30, 2)));

    assertThat(ranking.get(0).index()).isEqualTo(1);
    assertThat(ranking.get(0).toString())
        .doesNotContain(Account.SECRET)
        .startsWith("Ranked[#1, index 1, score ");
  }

  @Test
  void contribution_tierAndCriterion_toStrings_areReadable() {
    ScoringModel<Account> model = Fixtures.standard();
    Evaluation e = model.evaluate(Account.of(50, 20, 10));

    // revenue: linear(0 -> 100) at 50 is utility 0.5 of a maximum of 50 points
    assertThat(e.contribution("revenue").toString())
        .isEqualTo("Contribution[revenue = 50: 0.5 x 50.0 = 25.0]");
    assertThat(model.criteria().get(0).toString())
        .isEqualTo("Criterion[revenue, weight 2.0, linear(0.0 -> 100.0)]");
    assertThat(model.tiers().all().get(0).toString()).isEqualTo("A");
  }
}
