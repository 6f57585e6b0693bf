package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.portfolio.TierMigration;

/**
 * What a new policy version would do to a portfolio: the tier migration table (a
 * {@link TierMigration}), the matrix-cell migration table when the versions have matrices,
 * per changed customer the reasons that changed, and a summary — promotions, demotions, new
 * and lost key accounts — as text.
 *
 * <pre>{@code
 * PolicyImpact<Customer> impact = PolicyImpact.between(policy2026v1, policy2026v2)
 *     .matrices(matrix2026v1, matrix2026v2)        // optional: the cell migration too
 *     .review(customers, Customer::id);
 * impact.promotions();                              // keys of the customers promoted
 * impact.changes().get(0).reasons();                // what moved that customer
 * System.out.println(impact.summary());
 * }</pre>
 *
 * <p>A customer changes when its tier's label or its cell's name changes, as in
 * {@link TierMigration}. A promotion is a change to a better-ranked tier, a demotion to a
 * worse-ranked one. Key accounts are, by default, the customers in each version's top tier;
 * {@link Builder#keyAccountCell(String)} makes them the customers in a named matrix cell
 * instead. The reasons of a changed customer are the criteria whose points differ between the
 * versions' tier models, and, with matrices, between their row and column models where those
 * are other models. Changes and key lists are ordered by key ({@link String#compareTo}), so
 * nothing depends on the input order. The review keeps the versions it compared
 * ({@link #from()}, {@link #to()} and their matrices), so that a record of it can name them by
 * id, version and fingerprint. Instances are immutable.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class PolicyImpact<T> {
  private final ScoringModel<T> from;
  private final ScoringModel<T> to;
  private final PortfolioMatrix<T> fromMatrix;
  private final PortfolioMatrix<T> toMatrix;
  private final String keyAccountCell;
  private final String fromName;
  private final String toName;
  private final String keyAccounts;
  private final TierMigration<T> tiers;
  private final CellMigration cells;
  private final List<CustomerImpact<T>> changes;
  private final List<String> promotions;
  private final List<String> demotions;
  private final List<String> newKeyAccounts;
  private final List<String> lostKeyAccounts;

  PolicyImpact(ScoringModel<T> from, ScoringModel<T> to, PortfolioMatrix<T> fromMatrix,
      PortfolioMatrix<T> toMatrix, String keyAccountCell, String keyAccounts,
      TierMigration<T> tiers, CellMigration cells, List<CustomerImpact<T>> changes,
      List<String> newKeyAccounts, List<String> lostKeyAccounts) {
    this.from = from;
    this.to = to;
    this.fromMatrix = fromMatrix;
    this.toMatrix = toMatrix;
    this.keyAccountCell = keyAccountCell;
    this.fromName = from.id() + " " + from.version();
    this.toName = to.id() + " " + to.version();
    this.keyAccounts = keyAccounts;
    this.tiers = tiers;
    this.cells = cells;
    this.changes = List.copyOf(changes);
    this.promotions = changes.stream().filter(CustomerImpact::isPromotion)
        .map(CustomerImpact::key).toList();
    this.demotions = changes.stream().filter(CustomerImpact::isDemotion)
        .map(CustomerImpact::key).toList();
    this.newKeyAccounts = List.copyOf(newKeyAccounts);
    this.lostKeyAccounts = List.copyOf(lostKeyAccounts);
  }

  /**
   * Starts a review between two policy versions.
   *
   * @param <T> the customer type
   * @param from the first version's model, such as the policy in force
   * @param to the second version's model, such as the proposed policy
   * @return a new builder
   */
  public static <T> Builder<T> between(ScoringModel<T> from, ScoringModel<T> to) {
    return new Builder<>(requireNonNull(from, "from"), requireNonNull(to, "to"));
  }

  /**
   * Returns the first version's model, the rows of the tier migration table.
   *
   * @return the model, such as the policy in force
   */
  public ScoringModel<T> from() {
    return from;
  }

  /**
   * Returns the second version's model, the columns of the tier migration table.
   *
   * @return the model, such as the proposed policy
   */
  public ScoringModel<T> to() {
    return to;
  }

  /**
   * Returns the first version's portfolio matrix, the rows of the cell migration table.
   *
   * @return the matrix, or empty if the review has no matrices
   */
  public Optional<PortfolioMatrix<T>> fromMatrix() {
    return Optional.ofNullable(fromMatrix);
  }

  /**
   * Returns the second version's portfolio matrix, the columns of the cell migration table.
   *
   * @return the matrix, or empty if the review has no matrices
   */
  public Optional<PortfolioMatrix<T>> toMatrix() {
    return Optional.ofNullable(toMatrix);
  }

  /**
   * Returns the name of the cell whose customers count as key accounts.
   *
   * @return the name set by {@link Builder#keyAccountCell(String)}, or empty if key accounts
   *     are the customers in each version's top tier
   */
  public Optional<String> keyAccountCell() {
    return Optional.ofNullable(keyAccountCell);
  }

  /**
   * Returns the tier migration: the from-tier × to-tier table and the customers whose tier
   * changed.
   *
   * @return the tier migration
   */
  public TierMigration<T> tiers() {
    return tiers;
  }

  /**
   * Returns the cell migration between the versions' matrices.
   *
   * @return the cell migration, or empty if the review has no matrices
   */
  public Optional<CellMigration> cells() {
    return Optional.ofNullable(cells);
  }

  /**
   * Returns every customer whose tier or cell changed, with the reasons.
   *
   * @return an unmodifiable list, by key ascending
   */
  public List<CustomerImpact<T>> changes() {
    return changes;
  }

  /**
   * Returns the keys of the customers moved to a better-ranked tier.
   *
   * @return an unmodifiable list, by key ascending
   */
  public List<String> promotions() {
    return promotions;
  }

  /**
   * Returns the keys of the customers moved to a worse-ranked tier.
   *
   * @return an unmodifiable list, by key ascending
   */
  public List<String> demotions() {
    return demotions;
  }

  /**
   * Returns the keys of the customers that are key accounts under the second version but were
   * not under the first.
   *
   * @return an unmodifiable list, by key ascending
   */
  public List<String> newKeyAccounts() {
    return newKeyAccounts;
  }

  /**
   * Returns the keys of the customers that were key accounts under the first version but are
   * not under the second.
   *
   * @return an unmodifiable list, by key ascending
   */
  public List<String> lostKeyAccounts() {
    return lostKeyAccounts;
  }

  /**
   * Returns the summary as lines, such as
   * <pre>
   * policy impact: attractiveness 2026.1 -&gt; attractiveness 2026.2, 8 customers
   * tiers: 2 promoted, 1 demoted, 5 unchanged
   * key accounts (tier A): 1 new (C-07), 1 lost (C-03)
   * cells: 3 moved
   * </pre>
   *
   * @return the lines, each ending in a line break
   */
  public String summary() {
    int total = tiers.total();
    int changedTier = tiers.changes().size();
    StringBuilder s = new StringBuilder();
    s.append(Checks.format("policy impact: %s -> %s, %d customers", fromName, toName, total))
        .append('\n');
    s.append(Checks.format("tiers: %d promoted, %d demoted, %d unchanged", promotions.size(),
        demotions.size(), total - changedTier));
    int relabelled = changedTier - promotions.size() - demotions.size();
    s.append(relabelled == 0 ? "" : ", " + relabelled + " relabelled at the same rank");
    s.append('\n');
    s.append("key accounts (").append(keyAccounts).append("): ")
        .append(keys("new", newKeyAccounts)).append(", ").append(keys("lost", lostKeyAccounts))
        .append('\n');
    if (cells != null) {
      s.append("cells: ").append(cells.moved()).append(" moved\n");
    }
    return s.toString();
  }

  private static String keys(String what, List<String> keys) {
    return keys.size() + " " + what + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")");
  }

  /**
   * Returns the whole review as text: the summary, the tier migration table, the cell
   * migration table, and every changed customer with its reasons.
   *
   * @return the lines, each ending in a line break
   */
  public String toText() {
    StringBuilder s = new StringBuilder(summary());
    s.append("tier migration (rows ").append(fromName).append(", columns ").append(toName)
        .append("):\n");
    s.append(TableText.of(labels(tiers.fromTiers()), labels(tiers.toTiers()), tiers.counts()));
    if (cells != null) {
      s.append("cell migration (rows ").append(fromName).append(", columns ").append(toName)
          .append("):\n").append(cells.toText());
    }
    s.append(changes.isEmpty() ? "no customer changed\n" : "changed customers:\n");
    for (CustomerImpact<T> change : changes) {
      s.append(change.toText());
    }
    return s.toString();
  }

  private static List<String> labels(List<Tier> tiers) {
    return tiers.stream().map(Tier::label).toList();
  }

  /**
   * Returns a summary such as
   * {@code PolicyImpact[attractiveness 2026.1 -> attractiveness 2026.2, 8 customers, 3 changed]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PolicyImpact[" + fromName + " -> " + toName + ", " + tiers.total() + " customers, "
        + changes.size() + " changed]";
  }

  /**
   * Declares a policy impact review. Builders are not thread-safe.
   *
   * @param <T> the customer type
   * @since 0.1.0
   */
  public static final class Builder<T> {
    private final ScoringModel<T> from;
    private final ScoringModel<T> to;
    private PortfolioMatrix<T> fromMatrix;
    private PortfolioMatrix<T> toMatrix;
    private String keyAccountCell;

    private Builder(ScoringModel<T> from, ScoringModel<T> to) {
      this.from = from;
      this.to = to;
    }

    /**
     * Adds the versions' portfolio matrices, for the cell migration.
     *
     * @param fromMatrix the first version's matrix
     * @param toMatrix the second version's matrix
     * @return this builder
     * @throws IllegalStateException if matrices were already set
     */
    public Builder<T> matrices(PortfolioMatrix<T> fromMatrix, PortfolioMatrix<T> toMatrix) {
      requireNonNull(fromMatrix, "fromMatrix");
      requireNonNull(toMatrix, "toMatrix");
      Checks.requireState(this.fromMatrix == null, "matrices were already set to %s and %s",
          this.fromMatrix, this.toMatrix);
      this.fromMatrix = fromMatrix;
      this.toMatrix = toMatrix;
      return this;
    }

    /**
     * Counts as key accounts the customers in the cells of a name, in both versions' matrices,
     * instead of those in the top tier.
     *
     * @param name the cell name, such as {@code "key account"}
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank
     * @throws IllegalStateException if a key-account cell was already set
     */
    public Builder<T> keyAccountCell(String name) {
      requireNonNull(name, "name");
      Checks.requireArgument(!name.isBlank(), "key-account cell must not be blank but was: '%s'",
          name);
      Checks.requireState(keyAccountCell == null, "key-account cell was already set to '%s'",
          keyAccountCell);
      this.keyAccountCell = name;
      return this;
    }

    /**
     * Reviews a portfolio: evaluates and places every customer under both versions.
     *
     * @param customers the customers, none {@code null}
     * @param key reads a customer's key, such as its CRM id: not {@code null}, unique
     * @return the review
     * @throws NullPointerException if an argument, a customer or a key is {@code null}
     * @throws IllegalArgumentException if a key repeats, or the key-account cell is not a cell
     *     name of both matrices
     * @throws IllegalStateException if a key-account cell is set without matrices
     * @throws org.kamscore.ScoringException if a model cannot score a customer
     */
    public PolicyImpact<T> review(Collection<? extends T> customers,
        Function<? super T, String> key) {
      return new Review<>(from, to, fromMatrix, toMatrix, keyAccountCell).of(customers, key);
    }
  }
}
