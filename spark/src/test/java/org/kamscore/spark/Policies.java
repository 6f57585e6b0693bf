package org.kamscore.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The test policies in Java, with lambdas over {@link Account}: the one-JVM oracles of the
 * documents {@code attractiveness.yaml} and {@code matrix.yaml}, written apart from them. Their
 * fingerprints equal the documents', which the tests check.
 */
final class Policies {
  private Policies() {}

  static String document(String name) {
    try (InputStream in = Policies.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScoringModel<Account> attractiveness() {
    return ScoringModel.builder(Account.class)
        .id("attractiveness", "2026.1")
        .customerId(Account::id)
        .criterion("revenue", a -> Account.number(a.revenue()),
            Scale.logarithmic(50_000, 5_000_000), 30)
            .ifMissing(MissingValue.worst())
        .criterion("margin", a -> Account.number(a.margin()), Scale.linear(0.05, 0.4), 20)
        .criterion("growth", a -> Account.number(a.growth()),
            Scale.points(1, 0).then(3, 0.5).then(5, 1), 15)
            .ifMissing(MissingValue.substitute(3))
        .criterion("segment", Account::segment,
            Scale.level("small", 0.0).then("mid", 0.5).then("key", 1.0), 10)
            .ifMissing(MissingValue.substituteLevel("mid"))
        .criterion("rating", a -> a.rating() == null ? null : a.rating().intValue(),
            Scale.level(1, 0.0).then(2, 0.25).then(3, 0.5).then(4, 0.75).then(5, 1.0), 10)
            .ifMissing(MissingValue.worst())
        .criterion("reference", Account::reference, Scale.yesNo(), 5)
            .ifMissing(MissingValue.worst())
        .criterion("discount", a -> Account.number(a.discount()),
            Scale.steps(1).atLeast(0.1, 0.5).atLeast(0.2, 0), 10)
            .ifMissing(MissingValue.worst())
        .knockOutBelow("minimum-revenue", a -> Account.number(a.revenue()), 250_000)
            .cappedAt("C")
        .knockOutAbove("maximum-discount", a -> Account.number(a.discount()), 0.3)
            .cappedAt("B")
        .tiers(Tiers.from("A", 60).then("B", 45).otherwise("C"))
        .build();
  }

  static ScoringModel<Account> position() {
    return ScoringModel.builder(Account.class)
        .id("position", "2026.1")
        .customerId(Account::id)
        .criterion("contract-years", a -> Account.number(a.contractYears()),
            Scale.steps(0).atLeast(1, 0.3).atLeast(3, 0.6).atLeast(5, 1), 35)
            .ifMissing(MissingValue.worst())
        .criterion("cooperation", Account::cooperation,
            Scale.level("low", 0.0).then("medium", 0.5).then("high", 1.0), 35)
        .criterion("share-of-wallet", a -> Account.number(a.shareOfWallet()),
            Scale.linear(0, 0.6), 30)
            .ifMissing(MissingValue.substitute(0.1))
        .tiers(Tiers.from("strong", 60).then("moderate", 40).otherwise("weak"))
        .build();
  }

  static PortfolioMatrix<Account> matrix() {
    return PortfolioMatrix.builder(Account.class)
        .id("key-accounts", "2026.1")
        .rows(attractiveness(), Bands.cutAt(60).labelled("low", "high"))
        .columns(position(), Bands.cutAt(40, 60).labelled("weak", "fair", "strong"))
        .cell("low", "weak", "reduce", "standard terms")
        .cell("low", "fair", "maintain")
        .cell("low", "strong", "maintain")
        .cell("high", "weak", "develop", "invest selectively")
        .cell("high", "fair", "develop", "invest selectively")
        .cell("high", "strong", "key account", "dedicated key-account manager")
        .build();
  }
}
