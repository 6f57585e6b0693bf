package org.kamscore.examples;

import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.examples.Customer.Relevance;

/**
 * The README's quick-start snippet, compiled so that it stays true; {@code ReadmeTest} checks
 * that the README shows exactly the lines between the markers.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Declares the quick-start policy and evaluates one customer.
   *
   * @return the evaluation of the furniture chain
   */
  public static Evaluation evaluateFurnitureChain() {
    // README:quick-start:begin
    ScoringModel<Customer> policy = ScoringModel.builder(Customer.class)
        .id("key-account-selection", "2026.1")
        .criterion("revenue-share", Customer::revenueShare, Scale.linear(0.0, 0.30), 30)
        .criterion("contribution-margin", Customer::margin, Scale.linear(0.0, 0.40), 20)
        .criterion("growth-potential", Customer::growth,
            Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), 15)
        .criterion("strategic-relevance", Customer::relevance, Scale.levels(Relevance.class), 15)
        .criterion("discount-demanded", Customer::discount, Scale.linear(0.25, 0.0), 10)
        .knockOutBelow("minimum-revenue", Customer::revenue, 250_000)
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
        .build();

    Customer chain = new Customer("C-1001", "Wohnwelt Furniture Chain", 3_900_000, 0.30, 0.22,
        4, Relevance.HIGH, 4, true, 0.12);
    Evaluation evaluation = policy.evaluate(chain);
    System.out.println(evaluation.explain());
    // README:quick-start:end
    return evaluation;
  }
}
