package org.kamscore;

import java.util.Objects;

/**
 * One tier of a {@link Tiers} ladder: a label, the minimum score it takes (inclusive), and its
 * rank, 0 being the top tier. Made by {@link Tiers}; immutable.
 *
 * @since 0.1.0
 */
public final class Tier {
  private final String label;
  private final double minimumScore;
  private final int rank;

  Tier(String label, double minimumScore, int rank) {
    this.label = Checks.requireName(label, "tier label");
    Checks.requireArgument(minimumScore >= 0.0 && minimumScore <= 100.0,
        "minimum score of tier '%s' must be in [0, 100] but was: %s", label, minimumScore);
    Checks.requireArgument(rank >= 0, "rank of tier '%s' must not be negative but was: %s",
        label, rank);
    this.minimumScore = minimumScore + 0.0; // no -0.0 threshold
    this.rank = rank;
  }

  /**
   * Returns the label.
   *
   * @return the label, such as {@code "A"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the least score in the tier, inclusive.
   *
   * @return the minimum score in {@code [0, 100]}; 0 for the lowest tier
   */
  public double minimumScore() {
    return minimumScore;
  }

  /**
   * Returns the position from the top of the ladder.
   *
   * @return the rank, 0 for the best tier
   */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether this tier is better than another one of the same ladder.
   *
   * @param other a tier of the same ladder
   * @return {@code true} if this tier ranks above {@code other}
   * @throws NullPointerException if {@code other} is {@code null}
   */
  public boolean isAbove(Tier other) {
    return rank < other.rank;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Tier)) {
      return false;
    }
    Tier t = (Tier) o;
    return label.equals(t.label) && rank == t.rank
        && Double.doubleToLongBits(minimumScore) == Double.doubleToLongBits(t.minimumScore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, minimumScore, rank);
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
