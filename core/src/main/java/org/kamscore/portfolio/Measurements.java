package org.kamscore.portfolio;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
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
 * ascending. Its sums are exact ({@link Exact}), so they depend neither on the input order nor
 * on rounding. Immutable.
 */
final class Measurements<T> {
  private static final Comparator<Item<?>> ORDER =
      Comparator.<Item<?>>comparingDouble(Item::measure).reversed().thenComparing(Item::key);

  private final List<Item<T>> items;
  /** {@code running[p]}: the exact sum of the measures at positions 0 to p. */
  private final BigDecimal[] running;
  private final Map<String, Integer> positions;
  private final double nearestTotal;

  private Measurements(List<Item<T>> items) {
    this.items = List.copyOf(items);
    this.running = new BigDecimal[items.size()];
    this.positions = new HashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int p = 0; p < running.length; p++) {
      sum = sum.add(Exact.of(items.get(p).measure()));
      running[p] = sum;
      positions.put(items.get(p).key(), p);
    }
    this.nearestTotal = Exact.nearest(sum);
    Checks.requireArgument(Double.isFinite(nearestTotal),
        "total measure of %d customers must be finite but was: %s", running.length,
        nearestTotal);
  }

  /** Checks every customer, its key and its measure, and puts them in analysis order. */
  static <T> Measurements<T> of(Collection<? extends T> customers,
      ToDoubleFunction<? super T> measure, Function<? super T, String> key) {
    requireNonNull(measure, "measure");
    List<Item<T>> items = new ArrayList<>();
    for (Keyed<T> keyed : Measurements.<T>keyed(customers, key)) {
      double value = measure.applyAsDouble(keyed.customer());
      if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(Checks.format(
            "measure of customer '%s' at index %d must be finite and not negative but was: %s",
            keyed.key(), keyed.index(), value));
      }
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
      if (customer == null) {
        throw new NullPointerException(
            Checks.format("customer at index %d must not be null", index));
      }
      String k = key.apply(customer);
      if (k == null) {
        throw new NullPointerException(
            Checks.format("key of customer at index %d must not be null", index));
      }
      Integer first = indexes.putIfAbsent(k, index);
      if (first != null) {
        throw new IllegalArgumentException(Checks.format(
            "key of customer at index %d must be unique but was: '%s' (as at index %s)",
            index, k, first));
      }
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

  /** The exact sum of the measures of the first {@code count} customers, in analysis order. */
  BigDecimal sumOfFirst(int count) {
    return count == 0 ? BigDecimal.ZERO : running[Math.min(count, running.length) - 1];
  }

  /** The exact total. */
  BigDecimal total() {
    return sumOfFirst(running.length);
  }

  /** The total rounded to the nearest double: finite. */
  double nearestTotal() {
    return nearestTotal;
  }

  /** The exact measure at a position. */
  BigDecimal exactMeasure(int position) {
    return Exact.of(measure(position));
  }

  /** A part of the total as a share of it, rounded to the nearest double; 0 for a zero total. */
  double shareOf(BigDecimal part) {
    return Exact.ratio(part, total());
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
  record Keyed<T>(int index, String key, T customer) {
    /** Names the key and the index, never the customer. */
    @Override
    public String toString() {
      return Checks.format("Keyed[index=%d, key=%s]", index, key);
    }
  }

  private record Item<T>(String key, T customer, double measure) {
    /** Names the key and the measure, never the customer. */
    @Override
    public String toString() {
      return Checks.format("Item[key=%s, measure=%s]", key, measure);
    }
  }
}
