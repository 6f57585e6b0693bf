package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.junit.jupiter.api.Test;

/** A batch runs on the caller's own pool when asked, with the same bits. */
final class ExecutionTest {

  @Test
  void parallelOnOwnPool_runsThere_andGivesTheSequentialBits() {
    Set<Object> pools = ConcurrentHashMap.newKeySet();
    ScoringModel<Account> model = Fixtures.empty()
        .criterion("revenue", a -> {
          ForkJoinPool pool = ForkJoinTask.getPool();
          pools.add(pool == null ? "not in a pool" : pool);
          return a.revenue();
        }, Scale.linear(0, 100), 2)
        .criterion("margin", Account::margin, Scale.logarithmic(1, 40), 1)
        .build();
    List<Account> customers = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      customers.add(Account.of(i % 101, 1 + i % 39, 0));
    }
    ForkJoinPool own = new ForkJoinPool(3);
    try {
      List<Evaluation> onOwnPool = model.evaluateAll(customers, Execution.parallel(own));
      assertThat(pools).containsExactly(own);

      pools.clear();
      List<Evaluation> sequential = model.evaluateAll(customers, Execution.SEQUENTIAL);
      assertThat(pools).containsExactly("not in a pool");
      for (int i = 0; i < customers.size(); i++) {
        assertThat(Double.doubleToRawLongBits(onOwnPool.get(i).score()))
            .isEqualTo(Double.doubleToRawLongBits(sequential.get(i).score()));
      }
    } finally {
      own.shutdown();
    }
  }

  @Test
  void pool_isTheCallersPool_theCommonPool_orNone() {
    ForkJoinPool own = new ForkJoinPool(1);
    try {
      assertThat(Execution.parallel(own).pool()).containsSame(own);
    } finally {
      own.shutdown();
    }
    assertThat(Execution.PARALLEL.pool()).containsSame(ForkJoinPool.commonPool());
    assertThat(Execution.SEQUENTIAL.pool()).isEmpty();
  }

  @Test
  void parallel_nullPool_isRejected() {
    assertThatThrownBy(() -> Execution.parallel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pool");
  }

  @Test
  void collectingErrors_withoutExecution_runsSequentially_andKeepsEveryCustomer() {
    List<Account> customers = new ArrayList<>();
    customers.add(Account.of(50, 20, 5));
    customers.add(null);
    customers.add(Account.of(Double.NaN, 20, 5));
    customers.add(Account.of(70, 20, 5));

    BatchResult result = Fixtures.standard().evaluateAllCollectingErrors(customers);

    assertThat(result.size()).isEqualTo(4);
    assertThat(result.evaluations()).hasSize(2);
    assertThat(result.errors()).extracting(err -> err.customerIndex().getAsInt()).containsExactly(1, 2);
  }

  @Test
  void toString_namesTheExecution() {
    assertThat(Execution.SEQUENTIAL).hasToString("SEQUENTIAL");
    assertThat(Execution.PARALLEL).hasToString("PARALLEL");
    assertThat(Execution.PARALLEL.isParallel()).isTrue();
    assertThat(Execution.SEQUENTIAL.isParallel()).isFalse();
  }
}
