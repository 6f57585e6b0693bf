package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ConcentrationTest {

  private static Concentration<Account> concentration(double... revenues) {
    return concentration(Account.numbered(revenues));
  }

  private static Concentration<Account> concentration(List<Account> accounts) {
    return Concentration.of(accounts, Account::revenue, Account::id);
  }

  private static double[] equal(int n) {
    double[] revenues = new double[n];
    Arrays.fill(revenues, 7.0);
    return revenues;
  }

  /** Customers that buy the given multiples of {@code amount}. */
  private static List<Account> multiples(double amount, int... factors) {
    double[] revenues = new double[factors.length];
    for (int i = 0; i < factors.length; i++) {
      revenues[i] = factors[i] * amount;
    }
    return Account.numbered(revenues);
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15})
  void tenEqualCustomers_haveSharesAndHhiOfExactlyTenPercent_whateverTheAmount(double amount) {
    Concentration<Account> c = concentration(multiples(amount, ones(10)));

    assertThat(c.shares()).extracting(CustomerShare::share).containsOnly(0.1);
    assertThat(c.topShare(8)).isEqualTo(0.8);
    assertThat(c.hhi()).isEqualTo(0.1);
    assertThat(c.hhiPoints()).isEqualTo(1000.0);
    // a share of exactly 10 % is not above the 10 % threshold
    assertThat(c.dependencies()).isEmpty();
    // an HHI of exactly 0.10 is moderate, both as the lower limit and as the upper one
    assertThat(c.level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(c.withLevels(0.05, 0.10).level()).isEqualTo(ConcentrationLevel.MODERATE);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15})
  void sharesExactlyOnTheThreshold_areNoDependencies_whateverTheAmount(double amount) {
    // 1/8 = 12.5 %, 1/20 = 5 %, 4/10 = 40 %
    assertThat(concentration(multiples(amount, ones(8))).withDependencyThreshold(0.125)
        .dependencies()).isEmpty();
    assertThat(concentration(multiples(amount, ones(20))).withDependencyThreshold(0.05)
        .dependencies()).isEmpty();
    assertThat(concentration(multiples(amount, 4, 2, 1, 1, 1, 1)).withDependencyThreshold(0.4)
        .dependencies()).isEmpty();
    assertThat(concentration(multiples(amount, 4, 2, 1, 1, 1, 1)).withDependencyThreshold(0.2)
        .dependencies()).extracting(CustomerShare::key).containsExactly("C-1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15})
  void multiplesOfOneAmount_withAnHhiOnALimit_areModerate_whateverTheAmount(double amount) {
    // doubling is exact. Squares 2 + 24 + 64 = 90 of 30^2 = 900: an HHI of exactly 0.10
    Concentration<Account> tenth =
        concentration(multiples(amount, 1, 1, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4));
    // squares 4 + 32 + 64 = 100 of 20^2 = 400: an HHI of exactly 0.25
    Concentration<Account> quarter = concentration(multiples(amount, 1, 1, 1, 1, 4, 4, 8));

    assertThat(tenth.hhi()).isEqualTo(0.1);
    assertThat(tenth.level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(tenth.withLevels(0.05, 0.1).level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(quarter.hhi()).isEqualTo(0.25);
    assertThat(quarter.level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(quarter.withLevels(0.25, 0.5).level()).isEqualTo(ConcentrationLevel.MODERATE);
  }

  @Test
  void toString_ofTheConcentrationAndItsShares_namesTheKey_neverTheCustomer() {
    List<Confidential> customers = List.of(new Confidential("C-1", 75),
        new Confidential("C-2", 25));

    Concentration<Confidential> c =
        Concentration.of(customers, Confidential::revenue, Confidential::id);

    assertThat(c.toString()).doesNotContain(Confidential.MARKER);
    for (CustomerShare<Confidential> share : c.shares()) {
      assertThat(share.toString()).doesNotContain(Confidential.MARKER).contains(share.key());
    }
    assertThat(c.shares().get(0))
        .hasToString("CustomerShare[position=1, key=C-1, measure=75.0, share=0.75]");
  }

  @Test
  void sharesTopSharesAndHhi_areExact_forDyadicShares() {
    // GIVEN shares 1/2, 1/4, 1/8, 1/8, in shuffled input order
    List<Account> accounts = List.of(new Account("C-4", 12.5), new Account("C-2", 25),
        new Account("C-1", 50), new Account("C-3", 12.5));

    Concentration<Account> c = concentration(accounts);

    assertThat(c.shares()).containsExactly(
        new CustomerShare<>(1, "C-1", accounts.get(2), 50, 0.5),
        new CustomerShare<>(2, "C-2", accounts.get(1), 25, 0.25),
        new CustomerShare<>(3, "C-3", accounts.get(3), 12.5, 0.125),
        new CustomerShare<>(4, "C-4", accounts.get(0), 12.5, 0.125));
    assertThat(c.topShare()).isEqualTo(0.5);
    assertThat(c.topShare(2)).isEqualTo(0.75);
    assertThat(c.topShare(4)).isEqualTo(1.0);
    assertThat(c.topShare(100)).isEqualTo(1.0);
    assertThat(c.shareOf("C-2")).isEqualTo(0.25);
    // 1/4 + 1/16 + 1/64 + 1/64
    assertThat(c.hhi()).isEqualTo(0.34375);
    assertThat(c.hhiPoints()).isEqualTo(3437.5);
    assertThat(c.level()).isEqualTo(ConcentrationLevel.CONCENTRATED);
  }

  @Test
  void dependencies_areTheSharesStrictlyAboveTheThreshold() {
    Concentration<Account> c = concentration(50, 25, 12.5, 12.5);

    assertThat(c.dependencyThreshold()).isEqualTo(0.10);
    assertThat(c.dependencies()).extracting(CustomerShare::key)
        .containsExactly("C-1", "C-2", "C-3", "C-4");
    // a share of exactly 0.125 is not above a threshold of 0.125
    assertThat(c.withDependencyThreshold(0.125).dependencies()).extracting(CustomerShare::key)
        .containsExactly("C-1", "C-2");
    assertThat(c.withDependencyThreshold(0.5).dependencies()).isEmpty();
  }

  @Test
  void hhiOnTheModerateBoundaries_isModerate() {
    // four equal customers: HHI exactly 0.25, the upper limit
    assertThat(concentration(equal(4)).hhi()).isEqualTo(0.25);
    assertThat(concentration(equal(4)).level()).isEqualTo(ConcentrationLevel.MODERATE);
    // eight equal customers: HHI exactly 0.125, here the lower limit
    Concentration<Account> eight = concentration(equal(8)).withLevels(0.125, 0.5);
    assertThat(eight.hhi()).isEqualTo(0.125);
    assertThat(eight.level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(eight.moderateFrom()).isEqualTo(0.125);
    assertThat(eight.concentratedAbove()).isEqualTo(0.5);
  }

  @Test
  void hhiBelowOrAboveTheModerateBand_isDiversifiedOrConcentrated() {
    assertThat(concentration(equal(16)).hhi()).isEqualTo(0.0625);
    assertThat(concentration(equal(16)).level()).isEqualTo(ConcentrationLevel.DIVERSIFIED);
    assertThat(concentration(equal(2)).level()).isEqualTo(ConcentrationLevel.CONCENTRATED);
    assertThat(concentration(equal(8)).withLevels(0.2, 0.5).level())
        .isEqualTo(ConcentrationLevel.DIVERSIFIED);
    assertThat(concentration(equal(4)).withLevels(0.1, 0.125).level())
        .isEqualTo(ConcentrationLevel.CONCENTRATED);
  }

  @Test
  void singleCustomer_holdsEverything() {
    Concentration<Account> c = concentration(Double.MIN_VALUE);

    assertThat(c.shares()).extracting(CustomerShare::share).containsExactly(1.0);
    assertThat(c.topShare()).isEqualTo(1.0);
    assertThat(c.hhi()).isEqualTo(1.0);
    assertThat(c.hhiPoints()).isEqualTo(10_000.0);
    assertThat(c.level()).isEqualTo(ConcentrationLevel.CONCENTRATED);
    assertThat(c.dependencies()).extracting(CustomerShare::key).containsExactly("C-1");
  }

  @Test
  void zeroMeasures_haveZeroShares_afterTheOthers() {
    Concentration<Account> c = concentration(0, 3, 1);

    assertThat(c.shares()).extracting(CustomerShare::key).containsExactly("C-2", "C-3", "C-1");
    assertThat(c.shares()).extracting(CustomerShare::share).containsExactly(0.75, 0.25, 0.0);
    assertThat(c.topShare(2)).isEqualTo(1.0);
  }

  @Test
  void emptyPortfolioOrZeroTotal_isRejected() {
    assertThatThrownBy(() -> concentration())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total measure of 0 customers must be positive for a concentration "
            + "but was: 0.0");
    assertThatThrownBy(() -> concentration(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total measure of 3 customers must be positive for a concentration "
            + "but was: 0.0");
  }

  @Test
  void badMeasure_isRejected_namingIndexKeyAndValue() {
    assertThatThrownBy(() -> concentration(1, 2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer 'C-3' at index 2 must be finite and not negative "
            + "but was: NaN");
    assertThatThrownBy(() -> concentration(Arrays.asList(null, new Account("C-1", 1))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer at index 0 must not be null");
  }

  @Test
  void settings_outOfRange_areRejected() {
    Concentration<Account> c = concentration(1, 1);

    assertThatThrownBy(() -> c.topShare(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n of a top-n share must be at least 1 but was: 0");
    for (double bad : new double[] {0.0, 1.0, -0.1, Double.NaN}) {
      assertThatThrownBy(() -> c.withDependencyThreshold(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dependency threshold must be in (0, 1) but was: " + bad);
    }
    assertThatThrownBy(() -> c.withLevels(0.25, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concentration levels must satisfy 0 < moderateFrom < concentratedAbove < 1 "
            + "but were: moderateFrom = 0.25, concentratedAbove = 0.1");
    assertThatThrownBy(() -> c.withLevels(0.1, 1.0))
        .hasMessage("concentration levels must satisfy 0 < moderateFrom < concentratedAbove < 1 "
            + "but were: moderateFrom = 0.1, concentratedAbove = 1.0");
    assertThatThrownBy(() -> c.shareOf("C-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be the key of a customer in the portfolio but was: 'C-9'");
  }

  @Test
  void variants_leaveTheOriginalUnchanged() {
    Concentration<Account> c = concentration(50, 25, 12.5, 12.5);

    c.withDependencyThreshold(0.3).withLevels(0.4, 0.5);

    assertThat(c.dependencyThreshold()).isEqualTo(0.10);
    assertThat(c.level()).isEqualTo(ConcentrationLevel.CONCENTRATED);
    assertThat(c).hasToString(
        "Concentration[4 customers, top-1 0.5, HHI 0.34375, CONCENTRATED, 4 dependencies]");
  }
}
