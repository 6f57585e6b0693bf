package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CustomerShareTest {
  private static final Account CUSTOMER = new Account("C-1", 75);

  private static CustomerShare<Account> share(int position, double measure, double share) {
    return new CustomerShare<>(position, "C-1", CUSTOMER, measure, share);
  }

  @Test
  void accessors_returnWhatTheConcentrationGave() {
    CustomerShare<Account> share = share(1, 75, 0.75);

    assertThat(share.position()).isEqualTo(1);
    assertThat(share.key()).isEqualTo("C-1");
    assertThat(share.customer()).isSameAs(CUSTOMER);
    assertThat(share.measure()).isEqualTo(75.0);
    assertThat(share.share()).isEqualTo(0.75);
  }

  @Test
  void equalShares_areEqual_andDifferInEveryField() {
    assertThat(share(1, 75, 0.75)).isEqualTo(share(1, 75, 0.75))
        .hasSameHashCodeAs(share(1, 75, 0.75))
        .isNotEqualTo(share(2, 75, 0.75))
        .isNotEqualTo(share(1, 76, 0.75))
        .isNotEqualTo(share(1, 75, 0.5))
        .isNotEqualTo(new CustomerShare<>(1, "C-2", CUSTOMER, 75, 0.75))
        .isNotEqualTo(new CustomerShare<>(1, "C-1", new Account("C-1", 1), 75, 0.75))
        .isNotEqualTo("C-1");
  }

  @Test
  void toString_namesTheKey_neverTheCustomer() {
    CustomerShare<Confidential> share =
        new CustomerShare<>(1, "C-7", new Confidential("C-7", 3), 3, 1.0);

    assertThat(share).hasToString("CustomerShare[position=1, key=C-7, measure=3.0, share=1.0]");
  }

  @Test
  void badPositionMeasureOrShare_isRejected() {
    assertThatThrownBy(() -> share(0, 75, 0.75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position of customer share 'C-1' must be at least 1 but was: 0");
    assertThatThrownBy(() -> share(1, -75, 0.75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer share 'C-1' must be finite and not negative "
            + "but was: -75.0");
    for (double bad : new double[] {-0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> share(1, 75, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("share of customer share 'C-1' must be in [0, 1] but was: " + bad);
    }
  }

  @Test
  void nullReferences_areRejected() {
    assertThatThrownBy(() -> new CustomerShare<>(1, null, CUSTOMER, 1, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> new CustomerShare<Account>(1, "C-1", null, 1, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
  }
}
