package org.kamscore.decision;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamscore.Contribution;
import org.kamscore.Direction;

/**
 * One criterion's answer to "which value would it take?": the criterion's current
 * contribution and the worst raw value that keeps the score at or above a threshold, the other
 * criteria as evaluated. {@link TierPath} asks it for the threshold of the next tier (the value
 * to raise to), {@link TierMargin} for the threshold of the current tier (the value the
 * criterion may fall to).
 *
 * <p>The value is exact: re-scoring the customer with it reaches the threshold, and a value
 * worse by more than rounding does not. For an ordinal criterion it is a level's position, as
 * in {@link Contribution#value()}; {@link #valueText()} names the level. Instances are
 * immutable.
 *
 * @since 0.1.0
 */
public final class CriterionChange {
  private final Contribution current;
  private final boolean actionable;
  private final Direction direction;
  private final double value;
  private final double utility;
  private final double needed;
  private final String valueText;

  CriterionChange(Contribution current, boolean actionable, Direction direction, double value,
      double utility, double needed, String valueText) {
    this.current = Objects.requireNonNull(current, "current");
    this.actionable = actionable;
    this.direction = Objects.requireNonNull(direction, "direction");
    this.value = value;
    this.utility = utility;
    this.needed = needed;
    this.valueText = valueText;
  }

  /** A criterion for which no value reaches the threshold. */
  static CriterionChange none(Contribution current, boolean actionable, Direction direction) {
    return new CriterionChange(current, actionable, direction, Double.NaN, Double.NaN,
        Double.NaN, null);
  }

  /** The least utility that reaches the threshold, at most {@link #utility()}; or NaN. */
  double needed() {
    return needed;
  }

  /**
   * Returns the criterion's name.
   *
   * @return the name
   */
  public String criterion() {
    return current.criterion();
  }

  /**
   * Tells whether the criterion is declared actionable, something an account manager can
   * change.
   *
   * @return {@code true} if it is
   * @see org.kamscore.ScoringModel.Builder#actionable()
   */
  public boolean actionable() {
    return actionable;
  }

  /**
   * Returns the direction in which the criterion's scale rewards its raw value.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns what the criterion contributes now: raw value, utility and points.
   *
   * @return the current contribution
   */
  public Contribution current() {
    return current;
  }

  /**
   * Tells whether a value of this criterion alone reaches the threshold.
   *
   * @return {@code true} if {@link #value()} is present
   */
  public boolean isPossible() {
    return valueText != null;
  }

  /**
   * Returns the worst raw value that reaches the threshold: for an ordinal criterion a
   * level's position.
   *
   * @return the value, or empty if no value of this criterion reaches the threshold
   */
  public OptionalDouble value() {
    return valueText == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the utility the value earns, at least the utility the threshold needs.
   *
   * @return the utility in {@code [0, 1]}, or empty if no value reaches the threshold
   */
  public OptionalDouble utility() {
    return valueText == null ? OptionalDouble.empty() : OptionalDouble.of(utility);
  }

  /**
   * Returns the value as text: a level's name; {@code "any value"} where every value reaches
   * the threshold (a missing value scored below the scale's worst); or the number to four
   * significant digits, rounded toward the better side, such as {@code 0.1875} for
   * 0.18742857…: a value as people would set it, which reaches the threshold up to rounding.
   * The exact value is {@link #value()}.
   *
   * @return the text, or empty if no value reaches the threshold
   */
  public Optional<String> valueText() {
    return Optional.ofNullable(valueText);
  }

  /**
   * Tells whether another object is a change of the same criterion, from the same
   * contribution, to the same value.
   *
   * @param o the object to compare with
   * @return {@code true} if equal, doubles compared bit for bit
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CriterionChange)) {
      return false;
    }
    CriterionChange c = (CriterionChange) o;
    return current.equals(c.current) && actionable == c.actionable && direction == c.direction
        && Double.doubleToLongBits(value) == Double.doubleToLongBits(c.value)
        && Double.doubleToLongBits(utility) == Double.doubleToLongBits(c.utility)
        && Double.doubleToLongBits(needed) == Double.doubleToLongBits(c.needed)
        && Objects.equals(valueText, c.valueText);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(current, actionable, direction, value, utility, needed, valueText);
  }

  /**
   * Returns a summary such as {@code CriterionChange[contract-years: 2 -> 4]} or
   * {@code CriterionChange[market-share: 0.1 -> none]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "CriterionChange[" + criterion() + ": " + current.displayValue() + " -> "
        + (valueText == null ? "none" : valueText) + "]";
  }
}
