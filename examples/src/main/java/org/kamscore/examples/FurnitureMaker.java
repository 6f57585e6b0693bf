package org.kamscore.examples;

import java.util.List;
import java.util.Locale;
import org.kamscore.Evaluation;
import org.kamscore.Ranked;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.portfolio.Concentration;
import org.kamscore.portfolio.CustomerShare;

/**
 * The textbook case: a bedroom-furniture maker sells 30 % of its bedrooms to one furniture
 * chain. The chain comes out as a key account, with the explanation and the treatment that
 * follows — and the same 30 % shows up as a dependency risk.
 *
 * <p>Run it with {@code mvn -q -pl examples -am -DskipTests package exec:java
 * -Dkamscore.example=org.kamscore.examples.FurnitureMaker}.
 */
public final class FurnitureMaker {
  private FurnitureMaker() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ScoringModel<Customer> policy = Policies.keyAccountPolicy();
    PortfolioMatrix<Customer> matrix = Policies.furnitureMatrix();
    List<Customer> customers = Portfolio.sample();

    print("A bedroom-furniture maker and its %d customers, policy %s %s%n%n", customers.size(),
        policy.id(), policy.version());
    print("%4s  %-26s %6s  %-4s  %s%n", "rank", "customer", "score", "tier", "matrix cell");
    for (Ranked<Customer> r : policy.rank(customers)) {
      Evaluation e = r.evaluation();
      print("%4d  %-26s %6.2f  %-4s  %s%s%n", r.position(), r.customer().name(), e.score(),
          e.tier().label(), matrix.classify(r.customer()).cell().name(),
          e.failedKnockOuts().isEmpty() ? "" : "  (knocked out: "
              + String.join(", ", e.failedKnockOuts()) + ")");
    }

    Customer chain = customers.get(0);
    Placement placement = matrix.classify(chain);
    print("%n%s is a %s: %s.%n%n", chain.name(), placement.cell().name(),
        placement.cell().treatment().orElse("no treatment declared"));
    print("%s", placement.rowEvaluation().explain());

    Concentration<Customer> risk = Concentration.of(customers, Customer::revenue, Customer::id);
    print("%nThe other side of the same 30 %%: dependency risk%n");
    for (CustomerShare<Customer> dependency : risk.dependencies()) {
      print("  %-26s %5.1f %% of revenue (above the %.0f %% dependency threshold)%n",
          dependency.customer().name(), 100 * dependency.share(),
          100 * risk.dependencyThreshold());
    }
    print("  revenue concentration: HHI %.3f (%.0f of 10,000) -> %s%n", risk.hhi(),
        risk.hhiPoints(), risk.level().name().toLowerCase(Locale.ROOT));
    print("  losing %s would cut revenue by %.1f %%%n", chain.name(),
        100 * risk.shareOf(chain.id()));
  }

  private static void print(String template, Object... args) {
    System.out.print(String.format(Locale.ROOT, template, args));
  }
}
