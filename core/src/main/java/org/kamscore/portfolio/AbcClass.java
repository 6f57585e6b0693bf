package org.kamscore.portfolio;

/**
 * The class of a customer in an {@link AbcAnalysis}, best first: A customers carry the bulk of
 * the measure, C customers the tail.
 *
 * @since 0.1.0
 */
public enum AbcClass {
  /** The customers that carry the measure up to the A cut-off (80 % by default). */
  A,
  /** The customers that carry the measure from the A cut-off up to the B cut-off (95 %). */
  B,
  /** The rest: the customers after the B cut-off, and every customer of a zero total. */
  C;

  /**
   * Tells whether this class is better than another.
   *
   * @param other another class
   * @return {@code true} if this class ranks above {@code other}, as A above B above C
   */
  public boolean isAbove(AbcClass other) {
    return compareTo(other) < 0;
  }
}
