package org.kamscore.matrix;

import java.util.Objects;

/**
 * One band of a {@link Bands} axis: a label, its position from the lowest band, and the scores
 * it holds, from {@link #lower()} (inclusive) to {@link #upper()} (exclusive; inclusive for the
 * top band, whose upper bound is 100). Bands are made by {@link Bands}; instances are immutable.
 *
 * @since 0.1.0
 */
public final class Band {
  private final String label;
  private final int index;
  private final double lower;
  private final double upper;

  Band(String label, int index, double lower, double upper) {
    this.label = label;
    this.index = index;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns the label.
   *
   * @return the label, such as {@code "high"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the position of this band from the lowest band of its axis.
   *
   * @return 0 for the lowest band, 1 for the next, and so on
   */
  public int index() {
    return index;
  }

  /**
   * Returns the least score in the band.
   *
   * @return 0 for the lowest band, otherwise the cut point below the band
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper bound of the band's scores.
   *
   * @return the cut point above the band, or 100 for the top band
   */
  public double upper() {
    return upper;
  }

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
   * @throws NullPointerException if {@code other} is {@code null}
   */
  public boolean isAbove(Band other) {
    return index > other.index;
  }

  /**
   * Tells whether another object is a band with the same label, position and bounds.
   *
   * @param o the object to compare with
   * @return {@code true} if {@code o} is an equal band
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Band)) {
      return false;
    }
    Band other = (Band) o;
    return label.equals(other.label) && index == other.index
        && Double.compare(lower, other.lower) == 0 && Double.compare(upper, other.upper) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(label, index, lower, upper);
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
