package org.kamscore;

import java.util.Objects;

/**
 * What one criterion contributed to a customer's score: raw value, utility, weight share,
 * points, and points lost against the criterion's maximum. Made by an {@link Evaluation}.
 *
 * <p>{@code points = utility * weightShare * 100} (computed as {@code utility * maximum}),
 * {@code pointsLost = maximum - points}, and the points of all criteria add up to the score.
 * Instances are immutable; two are equal when every field is, doubles compared bit for bit.
 *
 * @since 0.1.0
 */
public final class Contribution {
  private final String criterion;
  private final double value;
  private final String displayValue;
  private final boolean missing;
  private final double utility;
  private final double weightShare;
  private final double points;
  private final double maximum;

  Contribution(String criterion, double value, String displayValue, boolean missing,
      double utility, double weightShare, double points, double maximum) {
    this.criterion = Objects.requireNonNull(criterion, "criterion");
    this.displayValue = Objects.requireNonNull(displayValue, "displayValue");
    Checks.requireArgument(utility >= 0.0 && utility <= 1.0,
        "utility of criterion '%s' must be in [0, 1] but was: %s", criterion, utility);
    Checks.requireArgument(weightShare >= 0.0 && weightShare <= 1.0,
        "weight share of criterion '%s' must be in [0, 1] but was: %s", criterion, weightShare);
    Checks.requireArgument(maximum >= 0.0 && maximum <= 100.0,
        "maximum of criterion '%s' must be in [0, 100] but was: %s", criterion, maximum);
    Checks.requireArgument(points >= 0.0 && points <= maximum,
        "points of criterion '%s' must be in [0, %s] but were: %s", criterion, maximum, points);
    this.value = value;
    this.missing = missing;
    this.utility = utility;
    this.weightShare = weightShare;
    this.points = points;
    this.maximum = maximum;
  }

  /**
   * Returns the criterion's name.
   *
   * @return the name
   */
  public String criterion() {
    return criterion;
  }

  /**
   * Returns the raw value scored: the customer's value, or the substitute if the value was
   * missing; for an ordinal criterion the level's position, 0 for the first level; {@code NaN}
   * if the value was missing and the policy substituted none.
   *
   * @return the raw value
   */
  public double value() {
    return value;
  }

  /**
   * Returns the value as text: a number, or the level's name for an ordinal criterion, or
   * {@code "missing"}.
   *
   * @return the value as text
   */
  public String displayValue() {
    return displayValue;
  }

  /**
   * Tells whether the customer's value was missing and the criterion's {@link MissingValue}
   * policy supplied the utility.
   *
   * @return whether the value was missing
   */
  public boolean missing() {
    return missing;
  }

  /**
   * Returns the utility.
   *
   * @return the utility in {@code [0, 1]}
   */
  public double utility() {
    return utility;
  }

  /**
   * Returns the criterion's share of all weights.
   *
   * @return the share in {@code [0, 1]}
   */
  public double weightShare() {
    return weightShare;
  }

  /**
   * Returns the points earned.
   *
   * @return the points in {@code [0, maximum()]}
   */
  public double points() {
    return points;
  }

  /**
   * Returns the most points the criterion can earn, {@code weightShare * 100}.
   *
   * @return the maximum in {@code [0, 100]}
   */
  public double maximum() {
    return maximum;
  }

  /**
   * Returns the points lost against the criterion's maximum.
   *
   * @return {@code maximum - points}, never negative
   */
  public double pointsLost() {
    return maximum - points;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Contribution)) {
      return false;
    }
    Contribution c = (Contribution) o;
    return criterion.equals(c.criterion) && same(value, c.value)
        && displayValue.equals(c.displayValue) && missing == c.missing
        && same(utility, c.utility) && same(weightShare, c.weightShare)
        && same(points, c.points) && same(maximum, c.maximum);
  }

  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, value, displayValue, missing, utility, weightShare, points,
        maximum);
  }

  /**
   * Returns a summary such as {@code Contribution[revenue-share = 0.18: 0.6 x 30.0 = 18.0]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Contribution[" + criterion + " = " + displayValue + (missing ? " (missing)" : "")
        + ": " + utility + " x " + maximum + " = " + points + "]";
  }
}
