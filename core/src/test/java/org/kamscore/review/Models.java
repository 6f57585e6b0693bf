package org.kamscore.review;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/** The models of the review tests. */
final class Models {
  /** Revenue below this fails the knock-out "minimum-revenue". */
  static final double MINIMUM_REVENUE = 100.0;
  /** A rating below this fails the knock-out "rating". */
  static final double MINIMUM_RATING = 3.0;

  private Models() {}

  /** A, B, C at 75 and 50, the ladder of the worked examples. */
  static Tiers abc() {
    return Tiers.from("A", 75).then("B", 50).otherwise("C");
  }

  /** A ladder with the given thresholds, descending; tiers T0 (best), T1, ... */
  static Tiers ladder(List<Double> thresholds) {
    Tiers.Ladder ladder = Tiers.from("T0", thresholds.get(0));
    for (int j = 1; j < thresholds.size(); j++) {
      ladder = ladder.then("T" + j, thresholds.get(j));
    }
    return ladder.otherwise("T" + thresholds.size());
  }

  /**
   * One criterion, "value" on {@code linear(0, 100)}, so that the score is the value (up to
   * rounding); "minimum-revenue" capped at the second tier, "rating" at the lowest.
   */
  static ScoringModel<Account> single(Tiers tiers) {
    return ScoringModel.builder(Account.class).id("attractiveness", "2026.1")
        .criterion("value", Account::value, Scale.linear(0, 100), 1)
        .knockOutBelow("minimum-revenue", Account::revenue, MINIMUM_REVENUE)
        .cappedAt(tiers.all().get(1).label())
        .knockOutBelow("rating", Account::rating, MINIMUM_RATING)
        .tiers(tiers)
        .build();
  }

  /** Two criteria: "value" (weight 60) and "margin" (weight 40), both on linear(0, 100). */
  static ScoringModel<Account> two(String version) {
    return ScoringModel.builder(Account.class).id("attractiveness", version)
        .criterion("value", Account::value, Scale.linear(0, 100), 60)
        .criterion("margin", Account::margin, Scale.linear(0, 100), 40)
        .knockOutBelow("minimum-revenue", Account::revenue, MINIMUM_REVENUE)
        .tiers(abc())
        .build();
  }

  /** Accounts C-0, C-1, ... passing every knock-out, with the given values. */
  static List<Account> accounts(double... values) {
    List<Account> list = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      list.add(Account.passing("C-" + i, values[i]));
    }
    return list;
  }
}
