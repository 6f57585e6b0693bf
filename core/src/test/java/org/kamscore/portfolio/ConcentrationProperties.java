package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.portfolio.Generators.exactCases;
import static org.kamscore.portfolio.Generators.limitPairs;
import static org.kamscore.portfolio.Generators.limits;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.portfolio.ExactOracle.Fraction;
import org.quicktheories.core.Gen;

/**
 * Concentration against {@link ExactOracle}: dependencies and the verdict decided on exact
 * rationals, reported shares and HHI the exact values rounded to the nearest double, over
 * portfolios whose shares and HHI often equal a limit exactly.
 */
final class ConcentrationProperties {
  private static final Fraction[] DEFAULTS = {new Fraction(10, 100), new Fraction(25, 100)};

  /** Portfolios with a positive total, as a concentration needs. */
  private static Gen<List<Account>> positiveTotals() {
    return exactCases().assuming(accounts -> ExactOracle.sum(accounts).signum() > 0);
  }

  @Test
  void dependencies_matchAnExactOracle() {
    Gen<Fraction> thresholds = limits().mix(arbitrary().constant(DEFAULTS[0]), 30);
    qt().forAll(positiveTotals(), thresholds).checkAssert((accounts, threshold) -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id)
          .withDependencyThreshold(threshold.asDouble());
      List<String> expected = new ArrayList<>();
      for (Account account : ExactOracle.inOrder(accounts)) {
        if (ExactOracle.isDependency(accounts, account, threshold)) {
          expected.add(account.id());
        }
      }
      assertThat(c.dependencies()).extracting(CustomerShare::key)
          .as("dependencies above %s in %s", threshold, accounts)
          .containsExactlyElementsOf(expected);
    });
  }

  @Test
  void level_matchesAnExactOracle() {
    qt().forAll(positiveTotals(), limitPairs(false, DEFAULTS)).checkAssert((accounts, levels) -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id)
          .withLevels(levels[0].asDouble(), levels[1].asDouble());
      assertThat(c.level()).as("level with limits %s/%s of %s", levels[0], levels[1], accounts)
          .isEqualTo(ExactOracle.level(accounts, levels[0], levels[1]));
    });
  }

  @Test
  void sharesTopSharesAndHhi_areTheExactValuesRoundedToNearest() {
    qt().forAll(positiveTotals()).checkAssert(accounts -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id);
      BigInteger total = ExactOracle.sum(accounts);
      for (Account account : accounts) {
        assertThat(c.shareOf(account.id())).as("share of %s in %s", account.id(), accounts)
            .isEqualTo(ExactOracle.nearest(ExactOracle.units(account.revenue()), total));
      }
      for (int n = 1; n <= accounts.size() + 1; n++) {
        assertThat(c.topShare(n)).as("top-%d share of %s", n, accounts)
            .isEqualTo(ExactOracle.nearest(ExactOracle.sumOfLargest(accounts, n), total));
      }
      assertThat(c.topShare()).isEqualTo(ExactOracle.nearest(
          ExactOracle.sumOfLargest(accounts, 1), total));
      assertThat(c.hhi()).as("HHI of %s", accounts).isEqualTo(
          ExactOracle.nearest(ExactOracle.sumOfSquares(accounts), total.pow(2)));
    });
  }

  @Test
  void hhi_liesBetweenOneOverNAndOne() {
    qt().forAll(positiveTotals()).checkAssert(accounts -> {
      double hhi = Concentration.of(accounts, Account::revenue, Account::id).hhi();
      // the exact HHI lies in [1/n, 1]; rounding to nearest keeps it there
      assertThat(hhi).isBetween(1.0 / accounts.size(), 1.0);
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(positiveTotals(), seeds()).checkAssert((accounts, seed) -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id);
      Concentration<Account> other =
          Concentration.of(shuffled(accounts, seed), Account::revenue, Account::id);
      assertThat(other.shares()).isEqualTo(c.shares());
      assertThat(other.hhi()).isEqualTo(c.hhi());
      assertThat(other.dependencies()).isEqualTo(c.dependencies());
    });
  }
}
