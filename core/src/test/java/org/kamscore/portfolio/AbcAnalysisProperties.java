package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.portfolio.Generators.cutoffs;
import static org.kamscore.portfolio.Generators.exactCases;
import static org.kamscore.portfolio.Generators.limitPairs;
import static org.kamscore.portfolio.Generators.measures;
import static org.kamscore.portfolio.Generators.portfolios;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.portfolio.ExactOracle.Fraction;

/**
 * ABC classes against {@link ExactOracle}: classes decided on exact rationals, reported shares
 * the exact quotients rounded to the nearest double, over portfolios that hit the cut-offs
 * exactly.
 */
final class AbcAnalysisProperties {
  private static final Fraction[] DEFAULTS = {new Fraction(80, 100), new Fraction(95, 100)};

  @Test
  void classes_matchAnExactOracle() {
    qt().forAll(exactCases(), limitPairs(true, DEFAULTS)).checkAssert((accounts, cutoffs) -> {
      Fraction a = cutoffs[0];
      Fraction b = cutoffs[1];
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id)
          .withCutoffs(a.asDouble(), b.asDouble());
      int[] counts = new int[AbcClass.values().length];
      for (Account account : accounts) {
        AbcClass expected = ExactOracle.abcClass(accounts, account, a, b);
        counts[expected.ordinal()]++;
        assertThat(abc.classOf(account.id()))
            .as("%s of %s with cut-offs %s/%s", account.id(), accounts, a, b)
            .isEqualTo(expected);
      }
      for (AbcClass c : AbcClass.values()) {
        assertThat(abc.count(c)).as("count of %s", c).isEqualTo(counts[c.ordinal()]);
      }
    });
  }

  @Test
  void entries_areInTheOraclesOrder_withTheExactSharesRoundedToNearest() {
    qt().forAll(exactCases()).checkAssert(accounts -> {
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id);
      List<Account> order = ExactOracle.inOrder(accounts);
      BigInteger total = ExactOracle.sum(accounts);
      BigInteger cumulative = BigInteger.ZERO;
      for (int p = 0; p < order.size(); p++) {
        Account account = order.get(p);
        AbcEntry<Account> entry = abc.entries().get(p);
        BigInteger measure = ExactOracle.units(account.revenue());
        cumulative = cumulative.add(measure);
        assertThat(entry.position()).isEqualTo(p + 1);
        assertThat(entry.key()).isEqualTo(account.id());
        assertThat(entry.customer()).isSameAs(account);
        assertThat(entry.measure()).isEqualTo(account.revenue() + 0.0);
        assertThat(entry.share()).as("share of %s in %s", account.id(), accounts)
            .isEqualTo(ExactOracle.nearest(measure, total));
        assertThat(entry.cumulativeShare()).as("cumulative share of %s", account.id())
            .isEqualTo(ExactOracle.nearest(cumulative, total));
      }
      assertThat(abc.total()).isEqualTo(ExactOracle.nearest(total, ExactOracle.ONE));
    });
  }

  @Test
  void classMeasuresAndShares_areTheExactSumsRoundedToNearest() {
    qt().forAll(exactCases(), limitPairs(true, DEFAULTS)).checkAssert((accounts, cutoffs) -> {
      AbcAnalysis<Account> abc = AbcAnalysis.of(accounts, Account::revenue, Account::id)
          .withCutoffs(cutoffs[0].asDouble(), cutoffs[1].asDouble());
      BigInteger total = ExactOracle.sum(accounts);
      for (AbcClass c : AbcClass.values()) {
        BigInteger sum = BigInteger.ZERO;
        for (Account account : accounts) {
          if (ExactOracle.abcClass(accounts, account, cutoffs[0], cutoffs[1]) == c) {
            sum = sum.add(ExactOracle.units(account.revenue()));
          }
        }
        assertThat(abc.measure(c)).as("measure of %s", c)
            .isEqualTo(ExactOracle.nearest(sum, ExactOracle.ONE));
        assertThat(abc.share(c)).as("share of %s", c).isEqualTo(ExactOracle.nearest(sum, total));
      }
    });
  }

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
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(exactCases(), seeds()).checkAssert((accounts, seed) -> {
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
