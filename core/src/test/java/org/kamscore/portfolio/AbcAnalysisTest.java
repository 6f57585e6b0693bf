package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AbcAnalysisTest {

  private static AbcAnalysis<Account> abc(List<Account> accounts) {
    return AbcAnalysis.of(accounts, Account::revenue, Account::id);
  }

  /** {@code n} customers that each buy {@code amount}. */
  private static List<Account> equal(int n, double amount) {
    double[] revenues = new double[n];
    Arrays.fill(revenues, amount);
    return Account.numbered(revenues);
  }

  /** The classes in the analysis order, as one letter each. */
  private static String classes(AbcAnalysis<?> abc) {
    StringBuilder classes = new StringBuilder();
    abc.entries().forEach(entry -> classes.append(entry.abcClass()));
    return classes.toString();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15, 1.0 / 3, Double.MIN_VALUE})
  void equalCustomers_reachingACutoffExactly_stayInTheBetterClass_whateverTheAmount(
      double amount) {
    // the 4th of 5, the 8th of 10 and the 16th of 20 reach exactly 80 %: the next one is B;
    // the 19th of 20 reaches exactly 95 %: the 20th is C
    assertThat(classes(abc(equal(5, amount)))).isEqualTo("AAAAB");
    assertThat(classes(abc(equal(10, amount)))).isEqualTo("AAAAAAAABB");
    assertThat(classes(abc(equal(20, amount)))).isEqualTo("AAAAAAAAAAAAAAAABBBC");
    // with cut-offs 0.7 and 0.9, the 7th and the 9th of 10 reach them exactly
    assertThat(classes(abc(equal(10, amount)).withCutoffs(0.7, 0.9))).isEqualTo("AAAAAAABBC");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15})
  void equalCustomers_haveExactTenthsAsShares_whateverTheAmount(double amount) {
    AbcAnalysis<Account> abc = abc(equal(10, amount));

    assertThat(abc.entries()).extracting(AbcEntry::share).containsOnly(0.1);
    assertThat(abc.entries()).extracting(AbcEntry::cumulativeShare)
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    assertThat(abc.share(AbcClass.A)).isEqualTo(0.8);
    assertThat(abc.share(AbcClass.B)).isEqualTo(0.2);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.7, 1e-300, 3.3e15})
  void multiplesOfOneAmount_reachingTheCutoffExactly_stayInTheBetterClass(double amount) {
    // 4 + 2 + 1 + 1 + 1 + 1 of 10 (doubling is exact): the 4th reaches exactly 80 %
    AbcAnalysis<Account> abc = abc(Account.numbered(
        amount, 4 * amount, amount, 2 * amount, amount, amount));

    assertThat(classes(abc)).isEqualTo("AAAABB");
    assertThat(abc.entries()).extracting(AbcEntry::cumulativeShare)
        .containsExactly(0.4, 0.6, 0.7, 0.8, 0.9, 1.0);
  }

  @Test
  void toString_ofTheAnalysisAndItsEntries_namesTheKey_neverTheCustomer() {
    List<Confidential> customers = List.of(new Confidential("C-1", 60),
        new Confidential("C-2", 40));

    AbcAnalysis<Confidential> abc =
        AbcAnalysis.of(customers, Confidential::revenue, Confidential::id);

    assertThat(abc.toString()).doesNotContain(Confidential.MARKER);
    for (AbcEntry<Confidential> entry : abc.entries()) {
      assertThat(entry.toString()).doesNotContain(Confidential.MARKER).contains(entry.key());
    }
    assertThat(abc.entries().get(0)).hasToString("AbcEntry[position=1, key=C-1, measure=60.0, "
        + "share=0.6, cumulativeShare=0.6, abcClass=A]");
    assertThatThrownBy(() -> AbcAnalysis.of(List.of(new Confidential("C-1", -1)),
            Confidential::revenue, Confidential::id))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain(Confidential.MARKER);
  }

  @Test
  void crossingCustomer_joinsTheBetterClass() {
    // GIVEN revenues 60, 25, 10, 5, in shuffled input order
    List<Account> accounts = List.of(new Account("C-3", 10), new Account("C-1", 60),
        new Account("C-4", 5), new Account("C-2", 25));

    // WHEN
    AbcAnalysis<Account> abc = abc(accounts);

    // THEN C-2 crosses 80 % (0.60 -> 0.85) and is A; C-3 crosses 95 % (0.85 -> 0.95) and is B
    assertThat(abc.entries()).containsExactly(
        new AbcEntry<>(1, "C-1", accounts.get(1), 60, 0.60, 0.60, AbcClass.A),
        new AbcEntry<>(2, "C-2", accounts.get(3), 25, 0.25, 0.85, AbcClass.A),
        new AbcEntry<>(3, "C-3", accounts.get(0), 10, 0.10, 0.95, AbcClass.B),
        new AbcEntry<>(4, "C-4", accounts.get(2), 5, 0.05, 1.00, AbcClass.C));
    assertThat(abc.total()).isEqualTo(100.0);
    assertThat(abc.count(AbcClass.A)).isEqualTo(2);
    assertThat(abc.count(AbcClass.B)).isEqualTo(1);
    assertThat(abc.count(AbcClass.C)).isEqualTo(1);
    assertThat(abc.measure(AbcClass.A)).isEqualTo(85.0);
    assertThat(abc.share(AbcClass.A)).isEqualTo(0.85);
    assertThat(abc.share(AbcClass.B)).isEqualTo(0.10);
    assertThat(abc.share(AbcClass.C)).isEqualTo(0.05);
    assertThat(abc.classOf("C-3")).isEqualTo(AbcClass.B);
  }

  @Test
  void customerReachingTheCutoffExactly_staysBelowIt_andTheNextStartsTheLowerClass() {
    AbcAnalysis<Account> abc = abc(Account.numbered(50, 30, 15, 5));

    assertThat(abc.entries()).extracting(AbcEntry::cumulativeShare)
        .containsExactly(0.50, 0.80, 0.95, 1.00);
    assertThat(abc.entries()).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C);
  }

  @Test
  void equalMeasures_areOrderedByKey_whateverTheInputOrder() {
    // GIVEN three customers of 10 behind one of 70: only the first of them still fits in A
    List<Account> accounts = List.of(new Account("N", 10), new Account("M", 10),
        new Account("Z", 70), new Account("A", 10));

    AbcAnalysis<Account> abc = abc(accounts);

    assertThat(abc.entries()).extracting(AbcEntry::key).containsExactly("Z", "A", "M", "N");
    assertThat(abc.entries()).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B);
  }

  @Test
  void withCutoffs_reclassesTheSamePortfolio_andLeavesTheOriginalUnchanged() {
    AbcAnalysis<Account> standard = abc(Account.numbered(60, 25, 10, 5));

    AbcAnalysis<Account> custom = standard.withCutoffs(0.5, 0.9);

    assertThat(custom.entries()).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C);
    assertThat(custom.cutoffA()).isEqualTo(0.5);
    assertThat(custom.cutoffB()).isEqualTo(0.9);
    assertThat(standard.cutoffA()).isEqualTo(0.8);
    assertThat(standard.cutoffB()).isEqualTo(0.95);
    assertThat(standard.classOf("C-2")).isEqualTo(AbcClass.A);
  }

  @Test
  void cutoffBOfOne_leavesOnlyZeroMeasuresInC() {
    AbcAnalysis<Account> abc = abc(Account.numbered(60, 25, 10, 5, 0)).withCutoffs(0.8, 1.0);

    assertThat(abc.entries()).extracting(AbcEntry::abcClass)
        .containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C);
  }

  @Test
  void cutoffs_outOfOrderOrRange_areRejected() {
    AbcAnalysis<Account> abc = abc(Account.numbered(1));

    assertThatThrownBy(() -> abc.withCutoffs(0.9, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = 0.9, b = 0.7");
    assertThatThrownBy(() -> abc.withCutoffs(0.0, 0.5))
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = 0.0, b = 0.5");
    assertThatThrownBy(() -> abc.withCutoffs(0.5, 0.5))
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = 0.5, b = 0.5");
    assertThatThrownBy(() -> abc.withCutoffs(0.5, 1.5))
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = 0.5, b = 1.5");
    assertThatThrownBy(() -> abc.withCutoffs(Double.NaN, 0.5))
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = NaN, b = 0.5");
  }

  @Test
  void emptyPortfolio_givesAnEmptyAnalysis() {
    AbcAnalysis<Account> abc = abc(List.of());

    assertThat(abc.entries()).isEmpty();
    assertThat(abc.total()).isEqualTo(0.0);
    assertThat(abc.count(AbcClass.A)).isZero();
    assertThat(abc.share(AbcClass.A)).isEqualTo(0.0);
    assertThat(abc).hasToString("AbcAnalysis[0 customers, cut-offs 0.8/0.95, A 0, B 0, C 0]");
  }

  @Test
  void allMeasuresZero_putsEveryCustomerInC_withZeroShares() {
    AbcAnalysis<Account> abc = abc(Account.numbered(0, 0, -0.0));

    assertThat(abc.entries()).extracting(AbcEntry::key).containsExactly("C-1", "C-2", "C-3");
    assertThat(abc.entries()).extracting(AbcEntry::abcClass).containsOnly(AbcClass.C);
    assertThat(abc.entries()).extracting(AbcEntry::share).containsOnly(0.0);
    assertThat(abc.entries()).extracting(AbcEntry::cumulativeShare).containsOnly(0.0);
    assertThat(abc.entries()).extracting(AbcEntry::measure).containsOnly(0.0); // no -0.0
    assertThat(abc.count(AbcClass.C)).isEqualTo(3);
    assertThat(abc.share(AbcClass.C)).isEqualTo(0.0);
  }

  @Test
  void singleCustomer_isA_withTheWholeShare() {
    AbcAnalysis<Account> abc = abc(Account.numbered(Double.MIN_VALUE));

    assertThat(abc.entries()).containsExactly(new AbcEntry<>(1, "C-1",
        new Account("C-1", Double.MIN_VALUE), Double.MIN_VALUE, 1.0, 1.0, AbcClass.A));
  }

  @Test
  void largestFiniteMeasures_areAccepted_untilTheirTotalOverflows() {
    assertThat(abc(Account.numbered(Double.MAX_VALUE, 0)).classOf("C-1")).isEqualTo(AbcClass.A);
    assertThatThrownBy(() -> abc(Account.numbered(Double.MAX_VALUE, Double.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total measure of 2 customers must be finite but was: Infinity");
  }

  @Test
  void negativeNanOrInfiniteMeasure_isRejected_namingIndexKeyAndValue() {
    for (double bad : new double[] {-1.0, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> abc(Account.numbered(3, bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("measure of customer 'C-2' at index 1 must be finite and not negative "
              + "but was: " + bad);
    }
  }

  @Test
  void nullCustomer_isRejected_namingItsIndex() {
    assertThatThrownBy(() -> abc(Arrays.asList(new Account("C-1", 1), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer at index 1 must not be null");
  }

  @Test
  void nullOrRepeatedKey_isRejected_namingTheIndexes() {
    assertThatThrownBy(() -> abc(List.of(new Account(null, 1))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key of customer at index 0 must not be null");
    assertThatThrownBy(() -> abc(List.of(
            new Account("C-1", 1), new Account("C-2", 2), new Account("C-1", 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key of customer at index 2 must be unique but was: 'C-1' (as at index 0)");
  }

  @Test
  void nullArguments_areRejected() {
    assertThatThrownBy(() -> AbcAnalysis.of(null, Account::revenue, Account::id))
        .isInstanceOf(NullPointerException.class).hasMessage("customers");
    assertThatThrownBy(() -> AbcAnalysis.of(List.<Account>of(), null, Account::id))
        .isInstanceOf(NullPointerException.class).hasMessage("measure");
    assertThatThrownBy(() -> AbcAnalysis.of(List.<Account>of(), Account::revenue, null))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
  }

  @Test
  void unknownKey_isRejected() {
    assertThatThrownBy(() -> abc(Account.numbered(1)).classOf("C-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be the key of a customer in the portfolio but was: 'C-9'");
  }

  @Test
  void toString_summarizesTheClasses() {
    assertThat(abc(Account.numbered(60, 25, 10, 5)))
        .hasToString("AbcAnalysis[4 customers, cut-offs 0.8/0.95, A 2, B 1, C 1]");
  }

  @Test
  void classes_rankAThenBThenC() {
    assertThat(AbcClass.A.isAbove(AbcClass.B)).isTrue();
    assertThat(AbcClass.B.isAbove(AbcClass.C)).isTrue();
    assertThat(AbcClass.C.isAbove(AbcClass.A)).isFalse();
    assertThat(AbcClass.B.isAbove(AbcClass.B)).isFalse();
  }
}
