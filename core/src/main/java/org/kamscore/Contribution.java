package org.kamscore;

/**
 * What one criterion contributed to a customer's score: raw value, utility, weight share,
 * points, and points lost against the criterion's maximum.
 *
 * <p>{@code points = utility * weightShare * 100} (computed as {@code utility * maximum}),
 * {@code pointsLost = maximum - points}, and the points of all criteria add up to the score.
 *
 * @param criterion the criterion's name
 * @param value the raw value scored: the customer's value, or the substitute if the value was
 *     missing; for an ordinal criterion the level's position, 0 for the first level
 * @param displayValue the value as text: a number, or the level's name for an ordinal
 *     criterion, or {@code "missing"}
 * @param missing whether the customer's value was missing and the criterion's
 *     {@link MissingValue} policy supplied the utility
 * @param utility the utility in {@code [0, 1]}
 * @param weightShare the criterion's share of all weights, in {@code [0, 1]}
 * @param points the points earned, in {@code [0, maximum]}
 * @param maximum the most points the criterion can earn, {@code weightShare * 100}
 * @since 0.1.0
 */
public record Contribution(
    String criterion,
    double value,
    String displayValue,
    boolean missing,
    double utility,
    double weightShare,
    double points,
    double maximum) {

  /**
   * Returns the points lost against the criterion's maximum.
   *
   * @return {@code maximum - points}, never negative
   */
  public double pointsLost() {
    return maximum - points;
  }
}
