package org.kamscore.json;

import org.kamscore.Attributes;
import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.json.Account.Relevance;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** The policies of the tests, in Java: every scale kind, knock-outs, tiers, missing values. */
final class Policies {
  static final Attributes<Account> ATTRIBUTES = Attributes.ofRecord(Account.class);

  private Policies() {}

  /** Every scale kind and missing-value policy, two knock-outs, three tiers. */
  static ScoringModel<Account> attractiveness() {
    return ScoringModel.builder(ATTRIBUTES)
        .id("attractiveness", "2026.1")
        .customerId(Account::id)
        .criterion("revenue", "revenue", Scale.logarithmic(50_000, 5_000_000), 30)
            .describedAs("annual revenue in EUR, logarithmic")
            .ifMissing(MissingValue.worst())
        .criterion("margin", "margin", Scale.linear(0.05, 0.40), 20)
        .criterion("growth", "growth", Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), 15)
            .ifMissing(MissingValue.substitute(3))
        .criterion("relevance", "relevance",
            Scale.level(Relevance.NONE, 0.0).then(Relevance.REGIONAL, 0.4)
                .then(Relevance.LIGHTHOUSE, 1.0), 15)
            .ifMissing(MissingValue.substituteLevel(Relevance.REGIONAL))
        .criterion("reference", "reference", Scale.yesNo(), 5)
            .ifMissing(MissingValue.worst())
        .criterion("segment", "segment", Scale.levels(java.util.List.of("small", "mid", "key")),
            5)
        .criterion("discount", "discount",
            Scale.steps(1.0).atLeast(0.10, 0.5).atLeast(0.20, 0.0), 10)
        .knockOutBelow("minimum-revenue", "revenue", 250_000)
            .describedAs("below 250,000 EUR: tier C")
        .knockOutAbove("maximum-discount", "discount", 0.30)
            .cappedAt("B")
        .tiers(Tiers.from("A", 60).then("B", 45).otherwise("C"))
        .build();
  }

  /** A small model of the supplier's position. */
  static ScoringModel<Account> position() {
    return ScoringModel.builder(ATTRIBUTES)
        .id("position", "2026.1")
        .criterion("margin", "margin", Scale.linear(0.40, 0.0), 1)
        .criterion("growth", "growth", Scale.steps(0).atLeast(2, 0.5).atLeast(4, 1), 1)
            .ifMissing(MissingValue.worst())
        .build();
  }

  static PortfolioMatrix<Account> matrix() {
    return PortfolioMatrix.builder(Account.class)
        .id("matrix", "1")
        .rows(attractiveness(), Bands.cutAt(60))
        .columns(position(), Bands.cutAt(33, 67).labelled("weak", "fair", "strong"))
        .cell("high", "strong", "key account", "dedicated manager")
        .cell("high", "fair", "develop")
        .cell("high", "weak", "develop")
        .cell("low", "strong", "maintain")
        .cell("low", "fair", "maintain")
        .cell("low", "weak", "reduce", "standard terms")
        .build();
  }
}
