package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/** Worked examples of {@link TierMargin}, the arithmetic checked by hand in the comments. */
final class TierMarginTest {
  private final ScoringModel<Account> kam = Policies.kam();

  @Test
  void margin_isThePointsAboveTheThreshold_andTheHeaviestCriterionDropsItFirst() {
    // 32 + 15 + 10 + 10 + 6 = 73: tier B from 50, 23 points above. Revenue may lose 23 of its
    // 32 points: 9 left, utility 0.225, revenue 22.5. Margin (15), years (10), joint (10) and
    // discount (6) have fewer than 23 points to lose: none drops B alone.
    TierMargin margin = TierMargin.of(kam, kam.evaluate(Account.of("C-1", 80, 0.3, 2, true,
        0.1)));

    assertThat(margin.tier().label()).isEqualTo("B");
    assertThat(margin.below()).map(t -> t.label()).contains("C");
    assertThat(margin.points()).hasValue(23.0);
    assertThat(margin.first()).map(CriterionChange::criterion).contains("revenue");
    assertThat(margin.first().get().value().getAsDouble()).isCloseTo(22.5, within(1e-12));
    assertThat(margin.holds()).extracting(CriterionChange::criterion).containsExactly(
        "revenue", "margin", "contract-years", "joint-projects", "discount");
    assertThat(margin.holds().subList(1, 5)).noneMatch(CriterionChange::isPossible);
    assertThat(margin.toText())
        .isEqualTo("B holds by 23.00 points above 50.00; revenue drops it first, below 22.5\n");
  }

  @Test
  void ordinalCriterion_withTheLeastUtilityToLose_dropsItFirst() {
    ScoringModel<Account> graded = Policies.graded();
    // volume 80 -> 40; grade HIGH -> 50: 90, tier A from 75, 15 points above. Volume may fall
    // to 25 points, utility 0.5, 50: a loss of 0.3 utility. Grade must keep 35 of its 50
    // points, utility 0.7: only HIGH does, so MEDIUM drops A: a loss of 0 utility, first.
    Evaluation e = graded.evaluate(Account.of("C-2", 80, 0, 0, false, 0)
        .withGrade(Account.Grade.HIGH));
    TierMargin margin = TierMargin.of(graded, e);

    assertThat(margin.holds()).extracting(CriterionChange::criterion)
        .containsExactly("grade", "volume");
    assertThat(margin.holds().get(0).valueText()).contains("HIGH");
    assertThat(margin.holds().get(1).value().getAsDouble()).isCloseTo(50.0, within(1e-12));
    assertThat(margin.toText())
        .isEqualTo("A holds by 15.00 points above 75.00; grade drops it first, below HIGH\n");
  }

  @Test
  void lowerIsBetter_dropsAbove() {
    ScoringModel<Account> discount = ScoringModel.builder(Account.class).id("d", "1")
        .criterion("discount", Account::discount, Scale.linear(0.25, 0.0), 1)
        .tiers(Tiers.from("A", 60).otherwise("B")).build();
    // discount 0.05 -> utility 0.8, 80 points, 20 above A: utility 0.6 holds, discount 0.1
    TierMargin margin = TierMargin.of(discount,
        discount.evaluate(Account.of("C-3", 0, 0, 0, false, 0.05)));

    assertThat(margin.first().get().value().getAsDouble()).isCloseTo(0.1, within(1e-15));
    assertThat(margin.toText())
        .isEqualTo("A holds by 20.00 points above 60.00; discount drops it first, above 0.1\n");
  }

  @Test
  void lowestTier_hasNoMargin() {
    // 19 points: tier C, the lowest
    TierMargin margin = TierMargin.of(kam, kam.evaluate(Account.of("C-4", 30, 0.1, 0, false,
        0.2)));

    assertThat(margin.below()).isEmpty();
    assertThat(margin.points()).isEmpty();
    assertThat(margin.holds()).isEmpty();
    assertThat(margin.first()).isEmpty();
    assertThat(margin.toText()).isEmpty();
    assertThat(margin).hasToString("TierMargin[C, lowest tier]");
  }

  @Test
  void noCriterionAlone_dropsAWideMargin() {
    // 36 + 20 + 20 + 10 + 8 = 94: tier A, 19 above 75; every criterion has at most 40 points,
    // revenue 36 of them: 36 - 19 = 17 left, utility 0.425, revenue 42.5
    TierMargin margin = TierMargin.of(kam, kam.evaluate(Account.of("C-5", 90, 0.4, 4, true,
        0.05)));

    assertThat(margin.first()).map(CriterionChange::criterion).contains("revenue");
    assertThat(margin.first().get().valueText()).contains("42.5");
    assertThat(margin.holds()).filteredOn(CriterionChange::isPossible)
        .extracting(CriterionChange::criterion).containsExactly("revenue", "margin",
            "contract-years");
  }
}
