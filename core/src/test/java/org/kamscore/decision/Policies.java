package org.kamscore.decision;

import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/** The models of the worked examples, whose arithmetic the tests check by hand. */
final class Policies {
  private Policies() {}

  /**
   * Five criteria with most points 40, 20, 20, 10 and 10 (weights 40:20:20:10:10 add up to
   * 100), three of them actionable; a minimum revenue and a reference predicate as knock-outs;
   * tiers A from 75, B from 50, C.
   */
  static ScoringModel<Account> kam() {
    return ScoringModel.builder(Account.class)
        .id("kam", "2026.1")
        .customerId(Account::id)
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 40)
        .criterion("margin", Account::margin, Scale.linear(0, 0.4), 20)
        .criterion("contract-years", Account::years,
            Scale.steps(0).atLeast(2, 0.5).atLeast(4, 1.0), 20).actionable()
        .criterion("joint-projects", Account::joint, Scale.yesNo(), 10).actionable()
        .criterion("discount", Account::discount, Scale.linear(0.25, 0.0), 10).actionable()
        .knockOutBelow("minimum-revenue", Account::revenue, 20)
        .knockOut("reference", Account::reference).cappedAt("B")
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
        .build();
  }

  /**
   * Volume (linear 0..100, 50 points) and an ordinal grade (LOW 0, MEDIUM 0.5, HIGH 1, 50
   * points, a missing grade scored as the worst); tiers A from 75, B from 50, C.
   */
  static ScoringModel<Account> graded() {
    return ScoringModel.builder(Account.class)
        .id("graded", "1")
        .criterion("volume", Account::revenue, Scale.linear(0, 100), 1)
        .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 1)
        .ifMissing(MissingValue.worst())
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
        .build();
  }

  /**
   * Two criteria on linear 0..100 scales, so that a utility is the value divided by 100:
   * revenue ("a") and margin ("b") with weights {@code a} and {@code b}; tiers A from 60, B
   * from 40, C.
   */
  static ScoringModel<Account> twoCriteria(String version, double a, double b) {
    return ScoringModel.builder(Account.class)
        .id("two", version)
        .criterion("a", Account::revenue, Scale.linear(0, 100), a)
        .criterion("b", Account::margin, Scale.linear(0, 100), b)
        .tiers(Tiers.from("A", 60).then("B", 40).otherwise("C"))
        .build();
  }

  /** Margin alone ("b", linear 0..100): the score is the margin. */
  static ScoringModel<Account> marginOnly() {
    return ScoringModel.builder(Account.class)
        .id("position", "1")
        .criterion("b", Account::margin, Scale.linear(0, 100), 1)
        .build();
  }
}
