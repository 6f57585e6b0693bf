package org.kamscore.matrix;

import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;

/** Customers and models shared by the example tests: scores equal the raw values. */
final class Fixtures {
  private Fixtures() {}

  /** A customer whose attractiveness and supplier position are already 0..100 scores. */
  record Customer(String id, double attractiveness, double position) {}

  static final ScoringModel<Customer> ATTRACTIVENESS = ScoringModel.builder(Customer.class)
      .id("attractiveness", "2026.1")
      .customerId(Customer::id)
      .criterion("attractiveness", Customer::attractiveness, Scale.linear(0, 100), 1)
      .build();

  static final ScoringModel<Customer> POSITION = ScoringModel.builder(Customer.class)
      .id("position", "2026.1")
      .customerId(Customer::id)
      .criterion("position", Customer::position, Scale.linear(0, 100), 1)
      .build();

  /** Seven customers: one key account, two to develop, one to maintain, three to reduce. */
  static final List<Customer> PORTFOLIO = List.of(
      new Customer("a", 80, 80),
      new Customer("b", 70, 30),
      new Customer("c", 80, 20),
      new Customer("d", 20, 80),
      new Customer("e", 10, 10),
      new Customer("f", 30, 40),
      new Customer("g", 30, 45));

  /** A 2×2 builder over the two models, cut at 50, without cells. */
  static PortfolioMatrix.Builder<Customer> twoByTwo() {
    return PortfolioMatrix.builder(Customer.class)
        .id("key-account-matrix", "2026.1")
        .rows(ATTRACTIVENESS, Bands.cutAt(50))
        .columns(POSITION, Bands.cutAt(50));
  }

  /** A complete 2×2 matrix with the classic cell names. */
  static PortfolioMatrix<Customer> keyAccountMatrix() {
    return twoByTwo()
        .cell("high", "high", "key account", "dedicated key-account manager")
        .cell("high", "low", "develop")
        .cell("low", "high", "maintain")
        .cell("low", "low", "reduce")
        .build();
  }
}
