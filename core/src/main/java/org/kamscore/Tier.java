package org.kamscore;

/**
 * One tier of a {@link Tiers} ladder: a label, the minimum score it takes (inclusive), and its
 * rank, 0 being the top tier.
 *
 * @param label the label, such as {@code "A"}
 * @param minimumScore the least score in the tier; 0 for the lowest tier
 * @param rank the position from the top, 0 for the best tier
 * @since 0.1.0
 */
public record Tier(String label, double minimumScore, int rank) {

  /**
   * Tells whether this tier is better than another one of the same ladder.
   *
   * @param other a tier of the same ladder
   * @return {@code true} if this tier ranks above {@code other}
   */
  public boolean isAbove(Tier other) {
    return rank < other.rank;
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
