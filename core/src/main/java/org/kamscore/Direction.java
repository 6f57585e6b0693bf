package org.kamscore;

/**
 * Which way a scale rewards its raw value.
 *
 * <p>Every scale of this library declares a direction and is monotone in it: on a
 * {@link #HIGHER_IS_BETTER} scale a larger raw value never has a lower utility, on a
 * {@link #LOWER_IS_BETTER} scale a smaller raw value never has a lower utility. A constant
 * scale counts as higher is better.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** A larger raw value never has a lower utility, as for revenue or contribution margin. */
  HIGHER_IS_BETTER,
  /** A smaller raw value never has a lower utility, as for the discount a customer demands. */
  LOWER_IS_BETTER;

  /**
   * Tells whether {@code candidate} is at least as good a raw value as {@code reference} in
   * this direction.
   *
   * @param candidate the raw value to judge
   * @param reference the raw value to compare with
   * @return {@code true} if {@code candidate} is no worse than {@code reference}
   */
  public boolean isAtLeastAsGood(double candidate, double reference) {
    return this == HIGHER_IS_BETTER ? candidate >= reference : candidate <= reference;
  }
}
