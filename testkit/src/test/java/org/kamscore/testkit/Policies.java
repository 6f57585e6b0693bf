package org.kamscore.testkit;

import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** Policies of the testkit's own tests: sound ones, and ones broken on purpose. */
final class Policies {
  static final double MINIMUM_REVENUE = 250_000;
  private static final Scale REVENUE = Scale.logarithmic(10_000, 10_000_000);

  private Policies() {}

  /** A sound attractiveness model: monotone scales, a knock-out bound by a value. */
  static ScoringModel<Account> attractiveness() {
    return builder(REVENUE, Account::margin)
        .knockOutBelow("minimum-revenue", Account::revenue, MINIMUM_REVENUE).build();
  }

  /**
   * The model on linear scales, whose points are round for round values: revenue to
   * 1,000,000 (40 points), margin to 0.4 (30), discount from 0.3 down to 0 (20), relation (10).
   */
  static ScoringModel<Account> linear() {
    return builder(Scale.linear(0, 1_000_000), Account::margin)
        .knockOutBelow("minimum-revenue", Account::revenue, MINIMUM_REVENUE).build();
  }

  /** The same model with its knock-out's predicate pointing the wrong way. */
  static ScoringModel<Account> wrongWayKnockOut() {
    Predicate<Account> passes = a -> a.revenue() < MINIMUM_REVENUE; // should be >=
    return builder(REVENUE, Account::margin).knockOut("minimum-revenue", passes).build();
  }

  /**
   * A model whose margin criterion reads a U-shaped function of the margin: full points at a
   * margin of 0 and of 0.4, none at 0.2.
   */
  static ScoringModel<Account> uShapedMargin() {
    return builder(REVENUE, a -> Math.abs(a.margin() - 0.2) * 2)
        .knockOutBelow("minimum-revenue", Account::revenue, MINIMUM_REVENUE).build();
  }

  private static ScoringModel.Builder<Account> builder(Scale revenue,
      ToDoubleFunction<Account> margin) {
    return ScoringModel.builder(Account.class)
        .id("attractiveness", "1.0")
        .customerId(Account::id)
        .criterion("revenue", Account::revenue, revenue, 40)
        .criterion("margin", margin, Scale.linear(0, 0.4), 30)
        .criterion("discount", Account::discount, Scale.linear(0.3, 0), 20)
        .criterion("relation", Account::relation, Scale.levels(Account.Relation.class), 10)
        .tiers(Tiers.from("A", 60).then("B", 40).otherwise("C"));
  }

  /** How long the customer is bound to the supplier. */
  static ScoringModel<Account> loyalty() {
    return ScoringModel.builder(Account.class)
        .id("loyalty", "1.0")
        .customerId(Account::id)
        .criterion("years", Account::years, Scale.linear(0, 10), 1)
        .tiers(Tiers.from("strong", 50).otherwise("weak"))
        .build();
  }

  /** A 2x2 key-account matrix: attractiveness cut at 60 against loyalty cut at 50. */
  static PortfolioMatrix<Account> matrix(ScoringModel<Account> rows) {
    return PortfolioMatrix.builder(Account.class)
        .id("key-account-matrix", "1.0")
        .rows(rows, Bands.cutAt(60))
        .columns(loyalty(), Bands.cutAt(50))
        .cell("high", "high", "key account")
        .cell("high", "low", "develop")
        .cell("low", "high", "maintain")
        .cell("low", "low", "reduce")
        .build();
  }

  /** Properties of a model that vary every criterion over and beyond its scale. */
  static PolicyProperties<Account> varyingAll(PolicyProperties<Account> properties) {
    return properties
        .vary("revenue", Account::withRevenue, Values.logarithmic(1, 1e9))
        .vary("margin", Account::withMargin, Values.between(-0.2, 0.8))
        .vary("discount", Account::withDiscount, Values.between(0, 0.6))
        .vary("relation", (a, v) -> a.withRelation(Account.Relation.values()[(int) v]),
            Values.integers(0, 2));
  }
}
