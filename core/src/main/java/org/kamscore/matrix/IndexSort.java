package org.kamscore.matrix;

/**
 * A stable merge sort of {@code int} indexes by an order on what they index, so that a
 * million customers sort without boxing an {@code Integer} each. Equal elements keep their
 * order, as in {@link java.util.List#sort}.
 */
final class IndexSort {
  /** Ranges shorter than this are sorted by insertion. */
  private static final int INSERTION = 7;

  /** An order on indexes. */
  @FunctionalInterface
  interface Order {
    int compare(int a, int b);
  }

  private IndexSort() {}

  /**
   * Sorts {@code indexes[from, to)} stably by {@code order}.
   *
   * @param indexes the array to sort in place
   * @param scratch an array of the same length, equal to {@code indexes} on the range
   */
  static void sort(int[] indexes, int[] scratch, int from, int to, Order order) {
    mergeSort(scratch, indexes, from, to, order);
  }

  /** Sorts {@code src[low, high)} into {@code dest[low, high)}; both start equal there. */
  private static void mergeSort(int[] src, int[] dest, int low, int high, Order order) {
    if (high - low < INSERTION) {
      for (int i = low + 1; i < high; i++) {
        for (int j = i; j > low && order.compare(dest[j - 1], dest[j]) > 0; j--) {
          int swap = dest[j];
          dest[j] = dest[j - 1];
          dest[j - 1] = swap;
        }
      }
      return;
    }
    int mid = (low + high) >>> 1;
    mergeSort(dest, src, low, mid, order);
    mergeSort(dest, src, mid, high, order);
    if (order.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, low, dest, low, high - low);
      return;
    }
    for (int i = low, p = low, q = mid; i < high; i++) {
      if (q >= high || p < mid && order.compare(src[p], src[q]) <= 0) {
        dest[i] = src[p++];
      } else {
        dest[i] = src[q++];
      }
    }
  }
}
