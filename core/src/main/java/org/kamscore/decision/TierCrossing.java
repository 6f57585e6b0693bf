package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import org.kamscore.Tier;

/**
 * A customer whose tier changes when a criterion's weight reaches a value, found by
 * {@link WeightSensitivity}: its key, the weight, and its tier before and after.
 *
 * @since 0.1.0
 */
public final class TierCrossing {
  private final String key;
  private final double weight;
  private final Tier from;
  private final Tier to;

  TierCrossing(String key, double weight, Tier from, Tier to) {
    requireNonNull(key, "key");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Checks.requireArgument(weight > 0.0 && weight < Double.POSITIVE_INFINITY,
        "weight of the crossing of customer '%s' must be positive and finite but was: %s",
        key, weight);
    Checks.requireArgument(!from.equals(to),
        "tiers of the crossing of customer '%s' must differ but both were: %s", key, from);
    this.key = key;
    this.weight = weight;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the customer's declared key.
   *
   * @return the customer's declared key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the weight at which the score crosses the tier threshold.
   *
   * @return the weight at which the score crosses the tier threshold
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the tier awarded now.
   *
   * @return the tier awarded now
   */
  public Tier from() {
    return from;
  }

  /**
   * Returns the tier awarded beyond the crossing.
   *
   * @return the tier awarded beyond the crossing
   */
  public Tier to() {
    return to;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TierCrossing)) {
      return false;
    }
    TierCrossing o = (TierCrossing) other;
    return key.equals(o.key)
        && Double.compare(weight, o.weight) == 0
        && from.equals(o.from)
        && to.equals(o.to);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(key, weight, from, to);
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
