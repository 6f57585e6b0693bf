package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.matrix.Fixtures.ATTRACTIVENESS;
import static org.kamscore.matrix.Fixtures.PORTFOLIO;
import static org.kamscore.matrix.Fixtures.POSITION;
import static org.kamscore.matrix.Fixtures.keyAccountMatrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Execution;
import org.kamscore.matrix.Fixtures.Account;
import org.kamscore.matrix.Fixtures.Customer;

final class MatrixTextTest {

  @Test
  void classification_rendersTheGridWithCounts() {
    assertThat(keyAccountMatrix().classifyAll(PORTFOLIO).toText()).isEqualTo("""
        key-account-matrix 2026.1: 7 customers
        rows:    attractiveness 2026.1 (low < 50.0 <= high)
        columns: position 2026.1 (low < 50.0 <= high)

             | low         | high
        -----+-------------+----------------
        high | develop (2) | key account (1)
        low  | reduce (3)  | maintain (1)""");
  }

  @Test
  void matrix_rendersTheGridOfNames() {
    assertThat(keyAccountMatrix().toText()).isEqualTo("""
        key-account-matrix 2026.1
        rows:    attractiveness 2026.1 (low < 50.0 <= high)
        columns: position 2026.1 (low < 50.0 <= high)

             | low     | high
        -----+---------+------------
        high | develop | key account
        low  | reduce  | maintain""");
  }

  @Test
  void cappedCustomers_areCountedApart_andTheCapsListedUnderTheirAxis() {
    List<Account> accounts = List.of(
        new Account("big but small revenue", 90, 90, 100_000, 0.1),
        new Account("key account", 90, 90, 900_000, 0.1),
        new Account("develop but tiny", 90, 20, 20_000, 0.1),
        new Account("low anyway", 20, 20, 100_000, 0.1));

    assertThat(Fixtures.accountMatrix().classifyAll(accounts).toText()).isEqualTo("""
        key-account-matrix 1: 4 customers, 2 capped by knock-outs
        rows:    attractiveness 2026.1 (low < 50.0 <= high)
        columns: position 2026.1 (low < 50.0 <= high)

             | low                  | high
        -----+----------------------+-----------------------
        high | develop (0)          | key account (1)
        low  | reduce (2, 1 capped) | maintain (1, 1 capped)

        capped: a failed knock-out held the customer below the band of its score
          rows:    minimum-revenue -> low, maximum-discount -> low
          columns: minimum-volume -> low""");
    assertThat(Fixtures.accountMatrix().classifyAll(accounts.subList(0, 1)).toText())
        .startsWith("key-account-matrix 1: 1 customer, 1 capped by a knock-out\n");
    // no customer capped: no word about caps
    assertThat(Fixtures.accountMatrix().classifyAll(accounts.subList(1, 2)).toText())
        .isEqualTo("""
        key-account-matrix 1: 1 customer
        rows:    attractiveness 2026.1 (low < 50.0 <= high)
        columns: position 2026.1 (low < 50.0 <= high)

             | low         | high
        -----+-------------+----------------
        high | develop (0) | key account (1)
        low  | reduce (0)  | maintain (0)""");
    assertThat(Fixtures.accountMatrix().toText()).isEqualTo("""
        key-account-matrix 1
        rows:    attractiveness 2026.1 (low < 50.0 <= high)
                 knock-out caps: minimum-revenue -> low, maximum-discount -> low
        columns: position 2026.1 (low < 50.0 <= high)
                 knock-out caps: minimum-volume -> low

             | low     | high
        -----+---------+------------
        high | develop | key account
        low  | reduce  | maintain""");
  }

  @Test
  void unevenGrid_padsEveryColumnToItsWidestEntry() {
    PortfolioMatrix<Customer> matrix = PortfolioMatrix.builder(Customer.class)
        .id("m", "1")
        .rows(ATTRACTIVENESS, Bands.cutAt(50).labelled("attractiveness low", "high"))
        .columns(POSITION, Bands.cutAt(25, 75).labelled("weak", "average position", "x"))
        .cell("high", "weak", "a").cell("high", "average position", "b")
        .cell("high", "x", "c").cell("attractiveness low", "weak", "d")
        .cell("attractiveness low", "average position", "e")
        .cell("attractiveness low", "x", "f")
        .build();
    assertThat(matrix.classifyAll(List.of(new Customer("1", 60, 10)), Execution.PARALLEL)
        .toText()).isEqualTo("""
        m 1: 1 customer
        rows:    attractiveness 2026.1 (attractiveness low < 50.0 <= high)
        columns: position 2026.1 (weak < 25.0 <= average position < 75.0 <= x)

                           | weak  | average position | x
        -------------------+-------+------------------+------
        high               | a (1) | b (0)            | c (0)
        attractiveness low | d (0) | e (0)            | f (0)""");
  }
}
