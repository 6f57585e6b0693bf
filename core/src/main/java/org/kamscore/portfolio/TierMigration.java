package org.kamscore.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/**
 * What a policy change would move: the same customers evaluated by two models, such as policy
 * {@code 2026.1} and {@code 2026.2}, as a from-tier × to-tier count table and the list of the
 * customers whose tier changed.
 *
 * <pre>{@code
 * TierMigration<Customer> migration =
 *     TierMigration.of(customers, policy2026v1, policy2026v2, Customer::id);
 * migration.count("B", "A");   // customers B under 2026.1 and A under 2026.2
 * migration.changes();         // who moves, with both tiers and both scores
 * }</pre>
 *
 * <p>The table's rows are the first model's tiers and its columns the second model's, each in
 * tier order, best first; the ladders may differ. Every customer is counted in exactly one
 * cell, so the counts add up to the portfolio size. A tier changes when its label changes: a
 * customer in tier A of both models has not moved even if A's threshold did. Changes are
 * listed by key ascending ({@link String#compareTo}, so {@code "C-10"} comes before
 * {@code "C-2"}), so neither the table nor the list depends on the input order. Both models
 * evaluate the whole portfolio with {@link ScoringModel#evaluateAll(Collection)}. No
 * {@code toString()} prints a customer: a change names its declared key. Instances are
 * immutable.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class TierMigration<T> {
  private final String fromModel;
  private final String toModel;
  private final List<Tier> fromTiers;
  private final List<Tier> toTiers;
  private final int[][] counts;
  private final List<TierChange<T>> changes;

  private TierMigration(ScoringModel<?> from, ScoringModel<?> to, int[][] counts,
      List<TierChange<T>> changes) {
    this.fromModel = from.id() + " " + from.version();
    this.toModel = to.id() + " " + to.version();
    this.fromTiers = from.tiers().all();
    this.toTiers = to.tiers().all();
    this.counts = counts;
    this.changes = List.copyOf(changes);
  }

  /**
   * Evaluates a portfolio under two models and tabulates how the tiers move.
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param from the first model, such as the policy in force
   * @param to the second model, such as the proposed policy
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique in the
   *     portfolio; it names the customer and orders the changes
   * @return the migration
   * @throws NullPointerException if an argument, a customer or a key is {@code null}; the
   *     message names the customer's index
   * @throws IllegalArgumentException if a key repeats; the message names both indexes
   * @throws org.kamscore.ScoringException if a model cannot score a customer; it carries the
   *     customer's index
   */
  public static <T> TierMigration<T> of(Collection<? extends T> customers,
      ScoringModel<? super T> from, ScoringModel<? super T> to, Function<? super T, String> key) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    List<Measurements.Keyed<T>> keyed = Measurements.<T>keyed(customers, key);
    List<T> list = new ArrayList<>(keyed.size());
    for (Measurements.Keyed<T> k : keyed) {
      list.add(k.customer());
    }
    List<Evaluation> before = from.evaluateAll(list);
    List<Evaluation> after = to.evaluateAll(list);
    int[][] counts = new int[from.tiers().all().size()][to.tiers().all().size()];
    List<TierChange<T>> changes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Evaluation b = before.get(i);
      Evaluation a = after.get(i);
      counts[b.tier().rank()][a.tier().rank()]++;
      if (!b.tier().label().equals(a.tier().label())) {
        changes.add(new TierChange<>(keyed.get(i).key(), list.get(i), b.tier(), a.tier(),
            b.score(), a.score()));
      }
    }
    changes.sort(Comparator.comparing(TierChange::key));
    return new TierMigration<>(from, to, counts, changes);
  }

  /**
   * Returns the first model's tiers: the table's rows.
   *
   * @return an unmodifiable list of the tiers, best first
   */
  public List<Tier> fromTiers() {
    return fromTiers;
  }

  /**
   * Returns the second model's tiers: the table's columns.
   *
   * @return an unmodifiable list of the tiers, best first
   */
  public List<Tier> toTiers() {
    return toTiers;
  }

  /**
   * Returns how many customers are in one tier under the first model and in another under
   * the second.
   *
   * @param from a tier label of the first model
   * @param to a tier label of the second model
   * @return the number of customers that move from {@code from} to {@code to}
   * @throws IllegalArgumentException if a label is not a tier of its model
   */
  public int count(String from, String to) {
    return counts[rankOf(fromTiers, from, "from")][rankOf(toTiers, to, "to")];
  }

  private static int rankOf(List<Tier> tiers, String label, String what) {
    requireNonNull(label, what);
    for (Tier tier : tiers) {
      if (tier.label().equals(label)) {
        return tier.rank();
      }
    }
    List<String> labels = new ArrayList<>();
    tiers.forEach(tier -> labels.add(tier.label()));
    throw new IllegalArgumentException(Checks.format(
        "%s tier must be one of %s but was: '%s'", what, labels, label));
  }

  /**
   * Returns the whole table: one row per tier of the first model and one column per tier of
   * the second, both in tier order.
   *
   * @return an unmodifiable copy of the counts
   */
  public List<List<Integer>> counts() {
    List<List<Integer>> rows = new ArrayList<>(counts.length);
    for (int[] row : counts) {
      List<Integer> cells = new ArrayList<>(row.length);
      for (int count : row) {
        cells.add(count);
      }
      rows.add(List.copyOf(cells));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns the number of customers in the table.
   *
   * @return the sum of all counts, which is the portfolio size
   */
  public int total() {
    int total = 0;
    for (int[] row : counts) {
      for (int count : row) {
        total += count;
      }
    }
    return total;
  }

  /**
   * Returns the customers whose tier label changed.
   *
   * @return an unmodifiable list of the changes, by key ascending
   */
  public List<TierChange<T>> changes() {
    return changes;
  }

  /**
   * Returns a summary such as
   * {@code TierMigration[customer-attractiveness 2026.1 -> customer-attractiveness 2026.2,
   * 8 customers, 3 changed]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("TierMigration[%s -> %s, %d customers, %d changed]",
        fromModel, toModel, total(), changes.size());
  }
}
