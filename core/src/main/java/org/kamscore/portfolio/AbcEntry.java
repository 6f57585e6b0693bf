package org.kamscore.portfolio;

import java.util.Objects;

/**
 * One customer's line in an {@link AbcAnalysis}: its place in the analysis order (measure
 * descending, equal measures by key ascending), its measure, its share of the total, the
 * cumulative share up to and including it, and its class.
 *
 * <p>Entries are made by {@link AbcAnalysis} only. Two entries are equal if every accessor
 * returns an equal value. {@link #toString()} names the declared key, never the customer.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class AbcEntry<T> {
  private final int position;
  private final String key;
  private final T customer;
  private final double measure;
  private final double share;
  private final double cumulativeShare;
  private final AbcClass abcClass;

  /**
   * Makes an entry and checks that it is one: position at least 1, key, customer and class
   * not {@code null}, a finite measure that is not negative, and
   * {@code 0 <= share <= cumulativeShare <= 1}.
   */
  AbcEntry(int position, String key, T customer, double measure, double share,
      double cumulativeShare, AbcClass abcClass) {
    this.key = Objects.requireNonNull(key, "key");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.abcClass = Objects.requireNonNull(abcClass, "abcClass");
    if (position < 1) {
      throw new IllegalArgumentException(Checks.format(
          "position of ABC entry '%s' must be at least 1 but was: %d", key, position));
    }
    if (!(measure >= 0.0 && measure < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(Checks.format(
          "measure of ABC entry '%s' must be finite and not negative but was: %s", key,
          measure));
    }
    if (!(share >= 0.0 && share <= cumulativeShare && cumulativeShare <= 1.0)) {
      throw new IllegalArgumentException(Checks.format("shares of ABC entry '%s' must satisfy "
          + "0 <= share <= cumulativeShare <= 1 but were: share = %s, cumulativeShare = %s",
          key, share, cumulativeShare));
    }
    this.position = position;
    this.measure = measure;
    this.share = share;
    this.cumulativeShare = cumulativeShare;
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
   * @return the customer as given to {@link AbcAnalysis#of}
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
   * @return the exact quotient of the measure by the total, rounded to the nearest double;
   *     0 if the total is 0
   */
  public double share() {
    return share;
  }

  /**
   * Returns the share of the customers up to and including this one.
   *
   * @return the exact quotient of the sum of the measures of positions 1 to
   *     {@link #position()} by the total, rounded to the nearest double; 0 if the total is 0
   */
  public double cumulativeShare() {
    return cumulativeShare;
  }

  /**
   * Returns the customer's class.
   *
   * @return the class, decided on exact values as {@link AbcAnalysis} describes
   */
  public AbcClass abcClass() {
    return abcClass;
  }

  /**
   * Tells whether another object is an entry with equal position, key, customer, measure,
   * shares and class.
   *
   * @param other another object
   * @return {@code true} if it is an equal entry
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AbcEntry<?> that
        && position == that.position
        && key.equals(that.key)
        && customer.equals(that.customer)
        && Double.compare(measure, that.measure) == 0
        && Double.compare(share, that.share) == 0
        && Double.compare(cumulativeShare, that.cumulativeShare) == 0
        && abcClass == that.abcClass;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(position, key, customer, measure, share, cumulativeShare, abcClass);
  }

  /**
   * Returns the entry such as {@code AbcEntry[position=1, key=C-1, measure=60.0, share=0.6,
   * cumulativeShare=0.6, abcClass=A]}: the key names the customer, whose own
   * {@code toString()} is never printed.
   *
   * @return the entry as text
   */
  @Override
  public String toString() {
    return Checks.format(
        "AbcEntry[position=%d, key=%s, measure=%s, share=%s, cumulativeShare=%s, abcClass=%s]",
        position, key, measure, share, cumulativeShare, abcClass);
  }
}
