package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.portfolio.Generators.portfolios;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.quicktheories.core.Gen;

final class TierMigrationProperties {

  /** Revenues 0..120, so that both scales below are clamped at either end now and then. */
  private static Gen<List<Account>> portfolios() {
    return Generators.portfolios(doubles().between(0.0, 120.0));
  }

  /** A/B/C ladders with thresholds {@code 0 <= b < a <= 100}. */
  private static Gen<Tiers> ladders() {
    return doubles().between(1.0, 100.0).zip(doubles().fromZeroToOne(), (a, f) -> {
      double b = a * f < a ? a * f : a / 2;
      return Tiers.from("A", a).then("B", b).otherwise("C");
    });
  }

  private static ScoringModel<Account> model(String version, Scale scale, Tiers tiers) {
    return ScoringModel.builder(Account.class).id("attractiveness", version)
        .criterion("revenue", Account::revenue, scale, 1).tiers(tiers).build();
  }

  @Test
  void table_countsEveryCustomerOnce_andOffDiagonalCellsAreTheChanges() {
    qt().forAll(portfolios(), ladders(), ladders()).checkAssert((accounts, from, to) -> {
      TierMigration<Account> migration = TierMigration.of(accounts,
          model("2026.1", Scale.linear(0, 100), from),
          model("2026.2", Scale.linear(20, 80), to), Account::id);
      assertThat(migration.total()).isEqualTo(accounts.size());
      int unchanged = 0;
      for (int i = 0; i < 3; i++) {
        unchanged += migration.counts().get(i).get(i);
      }
      assertThat(migration.changes()).hasSize(accounts.size() - unchanged);
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    ScoringModel<Account> from = model("2026.1", Scale.linear(0, 100),
        Tiers.from("A", 75).then("B", 50).otherwise("C"));
    ScoringModel<Account> to = model("2026.2", Scale.linear(20, 80),
        Tiers.from("A", 60).then("B", 40).otherwise("C"));
    qt().forAll(portfolios(), seeds()).checkAssert((accounts, seed) -> {
      TierMigration<Account> migration = TierMigration.of(accounts, from, to, Account::id);
      TierMigration<Account> other =
          TierMigration.of(shuffled(accounts, seed), from, to, Account::id);
      assertThat(other.counts()).isEqualTo(migration.counts());
      assertThat(other.changes()).isEqualTo(migration.changes());
    });
  }
}
