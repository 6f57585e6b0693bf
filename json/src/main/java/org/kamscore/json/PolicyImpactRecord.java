package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamscore.decision.CustomerImpact;
import org.kamscore.decision.PolicyImpact;

/**
 * A {@link PolicyImpact} as a decision record: what a policy owner stores to say what a new
 * policy version did, or would do, to a portfolio, in the stable JSON shape of
 * {@code docs/decision-record.md}. It names both versions by id, version and fingerprint (and
 * their matrices by id and version), and holds the tier migration table, the cell migration
 * table when the review has matrices, the numbers of promotions and demotions, the new and lost
 * key accounts, and every changed customer with the reasons that changed.
 *
 * <pre>{@code
 * String json = PolicyImpactRecord.of(impact).toJson();   // one line of JSON
 * PolicyImpactRecord stored = PolicyImpactRecord.fromJson(json);
 * stored.newKeyAccounts();                                // keys, ascending
 * }</pre>
 *
 * <p>Customers are named by their keys, never by their {@code toString()}. Numbers are written
 * as the shortest decimals that read back as the same doubles. Records are immutable; doubles
 * compare bit for bit in {@code equals}.
 *
 * @param from the first version's model: id, version and fingerprint
 * @param to the second version's model: id, version and fingerprint
 * @param fromMatrix the first version's matrix, or empty if the review has no matrices
 * @param toMatrix the second version's matrix, or empty if the review has no matrices
 * @param keyAccountCell the cell whose customers count as key accounts, or empty if they are
 *     the customers in each version's top tier
 * @param size the number of customers reviewed
 * @param tiers the tier migration table
 * @param cells the cell migration table, or empty if the review has no matrices
 * @param promotions the number of customers moved to a better-ranked tier
 * @param demotions the number of customers moved to a worse-ranked tier
 * @param newKeyAccounts the keys of the customers that became key accounts, ascending
 * @param lostKeyAccounts the keys of the customers that ceased to be key accounts, ascending
 * @param changes every customer whose tier or cell changed, by key ascending
 * @since 0.1.0
 */
