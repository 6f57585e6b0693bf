package org.kamscore.examples;

import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/** The key-account policy of the examples, declared once and shared. */
public final class Policies {
  private Policies() {}

  /**
   * A key-account policy over seven weighted criteria, two knock-outs and three tiers.
   *
   * @return the policy
   */
  public static ScoringModel<Customer> keyAccountPolicy() {
    return ScoringModel.builder(Customer.class)
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
  }
}
