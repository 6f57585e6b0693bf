package org.kamscore.examples;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.examples.Customer.Relevance;
import org.kamscore.review.Cycle;
import org.kamscore.review.Drift;
import org.kamscore.review.DriftReport;
import org.kamscore.review.StableTier;
import org.kamscore.review.StableTiers;
import org.kamscore.review.Trend;
import org.kamscore.review.TrendReport;
import org.kamscore.review.Trends;

/**
 * Tiers over time: the furniture maker reviews its key accounts a year later. Stable tiers keep
 * a customer whose score slipped a little in its tier, trends name who moved and why, and drift
 * tells whether the portfolio itself shifted. The README's "Tiers over time" snippet is the
 * part between the markers; {@code ReviewCyclesTest} checks the values its comments claim.
 *
 * <p>Run it with
 * {@code mvn -q -pl examples -am -DskipTests package exec:java
 * -Dkamscore.example=org.kamscore.examples.ReviewCycles}.
 */
public final class ReviewCycles {
  private ReviewCycles() {}

  /**
   * What one review found.
   *
   * @param stable the stable tiers of the policy
   * @param alpina the stable tier of Hotel Group Alpina, in A for the last three cycles
   * @param trends the trends between the two cycles
   * @param drift the drift between the two cycles
   */
  public record Review(StableTiers stable, StableTier alpina, TrendReport trends,
      DriftReport drift) {}

  /**
   * The furniture maker's customers a year after {@link Portfolio#sample()}: Schreinerei Huber
   * is gone, Hotel Seeblick is new, and five customers changed.
   *
   * @return the customers
   */
  public static List<Customer> thisYear() {
    List<Customer> customers = new ArrayList<>();
    for (Customer c : Portfolio.sample()) {
      switch (c.id()) {
        case "C-1003" -> customers.add(with(c, c.margin(), c.growth(), 3, true, c.discount()));
        case "C-1004" -> customers.add(with(c, 0.25, c.growth(), 4, true, 0.12));
        case "C-1006" -> { } // Schreinerei Huber has left
        case "C-1009" -> customers.add(with(c, 0.15, 1, c.contractYears(), false, c.discount()));
        case "C-1011" -> customers.add(with(c, 0.26, 3, c.contractYears(), false, 0.10));
        default -> customers.add(c);
      }
    }
    customers.add(new Customer("C-1013", "Hotel Seeblick", 480_000, 0.037, 0.30, 4,
        Relevance.MEDIUM, 2, true, 0.06));
    return customers;
  }

  private static Customer with(Customer c, double margin, int growth, double contractYears,
      boolean jointProjects, double discount) {
    return new Customer(c.id(), c.name(), c.revenue(), c.revenueShare(), margin, growth,
        c.relevance(), contractYears, jointProjects, discount);
  }

  /**
   * Reviews this year's portfolio against last year's.
   *
   * @param lastYear last year's customers
   * @param thisYear this year's customers
   * @return what the review found
   */
  public static Review review(List<Customer> lastYear, List<Customer> thisYear) {
    ScoringModel<Customer> policy = Policies.keyAccountPolicy();
    // README:tiers-over-time:begin
    StableTiers stable = StableTiers.builder(policy)
        .margins(3, 3)                    // 3 points past a threshold to move up or down
        .minimumCycles(2)                 // at least two cycles in a tier before a demotion
        .build();
    Cycle previous = Cycle.of(lastYear, policy.evaluateAll(lastYear), Customer::id);
    Cycle current = Cycle.of(thisYear, policy.evaluateAll(thisYear), Customer::id);

    Evaluation alpina = current.evaluation("C-1004").orElseThrow();
    StableTier tier = stable.tier(alpina, "A", 3); // in A for the last three cycles
    tier.tier();                          // A: held, its score slipped below 70 but not below 67
    tier.plainTier();                     // B: what the score alone gives
    tier.explain();                       // "tier A held: score 69.71 is below tier A's ..."

    TrendReport trends = Trends.steadyWithin(2.0).compare(previous, current);
    trends.movers(3);                     // the biggest moves, each with its drivers()
    trends.trend("C-1013").direction();   // NOT_ENOUGH_DATA: a new customer

    DriftReport drift = Drift.builder()
        .scoreBins(45, 70)                // at the tier thresholds: 12 customers are too few
        .build()                          // for the default, the reference cycle's deciles
        .between(previous, current);
    drift.score().verdict();              // STABLE, MODERATE or SIGNIFICANT
    drift.criterion("contribution-margin").value(); // the PSI of one criterion's utilities
    // README:tiers-over-time:end
    return new Review(stable, tier, trends, drift);
  }

  /**
   * Prints this year's review: every customer's tier with hysteresis, the biggest movers, and
   * the drift.
   *
   * @param args none
   */
  public static void main(String[] args) {
    List<Customer> lastYear = Portfolio.sample();
    Review review = review(lastYear, thisYear());
    System.out.println("customer  last  plain  stable  reason");
    for (Trend trend : review.trends().trends()) {
      if (trend.after().isEmpty()) {
        System.out.printf("%-8s  %-4s  left%n", trend.id(), trend.before().get().tier());
        continue;
      }
      Evaluation now = trend.after().get();
      StableTier t = trend.before().isEmpty()
          ? review.stable().tier(now)
          : review.stable().tier(now, trend.before().get().tier().label(), 3);
      System.out.printf("%-8s  %-4s  %-5s  %-6s  %s%n", trend.id(),
          trend.before().map(e -> e.tier().label()).orElse("new"), t.plainTier(), t.tier(),
          t.reason());
    }
    System.out.println();
    System.out.println(review.alpina().explain());
    System.out.println();
    for (Trend mover : review.trends().movers(3)) {
      System.out.printf("%s %+.1f points, most of all %s%n", mover.id(),
          mover.scoreChange().getAsDouble(), mover.drivers().get(0).criterion());
    }
    System.out.println();
    System.out.println("score drift " + review.drift().score().value() + " "
        + review.drift().score().verdict() + ", tier drift " + review.drift().tiers().value()
        + " " + review.drift().tiers().verdict());
  }
}
