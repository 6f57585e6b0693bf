package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A portfolio checked for null customers and unique keys, in input order. */
final class Keyed<T> {
  private final List<T> customers;
  private final List<String> keys;

  private Keyed(List<T> customers, List<String> keys) {
    this.customers = customers;
    this.keys = keys;
  }

  /**
   * Checks that no customer is null and every key is non-null and unique; the messages name
   * the customer's index, never the customer.
   */
  static <T> Keyed<T> of(Collection<? extends T> customers, Function<? super T, String> key) {
    requireNonNull(customers, "customers");
    requireNonNull(key, "key");
    List<T> list = new ArrayList<>(customers.size());
    List<String> keys = new ArrayList<>(customers.size());
    Map<String, Integer> indexes = new HashMap<>(); // looked up only, never iterated
    for (T customer : customers) {
      int index = list.size();
      Checks.requireNonNull(customer, "customer at index %d must not be null", index);
      String k = key.apply(customer);
      Checks.requireNonNull(k, "key of customer at index %d must not be null", index);
      Integer first = indexes.putIfAbsent(k, index);
      Checks.requireArgument(first == null,
          "key of customer at index %d must be unique but was: '%s' (as at index %s)",
          index, k, first);
      list.add(customer);
      keys.add(k);
    }
    return new Keyed<>(List.copyOf(list), List.copyOf(keys));
  }

  List<T> customers() {
    return customers;
  }

  String key(int index) {
    return keys.get(index);
  }

  int size() {
    return customers.size();
  }
}
