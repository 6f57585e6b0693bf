package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The index sort orders exactly as {@link List#sort} does: stably, ties in input order. */
final class IndexSortProperties implements WithQuickTheories {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);

  @Test
  void sort_anyKeysWithTies_equalsStableListSort() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 300),
            integers().between(0, 20))
        .checkAssert((keys, offset) -> {
          int n = keys.size();
          int[] indexes = new int[offset + n];
          List<Integer> expected = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            indexes[offset + i] = i;
            expected.add(i);
          }
          expected.sort(Comparator.comparing(keys::get));
          IndexSort.sort(indexes, indexes.clone(), offset, offset + n,
              (a, b) -> Integer.compare(keys.get(a), keys.get(b)));
          List<Integer> actual = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            actual.add(indexes[offset + i]);
          }
          assertThat(actual).isEqualTo(expected);
        });
  }
}
