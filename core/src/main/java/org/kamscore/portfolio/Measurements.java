package org.kamscore.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A checked portfolio in its analysis order: measure descending, equal measures by key
 * ascending. Sums run in that order, so they do not depend on the input order. Immutable.
 */
final class Measurements<T> {
  private static final Comparator<Item<?>> ORDER =
      Comparator.<Item<?>>comparingDouble(Item::measure).reversed().thenComparing(Item::key);

  private final List<Item<T>> items;
  private final double[] running;
  private final Map<String, Integer> positions;

  private Measurements(List<Item<T>> items) {
    this.items = List.copyOf(items);
    this.running = new double[items.size()];
    this.positions = new HashMap<>();
    double sum = 0.0;
    for (int p = 0; p < running.length; p++) {
      sum += items.get(p).measure();
      running[p] = sum;
      positions.put(items.get(p).key(), p);
    }
    Checks.requireArgument(Double.isFinite(sum),
        "total measure of %d customers must be finite but was: %s", running.length, sum);
  }

  /** Checks every customer, its key and its measure, and puts them in analysis order. */
  static <T> Measurements<T> of(Collection<? extends T> customers,
      ToDoubleFunction<? super T> measure, Function<? super T, String> key) {
    requireNonNull(measure, "measure");
    List<Item<T>> items = new ArrayList<>();
    for (Keyed<T> keyed : Measurements.<T>keyed(customers, key)) {
      double value = measure.applyAsDouble(keyed.customer());
      Checks.requireArgument(value >= 0.0 && value < Double.POSITIVE_INFINITY,
          "measure of customer '%s' at index %d must be finite and not negative but was: %s",
          keyed.key(), keyed.index(), value);
      items.add(new Item<>(keyed.key(), keyed.customer(), value + 0.0)); // -0.0 becomes 0.0
    }
    items.sort(ORDER);
    return new Measurements<>(items);
  }

  /**
   * Checks that no customer is null and every key is non-null and unique, and returns the
   * customers in input order with their keys.
   */
  static <T> List<Keyed<T>> keyed(Collection<? extends T> customers,
      Function<? super T, String> key) {
    requireNonNull(customers, "customers");
    requireNonNull(key, "key");
    List<Keyed<T>> keyed = new ArrayList<>(customers.size());
    Map<String, Integer> indexes = new HashMap<>();
    for (T customer : customers) {
      int index = keyed.size();
      Checks.requireNotNull(customer, "customer at index %d must not be null", index);
      String k = key.apply(customer);
      Checks.requireNotNull(k, "key of customer at index %d must not be null", index);
      Integer first = indexes.putIfAbsent(k, index);
      Checks.requireArgument(first == null,
          "key of customer at index %d must be unique but was: '%s' (as at index %s)",
          index, k, first);
      keyed.add(new Keyed<>(index, k, customer));
    }
    return keyed;
  }

  int size() {
    return items.size();
  }

  String key(int position) {
    return items.get(position).key();
  }

  T customer(int position) {
    return items.get(position).customer();
  }

  double measure(int position) {
    return items.get(position).measure();
  }

  /** The sum of the measures of the first {@code count} customers, in analysis order. */
  double sumOfFirst(int count) {
    return count == 0 ? 0.0 : running[Math.min(count, running.length) - 1];
  }

  double total() {
    return sumOfFirst(running.length);
  }

  /** A part of the total as a share of it, or 0 if the total is 0. */
  double shareOf(double part) {
    double total = total();
    return total > 0.0 ? part / total : 0.0;
  }

  /** The position of the customer with a key, or an exception naming the key. */
  int positionOf(String key) {
    requireNonNull(key, "key");
    Integer position = positions.get(key);
    Checks.requireArgument(position != null,
        "key must be the key of a customer in the portfolio but was: '%s'", key);
    return position;
  }

  /** A customer with its key, as given. */
  record Keyed<T>(int index, String key, T customer) {}

  private record Item<T>(String key, T customer, double measure) {}
}
