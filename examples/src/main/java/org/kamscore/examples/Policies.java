package org.kamscore.examples;

import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** The key-account policy of the examples, declared once and shared. */
public final class Policies {
  private Policies() {}

  /**
   * A key-account policy over seven weighted criteria, two knock-outs and three tiers.
   *
   * @return the policy
   */
  public static ScoringModel<Customer> keyAccountPolicy() {
    // README:policy:begin
    ScoringModel<Customer> policy = ScoringModel.builder(Customer.class)
        .id("key-account-selection", "2026.1")
        .customerId(Customer::id)
        .criterion("revenue", Customer::revenue, Scale.logarithmic(50_000, 5_000_000), 25)
            .describedAs("annual revenue; spans orders of magnitude")
        .criterion("contribution-margin", Customer::margin, Scale.linear(0.05, 0.40), 20)
        .criterion("growth-potential", Customer::growth,
            Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), 15)
            .ifMissing(MissingValue.substitute(3))
        .criterion("strategic-relevance", Customer::relevance,
            Scale.levels(Customer.Relevance.class), 15)
        .criterion("long-term-commitment", Customer::contractYears,
            Scale.steps(0.0).atLeast(1, 0.4).atLeast(3, 0.8).atLeast(5, 1.0), 10)
        .criterion("joint-projects", Customer::jointProjects, Scale.yesNo(), 5)
        .criterion("discount-demanded", Customer::discount, Scale.linear(0.25, 0.0), 10)
        .knockOutBelow("minimum-revenue", Customer::revenue, 250_000)
        .knockOutAbove("maximum-discount", Customer::discount, 0.30).cappedAt("B")
        .tiers(Tiers.from("A", 70).then("B", 45).otherwise("C"))
        .build();
    // README:policy:end
    return policy;
  }

  /**
   * The supplier's position with a customer: the column axis of the example matrices.
   *
   * @return the model
   */
  public static ScoringModel<Customer> supplierPosition() {
    // README:supplier-position:begin
    return ScoringModel.builder(Customer.class)
        .id("supplier-position", "2026.1")
        .criterion("long-term-commitment", Customer::contractYears, Scale.linear(0, 5), 60)
        .criterion("joint-projects", Customer::jointProjects, Scale.yesNo(), 40)
        .build();
    // README:supplier-position:end
  }

  /**
   * The furniture maker's key-account matrix: attractiveness against the maker's position,
   * with the treatment each cell calls for.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<Customer> furnitureMatrix() {
    return PortfolioMatrix.builder(Customer.class)
        .id("furniture-key-accounts", "2026.1")
        .rows(keyAccountPolicy(), Bands.cutAt(50))
        .columns(supplierPosition(), Bands.cutAt(50))
        .cell("high", "high", "key account", "a dedicated key-account manager, priority on "
            + "short-notice requests, custom bedroom variants")
        .cell("high", "low", "develop", "win a framework contract and joint projects")
        .cell("low", "high", "maintain", "serve efficiently from the standard range")
        .cell("low", "low", "reduce", "standard terms through the dealer channel")
        .build();
  }
}
