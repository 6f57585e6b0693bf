package org.kamscore.examples;

import java.util.List;
import org.kamscore.Execution;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.AbcClass;
import org.kamscore.portfolio.Concentration;
import org.kamscore.portfolio.TierMigration;

/**
 * The README's tour of the portfolio matrix and the portfolio analytics, compiled so that it
 * stays true; {@code ReadmeTest} checks that the README shows exactly the lines between the
 * markers, and {@code PortfolioTourTest} checks the values the comments claim.
 */
public final class PortfolioTour {
  private PortfolioTour() {}

  /**
   * Classifies the sample portfolio in the key-account matrix.
   *
   * @param customers the portfolio
   * @return the classification
   */
  public static Classification<Customer> keyAccountMatrix(List<Customer> customers) {
    ScoringModel<Customer> attractiveness = Policies.keyAccountPolicy();
    ScoringModel<Customer> supplierPosition = Policies.supplierPosition();
    Customer chain = customers.get(0);
    // README:matrix:begin
    PortfolioMatrix<Customer> matrix = MatrixPresets.keyAccount(attractiveness, supplierPosition);
    Placement placement = matrix.classify(chain);
    placement.cell().name();              // "key account"
    placement.cell().treatment();         // Optional[dedicated key-account manager, ...]
    placement.columnEvaluation().reasons(); // why the supplier's position is not stronger
    placement.rowCappedBy();              // []: no failed knock-out holds the chain down

    Classification<Customer> portfolio = matrix.classifyAll(customers, Execution.PARALLEL);
    portfolio.members("high", "high");    // the key accounts, best first
    System.out.println(portfolio.toText());
    // README:matrix:end
    return portfolio;
  }

  /**
   * Declares a custom 3×2 matrix over the same axes, in which a customer demanding too much
   * discount is at best of medium attractiveness and one below the minimum revenue of low.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<Customer> customMatrix() {
    ScoringModel<Customer> attractiveness = Policies.keyAccountPolicy();
    ScoringModel<Customer> supplierPosition = Policies.supplierPosition();
    // README:custom-matrix:begin
    return PortfolioMatrix.builder(Customer.class)
        .id("furniture-matrix", "2026.1")
        .rows(attractiveness, Bands.cutAt(40, 70))       // low | medium | high
        .knockOutCapsRowAt("maximum-discount", "medium") // other knock-outs cap at low
        .columns(supplierPosition, Bands.cutAt(50))      // low | high
        .cell("high", "high", "key account", "dedicated manager, priority on short notice")
        .cell("high", "low", "develop", "win share of wallet with custom variants")
        .cell("medium", "high", "maintain").cell("medium", "low", "observe")
        .cell("low", "high", "serve efficiently").cell("low", "low", "reduce")
        .build();
    // README:custom-matrix:end
  }

  /**
   * Runs the portfolio analytics over the sample portfolio and prints their verdicts.
   *
   * @param customers the portfolio
   * @return the ABC analysis
   */
  public static AbcAnalysis<Customer> analytics(List<Customer> customers) {
    ScoringModel<Customer> policy = Policies.keyAccountPolicy();
    // README:analytics:begin
    AbcAnalysis<Customer> abc = AbcAnalysis.of(customers, Customer::revenue, Customer::id);
    abc.classOf("C-1001");                // A: the furniture chain carries the most revenue
    abc.count(AbcClass.A);                // how many customers carry the first 80 %

    Concentration<Customer> risk = Concentration.of(customers, Customer::revenue, Customer::id);
    risk.topShare();                      // share of the largest customer
    risk.hhi();                           // Herfindahl-Hirschman index, 0..1 (hhiPoints(): 0..10,000)
    risk.dependencies();                  // customers above 10 % of revenue
    risk.level();                         // DIVERSIFIED, MODERATE or CONCENTRATED

    ScoringModel<Customer> next = policy.toBuilder().id("key-account-selection", "2026.2")
        .weight("revenue", 40)
        .tiers(Tiers.from("A", 60).then("B", 45).otherwise("C"))
        .build();
    TierMigration<Customer> migration = TierMigration.of(customers, policy, next, Customer::id);
    migration.count("B", "A");            // customers the new policy moves from B up to A
    migration.changes();                  // each changed customer with both tiers and scores
    // README:analytics:end
    System.out.printf("ABC: %d A, %d B, %d C; concentration %s (HHI %.3f); %d tier changes%n",
        abc.count(AbcClass.A), abc.count(AbcClass.B), abc.count(AbcClass.C), risk.level(),
        risk.hhi(), migration.changes().size());
    return abc;
  }
}