public record PolicyImpactRecord(ModelReference from, ModelReference to,
    Optional<MatrixReference> fromMatrix, Optional<MatrixReference> toMatrix,
    Optional<String> keyAccountCell, int size, MigrationTable tiers,
    Optional<MigrationTable> cells, int promotions, int demotions, List<String> newKeyAccounts,
    List<String> lostKeyAccounts, List<CustomerImpactRecord> changes) {

  /**
   * Checks the record and copies its lists.
   *
   * @param from the first version's model: id, version and fingerprint
   * @param to the second version's model: id, version and fingerprint
   * @param fromMatrix the first version's matrix, or empty if the review has no matrices
   * @param toMatrix the second version's matrix, or empty if the review has no matrices
   * @param keyAccountCell the cell whose customers count as key accounts, or empty if they are
   *     the customers in each version's top tier
   * @param size the number of customers reviewed
   * @param tiers the tier migration table
   * @param cells the cell migration table, or empty if the review has no matrices
   * @param promotions the number of customers moved to a better-ranked tier
   * @param demotions the number of customers moved to a worse-ranked tier
   * @param newKeyAccounts the keys of the customers that became key accounts, ascending
   * @param lostKeyAccounts the keys of the customers that ceased to be key accounts, ascending
   * @param changes every customer whose tier or cell changed, by key ascending
   * @throws IllegalArgumentException if the matrices and the cell table are not all given or
   *     all empty, the key-account cell is not a cell of both matrices, a table's counts do not
   *     add up to the size, a change names a tier or cell its table lacks, the changes are not
   *     the customers the tables move, by key ascending, the promotions or demotions are not
   *     those of the changes, or the key lists are not ascending, each key once, or share a key
   */
  public PolicyImpactRecord {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(fromMatrix, "fromMatrix");
    requireNonNull(toMatrix, "toMatrix");
    requireNonNull(keyAccountCell, "keyAccountCell");
    requireNonNull(tiers, "tiers");
    requireNonNull(cells, "cells");
    newKeyAccounts = List.copyOf(newKeyAccounts);
    lostKeyAccounts = List.copyOf(lostKeyAccounts);
    changes = List.copyOf(changes);
    if (toMatrix.isPresent() != fromMatrix.isPresent()
        || cells.isPresent() != fromMatrix.isPresent()) {
      throw new IllegalArgumentException(Checks.format("cells must be given exactly when both "
          + "matrices are but were: %s, with matrices %s and %s", cells.isPresent() ? "a table"
          : "null", name(fromMatrix), name(toMatrix)));
    }
    Checks.requireArgument(keyAccountCell.isEmpty() || cells.isPresent()
            && cells.get().from().contains(keyAccountCell.get())
            && cells.get().to().contains(keyAccountCell.get()),
        "key-account cell must be a cell of both matrices, %s and %s, but was: '%s'",
        cells.map(MigrationTable::from).orElse(List.of()),
        cells.map(MigrationTable::to).orElse(List.of()), keyAccountCell.orElse(null));
    Checks.requireArgument(tiers.total() == size,
        "size must be the sum of the tier table's counts, %d, but was: %d", tiers.total(), size);
    Checks.requireArgument(cells.isEmpty() || cells.get().total() == size,
        "size must be the sum of the cell table's counts, %d, but was: %d",
        cells.map(MigrationTable::total).orElse(size), size);
    Impacts.checkChanges(changes, tiers, cells);
    int promoted = Impacts.count(changes, tiers, -1);
    Checks.requireArgument(promoted == promotions,
        "promotions must be the number of changes to a better-ranked tier, %d, but were: %d",
        promoted, promotions);
    int demoted = Impacts.count(changes, tiers, 1);
    Checks.requireArgument(demoted == demotions,
        "demotions must be the number of changes to a worse-ranked tier, %d, but were: %d",
        demoted, demotions);
    Impacts.checkKeys("new key accounts", newKeyAccounts, "lost key accounts", lostKeyAccounts,
        size);
    Impacts.checkKeys("lost key accounts", lostKeyAccounts, "new key accounts", newKeyAccounts,
        size);
  }

  private static String name(Optional<MatrixReference> matrix) {
    return matrix.map(m -> "'" + m.id() + "' " + m.version()).orElse("null");
  }

  /**
   * Returns the record of a policy impact review.
   *
   * @param impact the review
   * @return its record, with the same bits in every number
   */
  public static PolicyImpactRecord of(PolicyImpact<?> impact) {
    requireNonNull(impact, "impact");
    List<CustomerImpactRecord> changes = new ArrayList<>();
    for (CustomerImpact<?> change : impact.changes()) {
      changes.add(CustomerImpactRecord.of(change));
    }
    return new PolicyImpactRecord(ModelReference.of(impact.from()),
        ModelReference.of(impact.to()), impact.fromMatrix().map(MatrixReference::of),
        impact.toMatrix().map(MatrixReference::of), impact.keyAccountCell(),
        impact.tiers().total(), MigrationTable.of(impact.tiers()),
        impact.cells().map(MigrationTable::of), impact.promotions().size(),
        impact.demotions().size(), impact.newKeyAccounts(), impact.lostKeyAccounts(), changes);
  }

  /**
   * Returns the record as one line of JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Documents.writeLine(g -> ImpactJson.impact(g, this));
  }

  /**
   * Reads a record from JSON that {@link #toJson()} or {@link KamscoreModule} wrote.
   *
   * @param json the JSON text
   * @return the record
   * @throws PolicyDocumentException if the text is not such a record, naming where and why
   */
  public static PolicyImpactRecord fromJson(String json) {
    requireNonNull(json, "json");
    return ImpactJson.impact(Cursor.root(Documents.parseRecord(json)));
  }
}
