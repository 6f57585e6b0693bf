package org.kamscore.review;

/** Numbers as people write them in explanations and bin labels. */
final class Numbers {
  private Numbers() {}

  /** Whole numbers without {@code .0}, others as {@link Double#toString}. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
