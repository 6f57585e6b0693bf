package org.kamscore.benchmarks;

import java.util.function.ToDoubleFunction;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The scorecard of {@link Workload} in Easy Rules 4.1, as a team using a rules engine would
 * write it: one rule per criterion that adds its points to the facts, one rule per knock-out,
 * and a last rule that caps the score and assigns the tier. The rules fire in declaration
 * order (by priority), so the points are summed in the same order as kamscore sums them.
 */
public final class EasyRulesScorecard {
  private static final String CUSTOMER = "customer";
  private static final String SCORE = "score";
  private static final String KNOCKED_OUT = "knockedOut";
  private static final String TIER = "tier";

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();
  private int priority;

  /** Declares the rules. */
  public EasyRulesScorecard() {
    double[] max = HandWritten.maximumPoints(Workload.WEIGHTS);
    points("revenue", c -> HandWritten.revenue(c.revenue()) * max[0]);
    points("revenue-share", c -> HandWritten.revenueShare(c.revenueShare()) * max[1]);
    points("contribution-margin", c -> HandWritten.margin(c.margin()) * max[2]);
    points("growth-potential", c -> HandWritten.growth(c.growthRating()) * max[3]);
    points("contract-years", c -> HandWritten.contractYears(c.contractYears()) * max[4]);
    points("strategic-relevance", c -> HandWritten.relevance(c.relevance()) * max[5]);
    points("joint-projects", c -> HandWritten.yesNo(c.jointProjects()) * max[6]);
    points("discount-demanded", c -> HandWritten.discount(c.discount()) * max[7]);
    rules.register(new RuleBuilder().name("minimum-revenue").priority(priority++)
        .when(facts -> !(customer(facts).revenue() >= HandWritten.MINIMUM_REVENUE))
        .then(facts -> facts.put(KNOCKED_OUT, Boolean.TRUE))
        .build());
    rules.register(new RuleBuilder().name("maximum-discount").priority(priority++)
        .when(facts -> !(customer(facts).discount() <= HandWritten.MAXIMUM_DISCOUNT))
        .then(facts -> facts.put(KNOCKED_OUT, Boolean.TRUE))
        .build());
    rules.register(new RuleBuilder().name("tier").priority(priority++)
        .when(facts -> true)
        .then(facts -> {
          double sum = facts.get(SCORE);
          double score = sum > 100.0 ? 100.0 : sum;
          boolean knockedOut = facts.get(KNOCKED_OUT);
          facts.put(SCORE, score);
          facts.put(TIER, knockedOut ? "C"
              : score >= HandWritten.TIER_A ? "A" : score >= HandWritten.TIER_B ? "B" : "C");
        })
        .build());
  }

  private void points(String name, ToDoubleFunction<Customer> points) {
    rules.register(new RuleBuilder().name(name).priority(priority++)
        .when(facts -> true)
        .then(facts -> {
          double sum = facts.get(SCORE);
          facts.put(SCORE, sum + points.applyAsDouble(customer(facts)));
        })
        .build());
  }

  private static Customer customer(Facts facts) {
    return facts.get(CUSTOMER);
  }

  /**
   * Fires the rules for one customer.
   *
   * @param customer the customer
   * @return the facts after firing, holding {@code score} (a {@link Double}) and {@code tier}
   */
  public Facts fire(Customer customer) {
    Facts facts = new Facts();
    facts.put(CUSTOMER, customer);
    facts.put(SCORE, 0.0);
    facts.put(KNOCKED_OUT, Boolean.FALSE);
    engine.fire(rules, facts);
    return facts;
  }

  /**
   * Scores one customer.
   *
   * @param customer the customer
   * @return the score in {@code [0, 100]}
   */
  public double score(Customer customer) {
    Double score = fire(customer).get(SCORE);
    return score;
  }

  /**
   * Scores one customer and assigns its tier.
   *
   * @param customer the customer
   * @return the tier
   */
  public String tier(Customer customer) {
    return fire(customer).get(TIER);
  }
}
