package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Score keys sort a range of customers exactly as {@link List#sort} orders their indexes by
 * row score descending, then column score descending ({@link Double#compare}, so -0.0 below
 * 0.0), ties in input order: by radix or the JDK's sort, sequentially or in parallel halves,
 * however many score bits the keys keep.
 */
final class ScoreKeysProperties implements WithQuickTheories {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private static ForkJoinPool pool;

  @BeforeAll
  static void startPool() {
    pool = new ForkJoinPool(2);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdown();
  }

  /** Scores with the edge values often, so that they tie and meet. */
  private Gen<Double> scores() {
    return integers().between(0, 9).zip(doubles().between(0, 100), (pick, any) -> switch (pick) {
      case 0 -> -0.0;
      case 1 -> 0.0;
      case 2 -> Double.MIN_VALUE;
      case 3 -> 100.0;
      case 4 -> Math.nextDown(100.0);
      case 5 -> 50.0;
      default -> any;
    });
  }

  @Test
  void sortedKeys_giveTheIndexesInScoreOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(scores().zip(scores(), (row, column) -> new double[] {row, column}))
                .ofSizeBetween(0, 200),
            integers().between(0, 3).map(k -> new int[] {0, 40, 58, 62}[k]),
            integers().between(0, 16),
            integers().between(1, 64))
        .checkAssert((pairs, indexBits, small, split) -> {
          int n = pairs.size();
          double[] rows = new double[n];
          double[] columns = new double[n];
          List<Integer> expected = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            rows[i] = pairs.get(i)[0];
            columns[i] = pairs.get(i)[1];
            expected.add(i);
          }
          expected.sort(Comparator.comparing((Integer i) -> rows[i], Comparator.reverseOrder())
              .thenComparing(i -> columns[i], Comparator.reverseOrder()));
          ScoreKeys keys = new ScoreKeys(rows, columns, indexBits, small);

          assertThat(sorted(keys, n, null, split)).containsExactlyElementsOf(expected);
          assertThat(sorted(keys, n, pool, split)).containsExactlyElementsOf(expected);
        });
  }

  /** The indexes of customers {@code 0 .. n-1} after sorting their keys. */
  private static List<Integer> sorted(ScoreKeys keys, int n, ForkJoinPool on, int split) {
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = keys.key(i);
    }
    long[] scratch = new long[n];
    int[] order = new int[n];
    if (on == null) {
      keys.sort(sorted, scratch, 0, n);
      keys.indexes(sorted, 0, n, order);
    } else {
      on.invoke(keys.parallelSort(sorted, scratch, 0, n, split));
      on.invoke(keys.parallelIndexes(sorted, 0, n, order, split));
    }
    List<Integer> indexes = new ArrayList<>();
    for (int index : order) {
      indexes.add(index);
    }
    return indexes;
  }
}
