package org.kamscore.matrix;

/**
 * One band of a {@link Bands} axis: a label, its position from the lowest band, and the scores
 * it holds, from {@code lower} (inclusive) to {@code upper} (exclusive; inclusive for the top
 * band, whose upper bound is 100).
 *
 * @param label the label, such as {@code "high"}
 * @param index the position from the lowest band, 0 for the lowest
 * @param lower the least score in the band: 0 or a cut point
 * @param upper the next cut point, or 100 for the top band
 * @since 0.1.0
 */
public record Band(String label, int index, double lower, double upper) {

  /**
   * Tells whether a score lies in this band. A score equal to a cut point belongs to the band
   * above the cut.
   *
   * @param score a score in {@code [0, 100]}
   * @return {@code true} if {@code lower <= score < upper}, or {@code score == 100} for the top
   *     band
   */
  public boolean contains(double score) {
    return score >= lower && (score < upper || score == upper && upper == 100.0);
  }

  /**
   * Tells whether this band lies above another band of the same axis.
   *
   * @param other a band of the same {@link Bands}
   * @return {@code true} if this band holds higher scores than {@code other}
   */
  public boolean isAbove(Band other) {
    return index > other.index;
  }

  /**
   * Returns the label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
