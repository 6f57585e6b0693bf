package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.kamscore.Tier;
import org.kamscore.decision.CellMigration;
import org.kamscore.portfolio.TierMigration;

/**
 * A from × to count table of a {@link PolicyImpactRecord}: how many customers were in each
 * tier, or cell, under the first policy version and in each under the second. Rows are the
 * first version's tiers best first, or its matrix's cell names in the matrix's order; columns
 * the second version's.
 *
 * @param from the row names: the first version's tier labels or cell names
 * @param to the column names: the second version's tier labels or cell names
 * @param counts a row of counts per name of {@code from}, each with a count per name of
 *     {@code to}
 * @since 0.1.0
 */
public record MigrationTable(List<String> from, List<String> to, List<List<Integer>> counts) {

  /**
   * Checks the table and copies its lists.
   *
   * @param from the row names: the first version's tier labels or cell names
   * @param to the column names: the second version's tier labels or cell names
   * @param counts a row of counts per name of {@code from}, each with a count per name of
   *     {@code to}
   * @throws IllegalArgumentException if the row or column names are none, blank or repeated,
   *     the counts do not have a row per row name and a count per column name, or a count is
   *     negative, or they add up to more than {@link Integer#MAX_VALUE}
   */
  public MigrationTable {
    from = List.copyOf(from);
    to = List.copyOf(to);
    List<List<Integer>> rows = new ArrayList<>(counts.size());
    for (List<Integer> row : counts) {
      rows.add(List.copyOf(row));
    }
    counts = List.copyOf(rows);
    Checks.requireArgument(names(from), "row names must be distinct and not blank, at least one,"
        + " but were: %s", from);
    Checks.requireArgument(names(to), "column names must be distinct and not blank, at least "
        + "one, but were: %s", to);
    boolean shaped = counts.size() == from.size();
    for (List<Integer> row : counts) {
      shaped &= row.size() == to.size();
    }
    Checks.requireArgument(shaped, "counts must be %d rows of %d but were: %s", from.size(),
        to.size(), counts);
    long total = 0;
    for (List<Integer> row : counts) {
      for (int count : row) {
        Checks.requireArgument(count >= 0, "counts must not be negative but were: %s", counts);
        total += count;
      }
    }
    Checks.requireArgument(total <= Integer.MAX_VALUE,
        "sum of the counts must be at most %d but was: %d", Integer.MAX_VALUE, total);
  }

  private static boolean names(List<String> names) {
    return !names.isEmpty() && names.stream().noneMatch(String::isBlank)
        && new HashSet<>(names).size() == names.size();
  }

  /**
   * Returns the table of a tier migration.
   *
   * @param migration the migration
   * @return its table: the tiers' labels, best first, and the counts
   */
  public static MigrationTable of(TierMigration<?> migration) {
    requireNonNull(migration, "migration");
    return new MigrationTable(labels(migration.fromTiers()), labels(migration.toTiers()),
        migration.counts());
  }

  /**
   * Returns the table of a cell migration.
   *
   * @param migration the migration
   * @return its table: the cell names in the matrices' order, and the counts
   */
  public static MigrationTable of(CellMigration migration) {
    requireNonNull(migration, "migration");
    return new MigrationTable(migration.fromCells(), migration.toCells(), migration.counts());
  }

  private static List<String> labels(List<Tier> tiers) {
    return tiers.stream().map(Tier::label).toList();
  }

  /**
   * Returns how many customers moved from one row name to one column name.
   *
   * @param fromName a row name
   * @param toName a column name
   * @return the count
   * @throws IllegalArgumentException if a name is not one of the table's
   */
  public int count(String fromName, String toName) {
    return counts.get(indexOf(from, fromName, "row")).get(indexOf(to, toName, "column"));
  }

  private static int indexOf(List<String> names, String name, String what) {
    requireNonNull(name, what);
    int i = names.indexOf(name);
    Checks.requireArgument(i >= 0, "%s name must be one of %s but was: '%s'", what, names, name);
    return i;
  }

  /**
   * Returns the number of customers in the table.
   *
   * @return the sum of all counts
   */
  public int total() {
    int total = 0;
    for (List<Integer> row : counts) {
      for (int count : row) {
        total += count;
      }
    }
    return total;
  }

  /**
   * Returns the number of customers whose tier label or cell name changed.
   *
   * @return the sum of the counts whose row and column names differ
   */
  public int moved() {
    int moved = 0;
    for (int i = 0; i < from.size(); i++) {
      for (int j = 0; j < to.size(); j++) {
        moved += from.get(i).equals(to.get(j)) ? 0 : counts.get(i).get(j);
      }
    }
    return moved;
  }
}
