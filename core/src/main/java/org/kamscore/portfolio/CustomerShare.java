package org.kamscore.portfolio;

import java.util.Objects;

/**
 * One customer's share of the total measure in a {@link Concentration}, with its place in the
 * analysis order (measure descending, equal measures by key ascending).
 *
 * <p>Shares are made by {@link Concentration} only. Two shares are equal if every accessor
 * returns an equal value. {@link #toString()} names the declared key, never the customer.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class CustomerShare<T> {
  private final int position;
  private final String key;
  private final T customer;
  private final double measure;
  private final double share;

  /**
   * Makes a share and checks that it is one: position at least 1, key and customer not
   * {@code null}, a finite measure that is not negative, and a share in {@code [0, 1]}.
   */
  CustomerShare(int position, String key, T customer, double measure, double share) {
    this.key = Objects.requireNonNull(key, "key");
    this.customer = Objects.requireNonNull(customer, "customer");
    if (position < 1) {
      throw new IllegalArgumentException(Checks.format(
          "position of customer share '%s' must be at least 1 but was: %d", key, position));
    }
    if (!(measure >= 0.0 && measure < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(Checks.format(
          "measure of customer share '%s' must be finite and not negative but was: %s", key,
          measure));
    }
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException(Checks.format(
          "share of customer share '%s' must be in [0, 1] but was: %s", key, share));
    }
    this.position = position;
    this.measure = measure;
    this.share = share;
  }

  /**
   * Returns the place in the analysis order.
   *
   * @return 1 for the largest measure
   */
  public int position() {
    return position;
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
   * @return the customer as given to {@link Concentration#of}
   */
  public T customer() {
    return customer;
  }

  /**
   * Returns the customer's measure.
   *
   * @return the measure, finite and not negative ({@code -0.0} reads as {@code 0.0})
   */
  public double measure() {
    return measure;
  }

  /**
   * Returns the customer's share of the total.
   *
   * @return the exact quotient of the measure by the total, rounded to the nearest double, in
   *     {@code [0, 1]}
   */
  public double share() {
    return share;
  }

  /**
   * Tells whether another object is a share with equal position, key, customer, measure and
   * share.
   *
   * @param other another object
   * @return {@code true} if it is an equal share
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CustomerShare<?> that
        && position == that.position
        && key.equals(that.key)
        && customer.equals(that.customer)
        && Double.compare(measure, that.measure) == 0
        && Double.compare(share, that.share) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(position, key, customer, measure, share);
  }

  /**
   * Returns the share such as {@code CustomerShare[position=1, key=C-1, measure=75.0,
   * share=0.75]}: the key names the customer, whose own {@code toString()} is never printed.
   *
   * @return the share as text
   */
  @Override
  public String toString() {
    return Checks.format("CustomerShare[position=%d, key=%s, measure=%s, share=%s]", position,
        key, measure, share);
  }
}
