package org.kamscore.testkit;

/**
 * Sets one raw value on a copy of a customer, leaving everything else as it was: how
 * {@link PolicyProperties} varies a criterion. A record's "wither" fits:
 *
 * <pre>{@code
 * properties.vary("revenue", CrmCustomer::withRevenue, Values.logarithmic(1, 1e9))
 * properties.vary("cooperation",
 *     (customer, level) -> customer.withCooperation(Cooperation.values()[(int) level]),
 *     Values.integers(0, 2))
 * }</pre>
 *
 * <p>The value is the criterion's raw value as {@link org.kamscore.Contribution#value()}
 * reports it: the number itself, or for an ordinal criterion the position of its level, 0 for
 * the first declared level.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
@FunctionalInterface
public interface ValueSetter<T> {

  /**
   * Returns a customer equal to {@code customer} except for one raw value.
   *
   * @param customer the customer to copy; never modified
   * @param value the new raw value, drawn from the criterion's {@link Values}
   * @return the copy with the new value
   */
  T with(T customer, double value);
}
