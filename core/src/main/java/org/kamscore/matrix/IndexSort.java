package org.kamscore.matrix;

import java.util.concurrent.RecursiveAction;

/**
 * A stable merge sort of {@code int} indexes by an order on what they index, so that a
 * million customers sort without boxing an {@code Integer} each. Equal elements keep their
 * order, as in {@link java.util.List#sort}. The parallel form sorts the halves of a long range
 * in parallel and gives the same result.
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

  /**
   * Returns a task that sorts {@code indexes[from, to)} stably by {@code order} as
   * {@link #sort} does, sorting the halves of ranges longer than {@code split} in parallel.
   *
   * @param scratch an array of the same length, equal to {@code indexes} on the range
   */
  static RecursiveAction parallel(
      int[] indexes, int[] scratch, int from, int to, Order order, int split) {
    return new Parallel(scratch, indexes, from, to, order, Math.max(split, INSERTION));
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
    merge(src, dest, low, mid, high, order);
  }

  /** Merges the sorted {@code src[low, mid)} and {@code src[mid, high)} into {@code dest}. */
  private static void merge(int[] src, int[] dest, int low, int mid, int high, Order order) {
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

  /** {@link #mergeSort} with the two halves of a long range sorted in parallel. */
  private static final class Parallel extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient int[] src;
    private final transient int[] dest;
    private final int low;
    private final int high;
    private final transient Order order;
    private final int split;

    Parallel(int[] src, int[] dest, int low, int high, Order order, int split) {
      this.src = src;
      this.dest = dest;
      this.low = low;
      this.high = high;
      this.order = order;
      this.split = split;
    }

    @Override
    protected void compute() {
      if (high - low <= split) {
        mergeSort(src, dest, low, high, order);
        return;
      }
      int mid = (low + high) >>> 1;
      invokeAll(new Parallel(dest, src, low, mid, order, split),
          new Parallel(dest, src, mid, high, order, split));
      merge(src, dest, low, mid, high, order);
    }
  }
}
