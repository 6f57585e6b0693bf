package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import org.kamscore.Tier;

/**
 * A customer whose tier changes when a criterion's weight reaches a value, found by
 * {@link WeightSensitivity}: its key, the weight, and its tier before and after.
 *
 * @param key the customer's declared key
 * @param weight the weight at which the score crosses the tier threshold, positive and finite
 * @param from the tier awarded now
 * @param to the tier awarded beyond the crossing
 * @since 0.1.0
 */
public record TierCrossing(String key, double weight, Tier from, Tier to) {

  /**
   * Checks the crossing.
   *
   * @param key the customer's declared key
   * @param weight the weight at which the tier changes
   * @param from the tier awarded now
   * @param to the tier awarded beyond the crossing
   * @throws NullPointerException if {@code key}, {@code from} or {@code to} is {@code null}
   * @throws IllegalArgumentException if {@code weight} is not positive and finite, or the
   *     tiers are equal
   */
  public TierCrossing {
    requireNonNull(key, "key");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Checks.requireArgument(weight > 0.0 && weight < Double.POSITIVE_INFINITY,
        "weight of the crossing of customer '%s' must be positive and finite but was: %s",
        key, weight);
    Checks.requireArgument(!from.equals(to),
        "tiers of the crossing of customer '%s' must differ but both were: %s", key, from);
  }

  /**
   * Returns a summary such as {@code C-07: B -> A at 42.5}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return key + ": " + from.label() + " -> " + to.label() + " at " + weight;
  }
}
