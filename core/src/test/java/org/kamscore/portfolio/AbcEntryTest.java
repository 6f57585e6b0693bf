package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class AbcEntryTest {
  private static final Account CUSTOMER = new Account("C-1", 60);

  private static AbcEntry<Account> entry(int position, double measure, double share,
      double cumulativeShare) {
    return new AbcEntry<>(position, "C-1", CUSTOMER, measure, share, cumulativeShare,
        AbcClass.A);
  }

  @Test
  void accessors_returnWhatTheAnalysisGave() {
    AbcEntry<Account> entry = entry(2, 60, 0.25, 0.75);

    assertThat(entry.position()).isEqualTo(2);
    assertThat(entry.key()).isEqualTo("C-1");
    assertThat(entry.customer()).isSameAs(CUSTOMER);
    assertThat(entry.measure()).isEqualTo(60.0);
    assertThat(entry.share()).isEqualTo(0.25);
    assertThat(entry.cumulativeShare()).isEqualTo(0.75);
    assertThat(entry.abcClass()).isEqualTo(AbcClass.A);
  }

  @Test
  void equalEntries_areEqual_andDifferInEveryField() {
    AbcEntry<Account> entry = entry(2, 60, 0.25, 0.75);

    assertThat(entry).isEqualTo(entry(2, 60, 0.25, 0.75))
        .hasSameHashCodeAs(entry(2, 60, 0.25, 0.75))
        .isNotEqualTo(entry(3, 60, 0.25, 0.75))
        .isNotEqualTo(entry(2, 61, 0.25, 0.75))
        .isNotEqualTo(entry(2, 60, 0.5, 0.75))
        .isNotEqualTo(entry(2, 60, 0.25, 1.0))
        .isNotEqualTo(new AbcEntry<>(2, "C-2", CUSTOMER, 60, 0.25, 0.75, AbcClass.A))
        .isNotEqualTo(new AbcEntry<>(2, "C-1", new Account("C-1", 61), 60, 0.25, 0.75,
            AbcClass.A))
        .isNotEqualTo(new AbcEntry<>(2, "C-1", CUSTOMER, 60, 0.25, 0.75, AbcClass.B))
        .isNotEqualTo("C-1");
  }

  @Test
  void toString_namesTheKey_neverTheCustomer() {
    Confidential customer = new Confidential("C-7", 10);

    AbcEntry<Confidential> entry =
        new AbcEntry<>(1, "C-7", customer, 10, 1.0, 1.0, AbcClass.A);

    assertThat(entry).hasToString("AbcEntry[position=1, key=C-7, measure=10.0, share=1.0, "
        + "cumulativeShare=1.0, abcClass=A]");
  }

  @Test
  void positionBelowOne_isRejected() {
    assertThatThrownBy(() -> entry(0, 60, 0.25, 0.75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position of ABC entry 'C-1' must be at least 1 but was: 0");
  }

  @Test
  void negativeOrNonFiniteMeasure_isRejected() {
    for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> entry(1, bad, 0.25, 0.75))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("measure of ABC entry 'C-1' must be finite and not negative but was: "
              + bad);
    }
  }

  @Test
  void sharesOutOfOrderOrRange_areRejected() {
    assertThatThrownBy(() -> entry(1, 60, 0.5, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shares of ABC entry 'C-1' must satisfy 0 <= share <= cumulativeShare <= 1 "
            + "but were: share = 0.5, cumulativeShare = 0.25");
    assertThatThrownBy(() -> entry(1, 60, -0.1, 0.25))
        .hasMessage("shares of ABC entry 'C-1' must satisfy 0 <= share <= cumulativeShare <= 1 "
            + "but were: share = -0.1, cumulativeShare = 0.25");
    assertThatThrownBy(() -> entry(1, 60, 0.5, 1.5))
        .hasMessage("shares of ABC entry 'C-1' must satisfy 0 <= share <= cumulativeShare <= 1 "
            + "but were: share = 0.5, cumulativeShare = 1.5");
    assertThatThrownBy(() -> entry(1, 60, Double.NaN, 0.5))
        .hasMessage("shares of ABC entry 'C-1' must satisfy 0 <= share <= cumulativeShare <= 1 "
            + "but were: share = NaN, cumulativeShare = 0.5");
  }

  @Test
  void nullReferences_areRejected() {
    assertThatThrownBy(() -> new AbcEntry<>(1, null, CUSTOMER, 1, 1, 1, AbcClass.A))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> new AbcEntry<Account>(1, "C-1", null, 1, 1, 1, AbcClass.A))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> new AbcEntry<>(1, "C-1", CUSTOMER, 1, 1, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("abcClass");
  }
}
