package org.kamscore.examples;

import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.Ranked;
import org.kamscore.ScoringModel;

/**
 * Scores a small customer portfolio with the key-account policy of {@link Policies} and prints
 * the ranking and the explanation of the top customer.
 *
 * <p>Run it with {@code mvn -q -pl examples -am -DskipTests package exec:java}.
 */
public final class KeyAccountSelection {
  private KeyAccountSelection() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ScoringModel<Customer> model = Policies.keyAccountPolicy();
    List<Customer> portfolio = Portfolio.sample();

    System.out.printf("%s %s, fingerprint %s%n%n", model.id(), model.version(),
        model.fingerprint());
    System.out.printf("%-4s %-28s %6s  %-4s %s%n", "rank", "customer", "score", "tier",
        "top reasons");
    for (Ranked<Customer> r : model.rank(portfolio)) {
      Evaluation e = r.evaluation();
      StringBuilder reasons = new StringBuilder();
      e.reasons().stream().limit(2).forEach(c -> reasons.append(reasons.length() == 0 ? "" : ", ")
          .append(c.criterion()));
      System.out.printf("%4d %-28s %6.2f  %-4s %s%s%n", r.position(), r.customer().name(),
          e.score(), e.tier().label(), reasons,
          e.failedKnockOuts().isEmpty() ? "" : "  [knocked out: " + e.failedKnockOuts() + "]");
    }

    Ranked<Customer> top = model.rank(portfolio).get(0);
    System.out.printf("%nWhy %s is a key account:%n%s", top.customer().name(),
        top.evaluation().explain());
  }
}
