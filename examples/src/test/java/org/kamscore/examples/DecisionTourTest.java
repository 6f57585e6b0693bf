package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.decision.AhpWeights;
import org.kamscore.decision.CriterionChange;
import org.kamscore.decision.PolicyImpact;
import org.kamscore.decision.TierMargin;
import org.kamscore.decision.TierPath;
import org.kamscore.decision.WeightRange;
import org.kamscore.decision.WeightSensitivity;
import org.kamscore.json.PolicyImpactRecord;

/** The README's decision tour does what its comments say, on the sample portfolio. */
final class DecisionTourTest {
  private static final List<Customer> PORTFOLIO = Portfolio.sample();

  @Test
  void nextTier_ofNordhausInteriors_isAPlanAcrossActionableCriteria() {
    String printed = printed(() -> DecisionTour.nextTier(PORTFOLIO.get(1)));
    ScoringModel<Customer> policy = DecisionTour.accountPlan();
    Evaluation nordhaus = policy.evaluate(PORTFOLIO.get(1));

    assertThat(nordhaus.score()).isCloseTo(57.76, within(0.005));
    assertThat(nordhaus.tier().label()).isEqualTo("B");
    assertThat(printed).isEqualTo("""
        to reach A, change one of:
          raise revenue-share from 0.065 to 0.1875
          not by one alone: contract-years, joint-projects, discount-demanded, contribution-margin
        or change the actionable criteria together:
          raise contract-years from 2 to 4 (actionable)
          lower discount-demanded from 0.06 to 0.02261 (actionable)
        """);
    assertThat(nordhaus.explain()).contains(printed);
    TierMargin margin = TierMargin.of(policy, nordhaus);
    assertThat(margin.points().getAsDouble()).isCloseTo(12.76, within(0.005));
    assertThat(margin.first()).map(CriterionChange::criterion).contains("contribution-margin");
  }

  @Test
  void nextTier_ofTheBoardinghouse_isOneMoreContractYear() {
    TierPath path = DecisionTour.nextTier(PORTFOLIO.get(9));

    assertThat(path.toText()).startsWith("""
        to reach B, change one of:
          raise contract-years from 1 to 2 (actionable)
        """);
  }

  @Test
  void robustness_boundsRevenueShare_andNamesTheFirstCustomers() {
    String printed = printed(() -> DecisionTour.robustness(PORTFOLIO));
    WeightRange revenueShare =
        WeightSensitivity.of(PORTFOLIO, DecisionTour.accountPlan(), Customer::id)
            .range("revenue-share");

    assertThat(revenueShare.lower().getAsDouble()).isCloseTo(24.862, within(0.0005));
    assertThat(revenueShare.firstDown()).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("C-1004"));
    assertThat(printed).startsWith("weight sensitivity of account-plan 2026.1 over 12 customers\n"
        + "revenue-share: weight 30 (30.0%) may fall to 24.87 (26.2%) and rise to 57.71 "
        + "(45.2%); below, C-1004 B -> A; above, C-1008 B -> C\n");
  }

  @Test
  void pairwiseWeights_areConsistent_andFavourRevenueShare() {
    AhpWeights ahp = DecisionTour.pairwiseWeights();

    assertThat(ahp.weight("revenue-share")).isCloseTo(0.375, within(0.0005));
    assertThat(ahp.weight("contribution-margin")).isCloseTo(0.180, within(0.0005));
    assertThat(ahp.consistency().ratio()).isCloseTo(0.009, within(0.0005));
  }

  @Test
  void policyImpact_promotesThree() {
    String printed = printed(() -> DecisionTour.policyImpact(PORTFOLIO));
    PolicyImpact<Customer> impact = DecisionTour.policyImpact(PORTFOLIO);

    assertThat(impact.promotions()).containsExactly("C-1004", "C-1010", "C-1012");
    assertThat(impact.changes().get(0).reasons().get(0).criterion())
        .isEqualTo("joint-projects");
    assertThat(impact.cells()).isPresent();
    assertThat(printed).contains("""
        policy impact: account-plan 2026.1 -> account-plan 2026.2, 12 customers
        tiers: 3 promoted, 0 demoted, 9 unchanged
        key accounts (tier A): 2 new (C-1004, C-1012), 0 lost
        cells: 0 moved
        """);
  }

  @Test
  void policyImpactRecord_isTheReview_readBack() {
    PolicyImpactRecord record = DecisionTour.policyImpactRecord(PORTFOLIO);
    PolicyImpact<Customer> impact = DecisionTour.policyImpact(PORTFOLIO);

    assertThat(record).isEqualTo(PolicyImpactRecord.of(impact));
    assertThat(record.to().version()).isEqualTo("2026.2");
    assertThat(record.promotions()).isEqualTo(3);
    assertThat(record.newKeyAccounts()).containsExactly("C-1004", "C-1012");
    assertThat(record.cells().orElseThrow().moved()).isZero();
  }

  private static String printed(Runnable tour) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      tour.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
