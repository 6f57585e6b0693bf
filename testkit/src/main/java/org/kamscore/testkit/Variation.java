package org.kamscore.testkit;

import org.kamscore.Direction;

/**
 * How {@link PolicyProperties} varies one criterion or attribute of a customer.
 *
 * @param <T> the customer type
 */
final class Variation<T> {
  private final String name;
  private final Direction better;
  private final ValueSetter<T> setter;
  private final Values values;

  Variation(String name, Direction better, ValueSetter<T> setter, Values values) {
    this.name = name;
    this.better = better;
    this.setter = setter;
    this.values = values;
  }

  /** The criterion's name, or the attribute's. */
  String name() {
    return name;
  }

  /** Which way the value gets better. */
  Direction better() {
    return better;
  }

  Values values() {
    return values;
  }

  /**
   * The customer with the value set.
   *
   * @throws IllegalStateException if the setter returns {@code null}
   */
  T with(T customer, double value) {
    T changed = setter.with(customer, value);
    Checks.requireState(changed != null, "setter of '%s' must return a customer but returned:"
        + " null for value %s", name, Numbers.shortest(value));
    return changed;
  }

  /** Such as {@code revenue (higher is better)}. */
  @Override
  public String toString() {
    return name + " (" + Policy.words(better) + ")";
  }
}
