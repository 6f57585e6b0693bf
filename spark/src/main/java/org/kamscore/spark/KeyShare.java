package org.kamscore.spark;

import java.util.Objects;

/**
 * One customer's share of the total measure, found by {@link SparkConcentration}: its place in
 * the analysis order (measure descending, equal measures by key ascending), its key, its
 * measure and its share, as {@link org.kamscore.portfolio.CustomerShare} has them in one JVM.
 *
 * <p>Shares are made by {@link SparkConcentration} only. Two shares are equal if every
 * accessor returns an equal value.
 *
 * @since 0.1.0
 */
public final class KeyShare {
  private final long position;
  private final String key;
  private final double measure;
  private final double share;

  /**
   * Makes a share and checks that it is one: position at least 1, a key, a finite measure that
   * is not negative, and a share in {@code [0, 1]}.
   */
  KeyShare(long position, String key, double measure, double share) {
    this.key = Objects.requireNonNull(key, "key");
    Checks.requireArgument(position >= 1,
        "position of share '%s' must be at least 1 but was: %d", key, position);
    Checks.requireArgument(measure >= 0.0 && measure < Double.POSITIVE_INFINITY,
        "measure of share '%s' must be finite and not negative but was: %s", key, measure);
    Checks.requireArgument(share >= 0.0 && share <= 1.0,
        "share of share '%s' must be in [0, 1] but was: %s", key, share);
    this.position = position;
    this.measure = measure;
    this.share = share;
  }

  /**
   * Returns the place in the analysis order.
   *
   * @return 1 for the largest measure
   */
  public long position() {
    return position;
  }

  /**
   * Returns the customer's key.
   *
   * @return the key, such as the CRM id
   */
  public String key() {
    return key;
  }

  /**
   * Returns the customer's measure.
   *
   * @return the measure, finite and not negative ({@code -0.0} reads as {@code 0.0})
   */
  public double measure() {
    return measure;
  }

  /**
   * Returns the customer's share of the total.
   *
   * @return the exact quotient of the measure by the total, rounded to the nearest double
   */
  public double share() {
    return share;
  }

  /**
   * Tells whether another object is a share with equal position, key, measure and share.
   *
   * @param other another object
   * @return {@code true} if it is an equal share
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof KeyShare that
        && position == that.position
        && key.equals(that.key)
        && Double.compare(measure, that.measure) == 0
        && Double.compare(share, that.share) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(position, key, measure, share);
  }

  /**
   * Returns the share such as {@code KeyShare[position=1, key=C-1, measure=75.0, share=0.75]}.
   *
   * @return the share as text
   */
  @Override
  public String toString() {
    return Checks.format("KeyShare[position=%d, key=%s, measure=%s, share=%s]", position, key,
        measure, share);
  }
}
