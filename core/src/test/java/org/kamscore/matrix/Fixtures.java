package org.kamscore.matrix;

import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/**
 * Customers and models shared by the example tests: scores equal the raw values. Public for
 * the chart's tests in {@code org.kamscore.chart}.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A customer whose attractiveness and supplier position are already 0..100 scores.
   *
   * @param id the customer's id
   * @param attractiveness the attractiveness score
   * @param position the supplier-position score
   */
  public record Customer(String id, double attractiveness, double position) {}

  /** Attractiveness: the customer's attractiveness as its score. */
  public static final ScoringModel<Customer> ATTRACTIVENESS = ScoringModel.builder(Customer.class)
      .id("attractiveness", "2026.1")
      .customerId(Customer::id)
      .criterion("attractiveness", Customer::attractiveness, Scale.linear(0, 100), 1)
      .build();

  /** Supplier position: the customer's position as its score. */
  public static final ScoringModel<Customer> POSITION = ScoringModel.builder(Customer.class)
      .id("position", "2026.1")
      .customerId(Customer::id)
      .criterion("position", Customer::position, Scale.linear(0, 100), 1)
      .build();

  /** Seven customers: one key account, two to develop, one to maintain, three to reduce. */
  public static final List<Customer> PORTFOLIO = List.of(
      new Customer("a", 80, 80),
      new Customer("b", 70, 30),
      new Customer("c", 80, 20),
      new Customer("d", 20, 80),
      new Customer("e", 10, 10),
      new Customer("f", 30, 40),
      new Customer("g", 30, 45));

  /**
   * A customer with a revenue, which the knock-outs of {@link #ACCOUNT_ATTRACTIVENESS} read.
   *
   * @param id the customer's id
   * @param attractiveness the attractiveness score
   * @param position the supplier-position score
   * @param revenue the annual revenue
   * @param discount the discount demanded, 0..1
   */
  public record Account(String id, double attractiveness, double position, double revenue,
      double discount) {}

  /**
   * Attractiveness with the knock-outs of the issue: {@code minimum-revenue} (below 250,000:
   * tier C) and {@code maximum-discount} (above 0.30: at most tier B); tiers A from 75, B from
   * 50, C.
   */
  public static final ScoringModel<Account> ACCOUNT_ATTRACTIVENESS =
      ScoringModel.builder(Account.class)
          .id("attractiveness", "2026.1")
          .customerId(Account::id)
          .criterion("attractiveness", Account::attractiveness, Scale.linear(0, 100), 1)
          .knockOutBelow("minimum-revenue", Account::revenue, 250_000)
          .knockOutAbove("maximum-discount", Account::discount, 0.30).cappedAt("B")
          .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
          .build();

  /** Supplier position of an account, with a knock-out {@code minimum-volume}: revenue below
   * 50,000. */
  public static final ScoringModel<Account> ACCOUNT_POSITION = ScoringModel.builder(Account.class)
      .id("position", "2026.1")
      .customerId(Account::id)
      .criterion("position", Account::position, Scale.linear(0, 100), 1)
      .knockOutBelow("minimum-volume", Account::revenue, 50_000)
      .build();

  /**
   * A 2×2 builder over the two models, cut at 50, without cells.
   *
   * @return the builder
   */
  public static PortfolioMatrix.Builder<Customer> twoByTwo() {
    return PortfolioMatrix.builder(Customer.class)
        .id("key-account-matrix", "2026.1")
        .rows(ATTRACTIVENESS, Bands.cutAt(50))
        .columns(POSITION, Bands.cutAt(50));
  }

  /**
   * A complete 2×2 matrix with the classic cell names.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<Customer> keyAccountMatrix() {
    return twoByTwo()
        .cell("high", "high", "key account", "dedicated key-account manager")
        .cell("high", "low", "develop")
        .cell("low", "high", "maintain")
        .cell("low", "low", "reduce")
        .build();
  }

  /**
   * The key-account preset over the accounts' models: every knock-out caps at {@code low}.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<Account> accountMatrix() {
    return MatrixPresets.keyAccount(ACCOUNT_ATTRACTIVENESS, ACCOUNT_POSITION);
  }
}
