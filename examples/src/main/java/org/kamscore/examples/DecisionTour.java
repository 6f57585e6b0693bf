package org.kamscore.examples;

import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.decision.AhpWeights;
import org.kamscore.decision.PairwiseComparisons;
import org.kamscore.decision.PolicyImpact;
import org.kamscore.decision.TierMargin;
import org.kamscore.decision.TierPath;
import org.kamscore.decision.WatchList;
import org.kamscore.decision.WeightSensitivity;
import org.kamscore.json.PolicyImpactRecord;
import org.kamscore.matrix.MatrixPresets;

/**
 * The README's tour of decision support, compiled so that it stays true; {@code ReadmeTest}
 * checks that the README shows exactly the lines between the markers, and
 * {@code DecisionTourTest} checks the values the comments claim.
 */
public final class DecisionTour {
  private DecisionTour() {}

  /**
   * An account plan's policy: what the customer brings, and three criteria an account manager
   * can change.
   *
   * @return the policy
   */
  public static ScoringModel<Customer> accountPlan() {
    // README:actionable:begin
    return ScoringModel.builder(Customer.class)
        .id("account-plan", "2026.1")
        .customerId(Customer::id)
        .criterion("revenue-share", Customer::revenueShare, Scale.linear(0.0, 0.30), 30)
        .criterion("contribution-margin", Customer::margin, Scale.linear(0.05, 0.40), 20)
        .criterion("contract-years", Customer::contractYears,
            Scale.steps(0.0).atLeast(2, 0.5).atLeast(4, 1.0), 20).actionable()
        .criterion("joint-projects", Customer::jointProjects, Scale.yesNo(), 15).actionable()
        .criterion("discount-demanded", Customer::discount, Scale.linear(0.25, 0.0), 15)
            .actionable()
        .knockOutBelow("minimum-revenue", Customer::revenue, 250_000)
        .tiers(Tiers.from("A", 70).then("B", 45).otherwise("C"))
        .build();
    // README:actionable:end
  }

  /**
   * Finds the way to the next tier, and the margin to the tier below, for Nordhaus Interiors.
   *
   * @param nordhausInteriors the customer C-1002 of the sample portfolio
   * @return the path to the next tier
   */
  public static TierPath nextTier(Customer nordhausInteriors) {
    ScoringModel<Customer> policy = accountPlan();
    // README:next-tier:begin
    Evaluation nordhaus = policy.evaluate(nordhausInteriors);  // 57.76: tier B
    TierPath path = TierPath.of(policy, nordhaus);
    path.changes();       // per criterion the value that alone reaches A, actionable first
    path.plan();          // no actionable criterion suffices alone: these together do
    System.out.print(path.toText());                           // explain() shows it too

    TierMargin margin = TierMargin.of(policy, nordhaus);
    margin.points();      // 12.76 points above B's threshold of 45
    margin.first();       // contribution-margin: the criterion that would drop it to C first
    // README:next-tier:end
    return path;
  }

  /**
   * Measures how robust the policy's weights are over the portfolio, and who is about to
   * move.
   *
   * @param customers the portfolio
   * @return the weight sensitivity
   */
  public static WeightSensitivity robustness(List<Customer> customers) {
    ScoringModel<Customer> policy = accountPlan();
    // README:weight-sensitivity:begin
    WeightSensitivity sensitivity = WeightSensitivity.of(customers, policy, Customer::id);
    sensitivity.range("revenue-share").lower();      // 24.86: below it a first customer moves
    sensitivity.range("revenue-share").firstDown();  // ... and who: key, tier before and after
    System.out.print(sensitivity.toText());

    WatchList watch = WatchList.of(customers, policy, Customer::id);
    watch.closest(3);     // the customers nearest a tier threshold, above or below, in points
    WatchList cells = WatchList.of(customers,
        MatrixPresets.keyAccount(policy, Policies.supplierPosition()), Customer::id);
    cells.below();        // customers short of a band cut of the matrix, nearest first
    // README:weight-sensitivity:end
    return sensitivity;
  }

  /**
   * Derives the policy's weights from pairwise comparisons.
   *
   * @return the weights
   */
  public static AhpWeights pairwiseWeights() {
    ScoringModel<Customer> policy = accountPlan();
    // README:ahp:begin
    PairwiseComparisons judgments = PairwiseComparisons.builder("revenue-share",
            "contribution-margin", "contract-years", "joint-projects", "discount-demanded")
        .compare("revenue-share", "contribution-margin", 2)  // 2: between equal and moderate
        .compare("revenue-share", "contract-years", 2)
        .compare("revenue-share", "joint-projects", 3)       // 3: moderately more important
        .compare("revenue-share", "discount-demanded", 3)
        .compare("contribution-margin", "contract-years", 1) // 1: equally important
        .compare("contribution-margin", "joint-projects", 2)
        .compare("contribution-margin", "discount-demanded", 1)
        .compare("contract-years", "joint-projects", 2)
        .compare("contract-years", "discount-demanded", 1)
        .compare("joint-projects", "discount-demanded", 1.0 / 2)
        .build();
    AhpWeights ahp = AhpWeights.of(judgments);  // refuses a consistency ratio above 0.10
    ahp.weights();               // revenue-share 0.375, contribution-margin 0.180, ...
    ahp.consistency().ratio();   // 0.009
    ScoringModel<Customer> weighted = ahp.applyTo(policy.toBuilder()).build();
    // several raters: AhpWeights.ofGroup(List.of(anna, ben, carla)), each one's CR reported
    // README:ahp:end
    System.out.print(ahp.toText());
    System.out.println(weighted);
    return ahp;
  }

  /**
   * Reviews what a new policy version would do to the portfolio.
   *
   * @param customers the portfolio
   * @return the review
   */
  public static PolicyImpact<Customer> policyImpact(List<Customer> customers) {
    ScoringModel<Customer> policy = accountPlan();
    // README:policy-impact:begin
    ScoringModel<Customer> next = policy.toBuilder().id("account-plan", "2026.2")
        .weight("joint-projects", 25)
        .tiers(Tiers.from("A", 65).then("B", 45).otherwise("C"))
        .build();
    PolicyImpact<Customer> impact = PolicyImpact.between(policy, next)
        .matrices(MatrixPresets.keyAccount(policy, Policies.supplierPosition()),
            MatrixPresets.keyAccount(next, Policies.supplierPosition()))
        .review(customers, Customer::id);
    impact.promotions();                  // keys of the customers the new version moves up
    impact.changes().get(0).reasons();    // what moved one: points per criterion, before and after
    impact.cells();                       // the matrix-cell migration table
    System.out.print(impact.summary());
    // README:policy-impact:end
    return impact;
  }

  /**
   * Stores the policy impact review as a decision record, one line of JSON, and reads it back.
   *
   * @param customers the portfolio
   * @return the record read back
   */
  public static PolicyImpactRecord policyImpactRecord(List<Customer> customers) {
    PolicyImpact<Customer> impact = policyImpact(customers);
    // README:policy-impact-record:begin
    String json = PolicyImpactRecord.of(impact).toJson();  // docs/decision-record.md shows it
    PolicyImpactRecord stored = PolicyImpactRecord.fromJson(json);  // equal to the record
    stored.newKeyAccounts();  // C-1004 and C-1012, as the summary says
    // README:policy-impact-record:end
    return stored;
  }
}
