package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.kamscore.Evaluation;
import org.kamscore.matrix.Placement;

/**
 * One review cycle: every customer's evaluation, or placement, by its declared customer id,
 * such as the CRM key, so that two cycles can be matched customer by customer.
 *
 * <pre>{@code
 * Cycle previous = Cycle.of(evaluationsById);                                  // Map<String, Evaluation>
 * Cycle current = Cycle.of(customers, model.evaluateAll(customers), Customer::id);
 * Cycle matrixCycle = Cycle.ofPlacements(customers, classification.placements(), Customer::id);
 * }</pre>
 *
 * <p>Customers are held in id order ({@link String#compareTo}), whatever the order or kind of
 * the map or lists given, so that nothing derived from a cycle depends on a hash or the input
 * order. All evaluations of a cycle must share their criteria (names, in declaration order) and
 * the labels of their tiers; a cycle made of placements holds each placement's row evaluation
 * as the customer's evaluation. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class Cycle {
  private final List<String> ids;
  private final List<Evaluation> evaluations;
  private final List<Placement> placements;
  private final Shape shape;

  private Cycle(TreeMap<String, Evaluation> evaluations, TreeMap<String, Placement> placements) {
    this.ids = List.copyOf(evaluations.keySet());
    this.evaluations = List.copyOf(evaluations.values());
    this.placements = placements == null ? null : List.copyOf(placements.values());
    this.shape = Shape.of(this.evaluations, i -> "customer '" + ids.get(i) + "'");
  }

  /**
   * Makes a cycle of evaluations by customer id.
   *
   * @param evaluations every customer's evaluation, by id; any map, such as a {@code HashMap}
   * @return the cycle
   * @throws NullPointerException if the map, an id or an evaluation is {@code null}; for an
   *     evaluation, the message names the first such id in id order
   * @throws IllegalArgumentException if the evaluations differ in their criteria or tier labels
   */
  public static Cycle of(Map<String, Evaluation> evaluations) {
    return new Cycle(sorted(evaluations, "evaluation"), null);
  }

  /**
   * Makes a cycle of evaluations and the customers they were made for, such as the input and
   * the result of {@link org.kamscore.ScoringModel#evaluateAll(java.util.Collection)}.
   *
   * @param <T> the customer type
   * @param customers the customers
   * @param evaluations one evaluation per customer, in the same order
   * @param id reads a customer's id: not {@code null}, unique among the customers
   * @return the cycle
   * @throws NullPointerException if an argument, a customer, an evaluation or an id is
   *     {@code null}; the message names the index
   * @throws IllegalArgumentException if the lists differ in size, an id repeats (the message
   *     names both indexes), or the evaluations differ in their criteria or tier labels
   */
  public static <T> Cycle of(List<? extends T> customers, List<Evaluation> evaluations,
      Function<? super T, String> id) {
    return new Cycle(byId(customers, evaluations, id, "evaluation"), null);
  }

  /**
   * Makes a cycle of matrix placements by customer id.
   *
   * @param placements every customer's placement, by id; any map, such as a {@code HashMap}
   * @return the cycle
   * @throws NullPointerException if the map, an id or a placement is {@code null}; for a
   *     placement, the message names the first such id in id order
   * @throws IllegalArgumentException if the row evaluations differ in their criteria or tier
   *     labels
   */
  public static Cycle ofPlacements(Map<String, Placement> placements) {
    return withPlacements(sorted(placements, "placement"));
  }

  /**
   * Makes a cycle of matrix placements and the customers they were made for, such as the input
   * and the {@linkplain org.kamscore.matrix.Classification#placements() placements} of a
   * classification.
   *
   * @param <T> the customer type
   * @param customers the customers
   * @param placements one placement per customer, in the same order
   * @param id reads a customer's id: not {@code null}, unique among the customers
   * @return the cycle
   * @throws NullPointerException if an argument, a customer, a placement or an id is
   *     {@code null}; the message names the index
   * @throws IllegalArgumentException if the lists differ in size, an id repeats (the message
   *     names both indexes), or the row evaluations differ in their criteria or tier labels
   */
  public static <T> Cycle ofPlacements(List<? extends T> customers, List<Placement> placements,
      Function<? super T, String> id) {
    return withPlacements(byId(customers, placements, id, "placement"));
  }

  private static Cycle withPlacements(TreeMap<String, Placement> placements) {
    TreeMap<String, Evaluation> evaluations = new TreeMap<>();
    placements.forEach((id, placement) -> evaluations.put(id, placement.rowEvaluation()));
    return new Cycle(evaluations, placements);
  }

  private static <V> TreeMap<String, V> sorted(Map<String, V> values, String what) {
    requireNonNull(values, what + "s");
    TreeMap<String, V> sorted = new TreeMap<>();
    boolean nullId = false;
    for (Map.Entry<String, V> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        nullId = true;
      } else {
        sorted.put(entry.getKey(), entry.getValue());
      }
    }
    if (nullId) {
      throw new NullPointerException("customer id");
    }
    for (Map.Entry<String, V> entry : sorted.entrySet()) {
      if (entry.getValue() == null) {
        throw new NullPointerException(what + " of customer '" + entry.getKey() + "'");
      }
    }
    return sorted;
  }

  private static <T, V> TreeMap<String, V> byId(List<? extends T> customers, List<V> values,
      Function<? super T, String> id, String what) {
    requireNonNull(customers, "customers");
    requireNonNull(values, what + "s");
    requireNonNull(id, "id");
    Checks.requireArgument(customers.size() == values.size(),
        "number of %ss must be the number of customers, %s, but was: %s", what,
        customers.size(), values.size());
    TreeMap<String, V> sorted = new TreeMap<>();
    TreeMap<String, Integer> indexes = new TreeMap<>();
    for (int i = 0; i < customers.size(); i++) {
      T customer = customers.get(i);
      V value = values.get(i);
      if (customer == null || value == null) {
        throw new NullPointerException(customer == null ? "customer " + i : what + " " + i);
      }
      String key = id.apply(customer);
      if (key == null) {
        throw new NullPointerException("id of customer " + i);
      }
      Integer earlier = indexes.put(key, i);
      if (earlier != null) {
        throw new IllegalArgumentException(Checks.format(
            "customer id must be unique but was repeated: '%s' at indexes %s and %s", key,
            earlier, i));
      }
      sorted.put(key, value);
    }
    return sorted;
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of customers in the cycle
   */
  public int size() {
    return ids.size();
  }

  /**
   * Returns the customers' ids.
   *
   * @return an unmodifiable list of the ids, ascending
   */
  public List<String> ids() {
    return ids;
  }

  /**
   * Returns the evaluations, in id order.
   *
   * @return an unmodifiable list, one evaluation per id of {@link #ids()}
   */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /**
   * Returns a customer's evaluation.
   *
   * @param id a customer id
   * @return the evaluation, or empty if the customer is not in the cycle
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public Optional<Evaluation> evaluation(String id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(evaluations.get(i));
  }

  /**
   * Returns a customer's placement.
   *
   * @param id a customer id
   * @return the placement, or empty if the customer is not in the cycle or the cycle holds no
   *     placements
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public Optional<Placement> placement(String id) {
    int i = indexOf(id);
    return i < 0 || placements == null ? Optional.empty() : Optional.of(placements.get(i));
  }

  /**
   * Tells whether the cycle holds matrix placements.
   *
   * @return {@code true} if it was made by {@code ofPlacements}
   */
  public boolean hasPlacements() {
    return placements != null;
  }

  int indexOf(String id) {
    requireNonNull(id, "id");
    int i = Collections.binarySearch(ids, id);
    return i < 0 ? -1 : i;
  }

  Shape shape() {
    return shape;
  }

  /**
   * Returns a summary such as {@code Cycle[600 customers, evaluations]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Cycle[" + ids.size() + " customers, " + (placements == null ? "evaluations"
        : "placements") + "]";
  }
}
