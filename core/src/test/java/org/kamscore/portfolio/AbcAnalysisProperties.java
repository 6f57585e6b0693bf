package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamscore.portfolio.Generators.cutoffs;
import static org.kamscore.portfolio.Generators.measures;
import static org.kamscore.portfolio.Generators.portfolios;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AbcAnalysisProperties {

  @Test
  void largerMeasure_neverGetsAWorseClass() {
    qt().forAll(portfolios(measures()), cutoffs()).checkAssert((accounts, cutoffs) -> {
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id)
          .withCutoffs(cutoffs[0], cutoffs[1]);
      for (AbcEntry<Account> larger : abc.entries()) {
        for (AbcEntry<Account> smaller : abc.entries()) {
          if (larger.measure() > smaller.measure()) {
            assertThat(smaller.abcClass().isAbove(larger.abcClass()))
                .as("%s above %s", smaller, larger).isFalse();
          }
        }
      }
    });
  }

  @Test
  void positiveTotal_hasACustomerInA_andSharesSummingToOne() {
    qt().forAll(portfolios(measures())).checkAssert(accounts -> {
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id);
      if (abc.total() > 0.0) {
        assertThat(abc.count(AbcClass.A)).isPositive();
        assertThat(abc.entries().stream().mapToDouble(AbcEntry::share).sum())
            .isCloseTo(1.0, offset(1e-12));
        assertThat(abc.entries().get(accounts.size() - 1).cumulativeShare()).isEqualTo(1.0);
      }
      assertThat(abc.count(AbcClass.A) + abc.count(AbcClass.B) + abc.count(AbcClass.C))
          .isEqualTo(accounts.size());
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(portfolios(measures()), seeds()).checkAssert((accounts, seed) -> {
      List<Account> shuffled = shuffled(accounts, seed);
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id);
      AbcAnalysis<Account> other = AbcAnalysis.of(shuffled, Account::revenue, Account::id);
      assertThat(other.entries()).isEqualTo(abc.entries());
      for (AbcClass c : AbcClass.values()) {
        assertThat(other.measure(c)).isEqualTo(abc.measure(c));
      }
    });
  }
}
