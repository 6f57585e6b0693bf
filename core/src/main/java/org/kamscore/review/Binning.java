package org.kamscore.review;

import java.util.Arrays;

/**
 * Cut points that split a scale {@code [0, top]} into bins: {@code [0, c1), [c1, c2), ...,
 * [ck, top]}; a value equal to a cut point falls in the bin above it. Immutable.
 */
final class Binning {
  private final double[] cuts;
  private final double top;

  Binning(double[] cuts, double top) {
    this.cuts = cuts.clone();
    this.top = top;
  }

  /**
   * The deciles of a reference: for {@code k = 1..9} the value at 0-based index
   * {@code floor(k * n / 10)} of the sorted values, which has at most that many values below
   * it; cuts at 0 or equal to the cut before are dropped.
   */
  static Binning deciles(double[] values, double top) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] cuts = new double[9];
    int count = 0;
    for (int k = 1; k <= 9; k++) {
      int index = (int) ((long) k * sorted.length / 10);
      double cut = sorted[index];
      if (cut > 0.0 && (count == 0 || cut > cuts[count - 1])) {
        cuts[count++] = cut;
      }
    }
    return new Binning(Arrays.copyOf(cuts, count), top);
  }

  int size() {
    return cuts.length + 1;
  }

  /** The bin of a value: how many cut points it reaches. */
  int of(double value) {
    int low = 0;
    int high = cuts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (value >= cuts[mid]) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  double[] cuts() {
    return cuts.clone();
  }

  /** A bin's label, such as {@code [20, 40)}, or {@code [80, 100]} for the top bin. */
  String label(int bin) {
    String lower = Numbers.number(bin == 0 ? 0.0 : cuts[bin - 1]);
    return bin == cuts.length
        ? "[" + lower + ", " + Numbers.number(top) + "]"
        : "[" + lower + ", " + Numbers.number(cuts[bin]) + ")";
  }
}
