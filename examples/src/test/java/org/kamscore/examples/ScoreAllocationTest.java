package org.kamscore.examples;

import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * {@code score()} promises to allocate nothing, and {@code evaluate()} an object and the array of
 * raw values its Javadoc sizes. This counts the bytes the calling thread allocates over many
 * calls; speed is measured in the JMH benchmarks, not here.
 */
final class ScoreAllocationTest {
  enum Rating { LOW, MEDIUM, HIGH }

  record Account(double revenue, double margin, int growth, Rating rating, boolean reference,
      double discount) {}

  private static final ScoringModel<Account> MODEL = ScoringModel.builder(Account.class)
      .id("allocation", "1")
      .criterion("revenue", Account::revenue, Scale.logarithmic(10_000, 10_000_000), 25)
      .criterion("margin", Account::margin, Scale.linear(0.0, 0.4), 20)
      .criterion("growth", Account::growth, Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), 15)
      .criterion("years", Account::margin, Scale.steps(0.0).atLeast(0.1, 0.5).atLeast(0.3, 1), 5)
      .criterion("rating", Account::rating, Scale.levels(Rating.class), 15)
      .criterion("reference", Account::reference, Scale.yesNo(), 5)
      .criterion("discount", Account::discount, Scale.linear(0.25, 0.0), 10)
          .ifMissing(MissingValue.worst())
      .build();

  private static final Account[] ACCOUNTS = {
    new Account(250_000, 0.21, 4, Rating.HIGH, true, 0.10),
    new Account(9_000, 0.02, 1, Rating.LOW, false, Double.NaN),
    new Account(Double.POSITIVE_INFINITY, 0.5, 5, Rating.MEDIUM, true, 0.3),
  };

  @Test
  void score_allocatesNothing() {
    long fewest = fewestBytesOf100000Calls(account -> MODEL.score(account));

    // one allocation per call would be at least 16 bytes a call, 1.6 MB in a round; the little
    // that may show up is the measurement's own, not score()'s
    assertThat(fewest).as("bytes allocated by 100,000 score() calls, fewest of 3 rounds")
        .isLessThan(1_024);
  }

  @Test
  void evaluate_allocatesAtMostTheSizeItsJavadocGives() {
    // Evaluation's Javadoc: 56 B plus 8 B per criterion, seven criteria here; a missing value
    // (the second account) allocates nothing more
    long perCall = 56 + 8 * 7;

    long fewest = fewestBytesOf100000Calls(account -> MODEL.evaluate(account).score());

    assertThat(fewest).as("bytes allocated by 100,000 evaluate() calls, fewest of 3 rounds")
        .isLessThan(perCall * 100_000 + 1_024);
  }

  /** The fewest bytes the calling thread allocates in three rounds of 100,000 calls. */
  private static long fewestBytesOf100000Calls(ToDoubleFunction<Account> call) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int i = 0; i < 50_000; i++) {
      sink += call.applyAsDouble(ACCOUNTS[i % ACCOUNTS.length]);
    }
    long threadId = Thread.currentThread().getId();
    // the fewest bytes of three rounds: an allocation per call shows in every round, while the
    // JVM's own work on this thread (a deoptimization, say) shows in one now and then
    long fewest = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long before = threads.getThreadAllocatedBytes(threadId);
      for (int i = 0; i < 100_000; i++) {
        sink += call.applyAsDouble(ACCOUNTS[i % ACCOUNTS.length]);
      }
      fewest = Math.min(fewest, threads.getThreadAllocatedBytes(threadId) - before);
    }
    assertThat(sink).isPositive();
    return fewest;
  }
}
