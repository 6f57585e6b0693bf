package org.kamscore.portfolio;

import java.util.Objects;
import org.kamscore.Tier;

/**
 * A customer whose tier label differs between the two models of a {@link TierMigration}, with
 * both tiers and both scores.
 *
 * <p>Changes are made by {@link TierMigration} only. Two changes are equal if every accessor
 * returns an equal value. {@link #toString()} names the declared key, never the customer.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class TierChange<T> {
  private final String key;
  private final T customer;
  private final Tier from;
  private final Tier to;
  private final double fromScore;
  private final double toScore;

  /**
   * Makes a change and checks that it is one: key, customer and tiers not {@code null}, tiers
   * with different labels, and both scores in {@code [0, 100]}.
   */
  TierChange(String key, T customer, Tier from, Tier to, double fromScore, double toScore) {
    this.key = Objects.requireNonNull(key, "key");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (from.label().equals(to.label())) {
      throw new IllegalArgumentException(Checks.format(
          "tiers of tier change '%s' must have different labels but were: '%s' and '%s'", key,
          from.label(), to.label()));
    }
    if (!(fromScore >= 0.0 && fromScore <= 100.0 && toScore >= 0.0 && toScore <= 100.0)) {
      throw new IllegalArgumentException(Checks.format(
          "scores of tier change '%s' must be in [0, 100] but were: %s and %s", key, fromScore,
          toScore));
    }
    this.fromScore = fromScore;
    this.toScore = toScore;
  }

  /**
   * Returns the customer's declared key.
   *
   * @return the key, such as the CRM id
   */
  public String key() {
    return key;
  }

  /**
   * Returns the customer.
   *
   * @return the customer as given to {@link TierMigration#of}
   */
  public T customer() {
    return customer;
  }

  /**
   * Returns the tier awarded by the first model.
   *
   * @return a tier of the first model
   */
  public Tier from() {
    return from;
  }

  /**
   * Returns the tier awarded by the second model.
   *
   * @return a tier of the second model, with another label than {@link #from()}
   */
  public Tier to() {
    return to;
  }

  /**
   * Returns the score under the first model.
   *
   * @return the score, in {@code [0, 100]}
   */
  public double fromScore() {
    return fromScore;
  }

  /**
   * Returns the score under the second model.
   *
   * @return the score, in {@code [0, 100]}
   */
  public double toScore() {
    return toScore;
  }

  /**
   * Tells whether another object is a change with equal key, customer, tiers and scores.
   *
   * @param other another object
   * @return {@code true} if it is an equal change
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TierChange<?> that
        && key.equals(that.key)
        && customer.equals(that.customer)
        && from.equals(that.from)
        && to.equals(that.to)
        && Double.compare(fromScore, that.fromScore) == 0
        && Double.compare(toScore, that.toScore) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(key, customer, from, to, fromScore, toScore);
  }

  /**
   * Returns the change such as {@code TierChange[key=C-1, from=B, to=A, fromScore=70.0,
   * toScore=70.0]}, with the tiers' labels: the key names the customer, whose own
   * {@code toString()} is never printed.
   *
   * @return the change as text
   */
  @Override
  public String toString() {
    return Checks.format("TierChange[key=%s, from=%s, to=%s, fromScore=%s, toScore=%s]", key,
        from.label(), to.label(), fromScore, toScore);
  }
}
