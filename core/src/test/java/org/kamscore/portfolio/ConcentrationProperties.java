package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamscore.portfolio.Generators.portfolios;
import static org.kamscore.portfolio.Generators.positiveMeasures;
import static org.kamscore.portfolio.Generators.qt;
import static org.kamscore.portfolio.Generators.seeds;
import static org.kamscore.portfolio.Generators.shuffled;

import org.junit.jupiter.api.Test;

final class ConcentrationProperties {

  @Test
  void shares_sumToOne() {
    qt().forAll(portfolios(positiveMeasures())).checkAssert(accounts -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id);
      assertThat(c.shares().stream().mapToDouble(CustomerShare::share).sum())
          .isCloseTo(1.0, offset(1e-12));
      assertThat(c.topShare(accounts.size())).isEqualTo(1.0);
    });
  }

  @Test
  void hhi_liesBetweenOneOverNAndOne() {
    qt().forAll(portfolios(positiveMeasures())).checkAssert(accounts -> {
      double hhi = Concentration.of(accounts, Account::revenue, Account::id).hhi();
      assertThat(hhi).isBetween(1.0 / accounts.size() - 1e-12, 1.0 + 1e-12);
    });
  }

  @Test
  void topShares_growWithN_fromTheLargestShare() {
    qt().forAll(portfolios(positiveMeasures())).checkAssert(accounts -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id);
      assertThat(c.topShare()).isEqualTo(c.shares().get(0).share());
      for (int n = 2; n <= accounts.size(); n++) {
        assertThat(c.topShare(n)).isGreaterThanOrEqualTo(c.topShare(n - 1));
      }
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(portfolios(positiveMeasures()), seeds()).checkAssert((accounts, seed) -> {
      Concentration<Account> c = Concentration.of(accounts, Account::revenue, Account::id);
      Concentration<Account> other =
          Concentration.of(shuffled(accounts, seed), Account::revenue, Account::id);
      assertThat(other.shares()).isEqualTo(c.shares());
      assertThat(other.hhi()).isEqualTo(c.hhi());
      assertThat(other.dependencies()).isEqualTo(c.dependencies());
    });
  }
}
