package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.Tiers;

final class TierChangeTest {
  private static final ScoringModel<Account> MODEL = ScoringModel.builder(Account.class)
      .id("attractiveness", "2026.1")
      .criterion("revenue", Account::revenue, Scale.linear(0, 100), 1)
      .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
      .build();
  private static final Tier A = tier("A");
  private static final Tier B = tier("B");
  private static final Account CUSTOMER = new Account("C-1", 70);

  private static Tier tier(String label) {
    return MODEL.tiers().all().stream().filter(t -> t.label().equals(label)).findFirst()
        .orElseThrow();
  }

  @Test
  void accessors_returnWhatTheMigrationGave() {
    TierChange<Account> change = new TierChange<>("C-1", CUSTOMER, B, A, 70, 80);

    assertThat(change.key()).isEqualTo("C-1");
    assertThat(change.customer()).isSameAs(CUSTOMER);
    assertThat(change.from()).isEqualTo(B);
    assertThat(change.to()).isEqualTo(A);
    assertThat(change.fromScore()).isEqualTo(70.0);
    assertThat(change.toScore()).isEqualTo(80.0);
  }

  @Test
  void equalChanges_areEqual_andDifferInEveryField() {
    TierChange<Account> change = new TierChange<>("C-1", CUSTOMER, B, A, 70, 80);

    assertThat(change).isEqualTo(new TierChange<>("C-1", CUSTOMER, B, A, 70, 80))
        .hasSameHashCodeAs(new TierChange<>("C-1", CUSTOMER, B, A, 70, 80))
        .isNotEqualTo(new TierChange<>("C-2", CUSTOMER, B, A, 70, 80))
        .isNotEqualTo(new TierChange<>("C-1", new Account("C-1", 1), B, A, 70, 80))
        .isNotEqualTo(new TierChange<>("C-1", CUSTOMER, A, B, 70, 80))
        .isNotEqualTo(new TierChange<>("C-1", CUSTOMER, B, A, 71, 80))
        .isNotEqualTo(new TierChange<>("C-1", CUSTOMER, B, A, 70, 81))
        .isNotEqualTo("C-1");
  }

  @Test
  void toString_namesTheKeyAndTheLabels_neverTheCustomer() {
    TierChange<Confidential> change =
        new TierChange<>("C-7", new Confidential("C-7", 70), B, A, 70, 80);

    assertThat(change)
        .hasToString("TierChange[key=C-7, from=B, to=A, fromScore=70.0, toScore=80.0]");
  }

  @Test
  void sameLabelOrScoreOutOfRange_isRejected() {
    assertThatThrownBy(() -> new TierChange<>("C-1", CUSTOMER, A, A, 70, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers of tier change 'C-1' must have different labels but were: 'A' and "
            + "'A'");
    for (double bad : new double[] {-1.0, 100.5, Double.NaN}) {
      assertThatThrownBy(() -> new TierChange<>("C-1", CUSTOMER, B, A, 70, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores of tier change 'C-1' must be in [0, 100] but were: 70.0 and "
              + bad);
    }
  }

  @Test
  void nullReferences_areRejected() {
    assertThatThrownBy(() -> new TierChange<>(null, CUSTOMER, B, A, 70, 80))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> new TierChange<Account>("C-1", null, B, A, 70, 80))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> new TierChange<>("C-1", CUSTOMER, null, A, 70, 80))
        .isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> new TierChange<>("C-1", CUSTOMER, B, null, 70, 80))
        .isInstanceOf(NullPointerException.class).hasMessage("to");
  }
}
