package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One model shared by eight threads gives the same bits as one thread. The threads start
 * together and take interleaved customers, so any shared mutable state in the model — a
 * scratch buffer, a cached last result — would mix customers up and fail the comparison.
 */
final class ConcurrencyTest {
  private static final int CUSTOMERS = 1_000_000;
  private static final int THREADS = 8;

  private static final ScoringModel<Account> MODEL = Fixtures.withKnockOutsBuilder()
      .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 2)
      .criterion("years", Account::years, Scale.steps(0).atLeast(2, 0.5).atLeast(5, 1), 1)
      .criterion("reference", Account::reference, Scale.yesNo(), 1)
      .build();

  private static Account customer(int i) {
    return new Account("C-" + i, i % 113, (i * 7) % 43, (i * 3) % 23,
        Account.Grade.values()[i % 3], (i % 11) * 0.7, i % 5 != 0);
  }

  /** Score bits, tier, knock-outs and every contribution's points, mixed into one long. */
  private static long digest(Evaluation e) {
    long h = Double.doubleToRawLongBits(e.score()) * 31 + e.tier().rank();
    h = h * 31 + e.failedKnockOuts().hashCode();
    for (Contribution c : e.contributions()) {
      h = h * 1_000_003 + Double.doubleToRawLongBits(c.points());
      h = h * 1_000_003 + Double.doubleToRawLongBits(c.utility());
    }
    return h;
  }

  @Test
  void eightThreads_sharingOneModel_matchOneThread_bitForBit() throws Exception {
    long[] alone = new long[CUSTOMERS];
    double[] aloneScores = new double[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      Account a = customer(i);
      alone[i] = digest(MODEL.evaluate(a));
      aloneScores[i] = MODEL.score(a);
    }

    long[] shared = new long[CUSTOMERS];
    double[] sharedScores = new double[CUSTOMERS];
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = first; i < CUSTOMERS; i += THREADS) {
            Account a = customer(i);
            shared[i] = digest(MODEL.evaluate(a));
            sharedScores[i] = MODEL.score(a);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(shared).isEqualTo(alone);
    for (int i = 0; i < CUSTOMERS; i++) {
      assertThat(Double.doubleToRawLongBits(sharedScores[i]))
          .isEqualTo(Double.doubleToRawLongBits(aloneScores[i]));
    }
  }
}
