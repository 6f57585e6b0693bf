package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Execution;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;

/**
 * Ten million customers classified under a heap of 1 GB, and what a classification keeps per
 * customer. Runs in its own Surefire execution with {@code -Xmx1g} (see core/pom.xml): with an
 * evaluation kept per customer and axis, as before, ten million customers needed about 5 GB.
 */
final class ClassificationMemoryTest {
  private static final int TEN_MILLION = 10_000_000;
  /** The most a classification may keep per customer, beside the customer itself. */
  private static final long BYTES_PER_CUSTOMER = 64;

  /**
   * A small customer: its attractiveness and position are derived from its number, in
   * {@code 0..100}; one in ten fails the knock-out {@code minimum-volume}.
   *
   * @param number the customer's number
   */
  record Numbered(int number) {
    double attractiveness() {
      return number % 101;
    }

    double position() {
      return number / 101 % 101;
    }

    double volume() {
      return number % 10;
    }
  }

  private static PortfolioMatrix<Numbered> matrix() {
    ScoringModel<Numbered> attractiveness = ScoringModel.builder(Numbered.class)
        .id("attractiveness", "1")
        .criterion("attractiveness", Numbered::attractiveness, Scale.linear(0, 100), 1)
        .knockOutBelow("minimum-volume", Numbered::volume, 1)
        .build();
    ScoringModel<Numbered> position = ScoringModel.builder(Numbered.class)
        .id("position", "1")
        .criterion("position", Numbered::position, Scale.linear(0, 100), 1)
        .build();
    return MatrixPresets.keyAccount(attractiveness, position);
  }

  private static List<Numbered> customers(int count) {
    Numbered[] customers = new Numbered[count];
    for (int i = 0; i < count; i++) {
      customers[i] = new Numbered(i);
    }
    return Arrays.asList(customers);
  }

  @Test
  void tenMillionCustomers_classifiedInParallel_underOneGigabyte() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test must run with -Xmx1g, in the classification-memory execution")
        .isLessThanOrEqualTo(1024L * 1024 * 1024);
    List<Numbered> customers = customers(TEN_MILLION);

    Classification<Numbered> result = matrix().classifyAll(customers, Execution.PARALLEL);

    // the cells worked out from the customers' numbers, without the matrix
    long[] expected = new long[4]; // low/low, low/high, high/low, high/high
    long cappedExpected = 0;
    for (int i = 0; i < TEN_MILLION; i++) {
      boolean knockedOut = i % 10 < 1;
      boolean attractive = i % 101 >= 50 && !knockedOut;
      cappedExpected += i % 101 >= 50 && knockedOut ? 1 : 0;
      expected[(attractive ? 2 : 0) + (i / 101 % 101 >= 50 ? 1 : 0)]++;
    }
    assertThat(result.size()).isEqualTo(TEN_MILLION);
    assertThat(new long[] {result.count("low", "low"), result.count("low", "high"),
        result.count("high", "low"), result.count("high", "high")}).isEqualTo(expected);
    assertThat(result.toText()).contains(
        TEN_MILLION + " customers, " + cappedExpected + " capped by knock-outs");
    List<Numbered> keyAccounts = result.members("high", "high");
    for (int m = 1; m < keyAccounts.size(); m++) { // best first, ties in input order
      Numbered previous = keyAccounts.get(m - 1);
      Numbered next = keyAccounts.get(m);
      assertThat(previous.attractiveness() > next.attractiveness()
          || previous.attractiveness() == next.attractiveness()
              && (previous.position() > next.position()
                  || previous.position() == next.position() && previous.number() < next.number()))
          .as("member %d before member %d", m - 1, m).isTrue();
    }
  }

  /**
   * The heap a classification of a million customers keeps alive, after a full collection with
   * and without it: its customer list, scores, cells and member lists.
   */
  @Test
  void classification_keepsAtMost64BytesPerCustomer() {
    int n = 1_000_000;
    List<Numbered> customers = customers(n);
    PortfolioMatrix<Numbered> matrix = matrix();
    matrix.classifyAll(customers.subList(0, 10_000)); // loads and links the classes first
    long before = usedAfterCollection();

    Classification<Numbered> result = matrix.classifyAll(customers, Execution.PARALLEL);
    long after = usedAfterCollection();

    long perCustomer = (after - before) / n;
    Reference.reachabilityFence(result);
    assertThat(perCustomer).isBetween(1L, BYTES_PER_CUSTOMER);
  }

  private static long usedAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
