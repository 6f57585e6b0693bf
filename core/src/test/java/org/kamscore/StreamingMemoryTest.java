package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Ten million customers pass through {@link ScoringModel#evaluateLazily} under a small heap.
 * Runs in its own Surefire execution with {@code -Xmx256m} (see core/pom.xml): a result list
 * of ten million evaluations would need gigabytes, so finishing proves the stream is lazy.
 *
 * <p>Every customer's score and tier is known from its index, so the test also counts every
 * evaluation that is wrong or out of order. Customer {@code i} of the standard model (revenue
 * 0..100 at 50 points, margin 0..40 at 25, discount 20..0 at 25, tiers A 75, B 50, C) has
 * {@code k = i % 65}, {@code j = i / 65 % 33}, {@code l = i / 2145 % 17} and revenue
 * {@code 100 k / 64}, margin {@code 40 j / 32}, discount {@code 20 - 20 l / 16}: utilities
 * {@code k / 64}, {@code j / 32}, {@code l / 16}, all exact in binary, so its score is exactly
 * {@code (50 k + 50 j + 100 l) / 64}, and its tier follows from that integer: A from
 * {@code 75 * 64 = 4800}, B from {@code 50 * 64 = 3200}. Many customers score exactly 75 or
 * 50.
 */
final class StreamingMemoryTest {
  private static final long CUSTOMERS = 10_000_000L;

  @Test
  void tenMillionCustomers_passThrough_inOrder_withKnownScoresAndTiers_inMemoryThatDoesNotGrow() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test must run with -Xmx256m, in the small-heap execution")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
    ScoringModel<Account> model = Fixtures.standard();

    Iterator<Evaluation> evaluations = model.evaluateLazily(
        LongStream.range(0, CUSTOMERS).mapToObj(i -> Grid.of(i).customer())).iterator();
    long seen = 0;
    long wrongScores = 0;
    long wrongTiers = 0;
    long atThreshold = 0;
    long firstWrong = -1;
    while (evaluations.hasNext()) {
      Evaluation e = evaluations.next();
      long sixtyFourths = Grid.of(seen).sixtyFourths();
      boolean wrongScore = e.score() != sixtyFourths / 64.0;
      boolean wrongTier = !e.tier().label().equals(tier(sixtyFourths));
      wrongScores += wrongScore ? 1 : 0;
      wrongTiers += wrongTier ? 1 : 0;
      if ((wrongScore || wrongTier) && firstWrong < 0) {
        firstWrong = seen;
      }
      atThreshold += sixtyFourths == 4800 || sixtyFourths == 3200 ? 1 : 0;
      seen++;
    }

    assertThat(seen).isEqualTo(CUSTOMERS);
    assertThat(wrongScores).as("wrong scores, the first at index %d", firstWrong).isZero();
    assertThat(wrongTiers).as("wrong tiers, the first at index %d", firstWrong).isZero();
    assertThat(atThreshold).as("customers scoring exactly 75 or 50").isPositive();
  }

  /** The grid position of customer {@code i}: see the class comment. */
  private record Grid(long k, long j, long l) {
    static Grid of(long i) {
      return new Grid(i % 65, i / 65 % 33, i / (65 * 33) % 17);
    }

    Account customer() {
      return Account.of(100.0 * k / 64, 40.0 * j / 32, 20.0 - 20.0 * l / 16);
    }

    /** The exact score times 64. */
    long sixtyFourths() {
      return 50 * k + 50 * j + 100 * l;
    }
  }

  private static String tier(long sixtyFourths) {
    return sixtyFourths >= 75 * 64 ? "A" : sixtyFourths >= 50 * 64 ? "B" : "C";
  }
}
