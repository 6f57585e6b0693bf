package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import org.kamscore.Contribution;

/**
 * What one criterion contributed to a recorded decision, as {@link Contribution} says it: the
 * raw value scored, its utility, weight share, points and maximum.
 *
 * @param criterion the criterion's name
 * @param value the raw value scored: the customer's, or the substitute of a missing one; for an
 *     ordinal criterion the level's position; {@code NaN} if missing without a substitute
 * @param displayValue the value as text: a number, a level's name, or {@code "missing"}
 * @param missing whether the customer's value was missing
 * @param utility the utility, in {@code [0, 1]}
 * @param weightShare the criterion's share of all weights, in {@code [0, 1]}
 * @param points the points earned, in {@code [0, maximum]}
 * @param maximum the most points the criterion can earn, in {@code [0, 100]}
 * @since 0.1.0
 */
public record ContributionRecord(String criterion, double value, String displayValue,
    boolean missing, double utility, double weightShare, double points, double maximum) {

  /**
   * Checks the contribution.
   *
   * @param criterion the criterion's name
   * @param value the raw value scored: the customer's, or the substitute of a missing one; for an
   *     ordinal criterion the level's position; {@code NaN} if missing without a substitute
   * @param displayValue the value as text: a number, a level's name, or {@code "missing"}
   * @param missing whether the customer's value was missing
   * @param utility the utility, in {@code [0, 1]}
   * @param weightShare the criterion's share of all weights, in {@code [0, 1]}
   * @param points the points earned, in {@code [0, maximum]}
   * @param maximum the most points the criterion can earn, in {@code [0, 100]}
   * @throws IllegalArgumentException if {@code criterion} is blank, {@code value} is
   *     {@code NaN} though not missing or infinite, or a share, utility, maximum or points
   *     lies outside its range
   */
  public ContributionRecord {
    requireNonNull(criterion, "criterion");
    requireNonNull(displayValue, "displayValue");
    Checks.requireArgument(!criterion.isBlank(),
        "criterion must not be blank but was: '%s'", criterion);
    Checks.requireArgument(!Double.isInfinite(value) && (missing || !Double.isNaN(value)),
        "value of criterion '%s' must be a finite number, or NaN where missing, but was: %s",
        criterion, value);
    Checks.requireArgument(utility >= 0.0 && utility <= 1.0,
        "utility of criterion '%s' must be in [0, 1] but was: %s", criterion, utility);
    Checks.requireArgument(weightShare >= 0.0 && weightShare <= 1.0,
        "weight share of criterion '%s' must be in [0, 1] but was: %s", criterion, weightShare);
    Checks.requireArgument(maximum >= 0.0 && maximum <= 100.0,
        "maximum of criterion '%s' must be in [0, 100] but was: %s", criterion, maximum);
    Checks.requireArgument(points >= 0.0 && points <= maximum,
        "points of criterion '%s' must be in [0, %s] but were: %s", criterion, maximum, points);
  }

  /**
   * Returns the record of a contribution.
   *
   * @param contribution the contribution
   * @return the record, with the same bits in every number
   */
  public static ContributionRecord of(Contribution contribution) {
    requireNonNull(contribution, "contribution");
    return new ContributionRecord(contribution.criterion(), contribution.value(),
        contribution.displayValue(), contribution.missing(), contribution.utility(),
        contribution.weightShare(), contribution.points(), contribution.maximum());
  }

  /**
   * Returns the points lost against the maximum.
   *
   * @return {@code maximum - points}
   */
  public double pointsLost() {
    return maximum - points;
  }

  /**
   * Returns the raw value to replay: {@code NaN} where the customer's value was missing, so that
   * the model's missing-value policy applies again; else {@link #value()}.
   *
   * @return the raw value to replay
   */
  public double replayValue() {
    return missing ? Double.NaN : value;
  }
}
