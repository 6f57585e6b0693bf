package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.Tiers;
import org.quicktheories.core.Gen;

/**
 * The migration table and the changes against an oracle that evaluates each customer on its
 * own with {@link ScoringModel#evaluate(Object)} and counts by tier label.
 */
final class TierMigrationProperties {

  /** Revenues 0..120, so that both scales below are clamped at either end now and then. */
  private static Gen<List<Account>> portfolios() {
    return Generators.portfolios(doubles().between(0.0, 120.0));
  }

  /** Three-step ladders with thresholds {@code 0 <= second < first <= 100}, in two namings. */
  private static Gen<Tiers> ladders() {
    Gen<String[]> names = arbitrary().pick(List.of(
        new String[] {"A", "B", "C"}, new String[] {"Gold", "B", "Bronze"}));
    return doubles().between(1.0, 100.0).zip(doubles().fromZeroToOne(), names, (a, f, n) -> {
      double b = a * f < a ? a * f : a / 2;
      return Tiers.from(n[0], a).then(n[1], b).otherwise(n[2]);
    });
  }

  private static ScoringModel<Account> model(String version, Scale scale, Tiers tiers) {
    return ScoringModel.builder(Account.class).id("attractiveness", version)
        .criterion("revenue", Account::revenue, scale, 1).tiers(tiers).build();
  }

  @Test
  void countsAndChanges_matchEachCustomerEvaluatedOnItsOwn() {
    qt().forAll(portfolios(), ladders(), ladders()).checkAssert((accounts, fromTiers, toTiers) -> {
      ScoringModel<Account> from = model("2026.1", Scale.linear(0, 100), fromTiers);
      ScoringModel<Account> to = model("2026.2", Scale.linear(20, 80), toTiers);
      TierMigration<Account> migration = TierMigration.of(accounts, from, to, Account::id);

      List<List<Integer>> expected = new ArrayList<>();
      for (Tier f : from.tiers().all()) {
        List<Integer> row = new ArrayList<>();
        for (Tier t : to.tiers().all()) {
          int count = 0;
          for (Account account : accounts) {
            if (from.evaluate(account).tier().label().equals(f.label())
                && to.evaluate(account).tier().label().equals(t.label())) {
              count++;
            }
          }
          row.add(count);
          assertThat(migration.count(f.label(), t.label())).isEqualTo(count);
        }
        expected.add(row);
      }
      assertThat(migration.counts()).isEqualTo(expected);
      assertThat(migration.total()).isEqualTo(accounts.size());

      List<Account> byKey = new ArrayList<>(accounts);
      byKey.sort(Comparator.comparing(Account::id));
      List<String> movers = new ArrayList<>();
      for (Account account : byKey) {
        Evaluation before = from.evaluate(account);
        Evaluation after = to.evaluate(account);
        if (!before.tier().label().equals(after.tier().label())) {
          movers.add(account.id() + " " + before.tier().label() + " " + before.score() + " -> "
              + after.tier().label() + " " + after.score());
        }
      }
      assertThat(migration.changes()).extracting(change -> change.key() + " "
              + change.from().label() + " " + change.fromScore() + " -> " + change.to().label()
              + " " + change.toScore())
          .containsExactlyElementsOf(movers);
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
