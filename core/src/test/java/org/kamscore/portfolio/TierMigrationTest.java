package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.Scale;
import org.kamscore.Tier;
import org.kamscore.Tiers;

final class TierMigrationTest {
  private static final ScoringModel<Account> V1 = ScoringModel.builder(Account.class)
      .id("attractiveness", "2026.1")
      .criterion("revenue", Account::revenue, Scale.linear(0, 100), 1)
      .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
      .build();
  private static final ScoringModel<Account> V2 = V1.toBuilder()
      .id("attractiveness", "2026.2")
      .tiers(Tiers.from("A", 60).then("B", 40).otherwise("C"))
      .build();

  /** Input order differs from key order; the score under both models equals the revenue. */
  private static final List<Account> PORTFOLIO = List.of(new Account("C-5", 10),
      new Account("C-2", 70), new Account("C-1", 80), new Account("C-4", 45),
      new Account("C-3", 65), new Account("C-6", 52));

  private static Tier tier(ScoringModel<?> model, String label) {
    return model.tiers().all().stream().filter(t -> t.label().equals(label)).findFirst()
        .orElseThrow();
  }

  @Test
  void lowerThresholds_moveCustomersUp_countedFromRowToColumn() {
    TierMigration<Account> migration = TierMigration.of(PORTFOLIO, V1, V2, Account::id);

    assertThat(migration.counts()).containsExactly(
        List.of(1, 0, 0),
        List.of(2, 1, 0),
        List.of(0, 1, 1));
    assertThat(migration.count("B", "A")).isEqualTo(2);
    assertThat(migration.count("C", "B")).isEqualTo(1);
    assertThat(migration.total()).isEqualTo(6);
    assertThat(migration.fromTiers()).isEqualTo(V1.tiers().all());
    assertThat(migration.toTiers()).isEqualTo(V2.tiers().all());
  }

  @Test
  void changes_listBothTiersAndBothScores_byKey() {
    TierMigration<Account> migration = TierMigration.of(PORTFOLIO, V1, V2, Account::id);

    assertThat(migration.changes()).containsExactly(
        new TierChange<>("C-2", PORTFOLIO.get(1), tier(V1, "B"), tier(V2, "A"), 70, 70),
        new TierChange<>("C-3", PORTFOLIO.get(4), tier(V1, "B"), tier(V2, "A"), 65, 65),
        new TierChange<>("C-4", PORTFOLIO.get(3), tier(V1, "C"), tier(V2, "B"), 45, 45));
    assertThat(migration).hasToString(
        "TierMigration[attractiveness 2026.1 -> attractiveness 2026.2, 6 customers, 3 changed]");
  }

  @Test
  void toString_ofTheMigrationAndItsChanges_namesTheKey_neverTheCustomer() {
    ScoringModel<Confidential> v1 = ScoringModel.builder(Confidential.class)
        .id("attractiveness", "2026.1")
        .criterion("revenue", Confidential::revenue, Scale.linear(0, 100), 1)
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
        .build();
    ScoringModel<Confidential> v2 = v1.toBuilder().id("attractiveness", "2026.2")
        .tiers(Tiers.from("A", 60).then("B", 40).otherwise("C"))
        .build();

    TierMigration<Confidential> migration = TierMigration.of(
        List.of(new Confidential("C-1", 70), new Confidential("C-2", 10)), v1, v2,
        Confidential::id);

    assertThat(migration.toString()).doesNotContain(Confidential.MARKER);
    assertThat(migration.changes()).singleElement().satisfies(change -> assertThat(change)
        .hasToString("TierChange[key=C-1, from=B, to=A, fromScore=70.0, toScore=70.0]"));
  }

  @Test
  void sameLabel_underAMovedThreshold_isNoChange() {
    ScoringModel<Account> stricter = V1.toBuilder()
        .tiers(Tiers.from("A", 78).then("B", 50).otherwise("C")).build();

    TierMigration<Account> migration = TierMigration.of(PORTFOLIO, V1, stricter, Account::id);

    assertThat(migration.changes()).isEmpty();
    assertThat(migration.count("A", "A")).isEqualTo(1);
  }

  @Test
  void differentLadders_giveARectangularTable() {
    ScoringModel<Account> metals = V1.toBuilder().id("attractiveness", "metals")
        .tiers(Tiers.from("Gold", 90).then("Silver", 60).then("Bronze", 30).otherwise("None"))
        .build();

    TierMigration<Account> migration = TierMigration.of(PORTFOLIO, V1, metals, Account::id);

    assertThat(migration.counts()).containsExactly(
        List.of(0, 1, 0, 0),
        List.of(0, 2, 1, 0),
        List.of(0, 0, 1, 1));
    assertThat(migration.count("B", "Silver")).isEqualTo(2);
    assertThat(migration.changes()).hasSize(6);
  }

  @Test
  void emptyPortfolio_givesAnEmptyTable() {
    TierMigration<Account> migration = TierMigration.of(List.of(), V1, V2, Account::id);

    assertThat(migration.counts()).containsExactly(
        List.of(0, 0, 0), List.of(0, 0, 0), List.of(0, 0, 0));
    assertThat(migration.total()).isZero();
    assertThat(migration.changes()).isEmpty();
  }

  @Test
  void singleCustomer_isCountedOnce() {
    TierMigration<Account> migration =
        TierMigration.of(List.of(new Account("C-1", 65)), V1, V2, Account::id);

    assertThat(migration.count("B", "A")).isEqualTo(1);
    assertThat(migration.total()).isEqualTo(1);
  }

  @Test
  void unscorableCustomer_failsWithItsIndex() {
    List<Account> accounts = List.of(new Account("C-1", 1), new Account("C-2", 2),
        new Account("C-3", Double.NaN));

    assertThatThrownBy(() -> TierMigration.of(accounts, V1, V2, Account::id))
        .isInstanceOfSatisfying(ScoringException.class,
            e -> assertThat(e.customerIndex()).hasValue(2))
        .hasMessage("criterion 'revenue' of model 'attractiveness' 2026.1 must have a value for "
            + "customer at index 2 but was: NaN (missing-value policy: reject)");
  }

  @Test
  void nullCustomerOrRepeatedKey_isRejected_namingTheIndex() {
    assertThatThrownBy(() -> TierMigration.of(
            Arrays.asList(new Account("C-1", 1), null), V1, V2, Account::id))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer at index 1 must not be null");
    assertThatThrownBy(() -> TierMigration.of(
            List.of(new Account("C-1", 1), new Account("C-1", 2)), V1, V2, Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key of customer at index 1 must be unique but was: 'C-1' (as at index 0)");
    assertThatThrownBy(() -> TierMigration.of(PORTFOLIO, null, V2, Account::id))
        .isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> TierMigration.of(PORTFOLIO, V1, null, Account::id))
        .isInstanceOf(NullPointerException.class).hasMessage("to");
  }

  @Test
  void unknownTierLabel_isRejected_listingTheLadder() {
    TierMigration<Account> migration = TierMigration.of(PORTFOLIO, V1, V2, Account::id);

    assertThatThrownBy(() -> migration.count("X", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from tier must be one of [A, B, C] but was: 'X'");
    assertThatThrownBy(() -> migration.count("A", "Gold"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to tier must be one of [A, B, C] but was: 'Gold'");
  }
}
