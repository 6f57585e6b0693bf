package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Ten million customers pass through {@link ScoringModel#evaluateLazily} under a small heap.
 * Runs in its own Surefire execution with {@code -Xmx256m} (see core/pom.xml): a result list
 * of ten million evaluations would need gigabytes, so finishing proves the stream is lazy.
 */
final class StreamingMemoryTest {
  private static final long CUSTOMERS = 10_000_000L;

  @Test
  void tenMillionCustomers_passThrough_withMemoryThatDoesNotGrow() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test must run with -Xmx256m, in the small-heap execution")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
    ScoringModel<Account> model = Fixtures.standard();

    long[] tierCounts = new long[3];
    model.evaluateLazily(LongStream.range(0, CUSTOMERS)
            .mapToObj(i -> Account.of(i % 101, i % 41, i % 21)))
        .forEach(e -> tierCounts[e.tier().rank()]++);

    assertThat(tierCounts[0] + tierCounts[1] + tierCounts[2]).isEqualTo(CUSTOMERS);
    assertThat(tierCounts).doesNotContain(0L);
  }
}
