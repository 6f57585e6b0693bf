package org.kamscore.json;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a {@link PolicyImpactRecord} that relate its changes and key lists to its
 * tables: the changes are the customers the tables move, by key, and name only the tables' tiers
 * and cells; promotions and demotions follow the tiers' ranks, the tables' order.
 */
final class Impacts {
  private Impacts() {}

  static void checkChanges(List<CustomerImpactRecord> changes, MigrationTable tiers,
      Optional<MigrationTable> cells) {
    int tierChanges = 0;
    int cellChanges = 0;
    String previous = null;
    for (CustomerImpactRecord change : changes) {
      Checks.requireArgument(previous == null || previous.compareTo(change.key()) < 0,
          "changes must be ordered by key ascending, each key once, but were: '%s' after '%s'",
          change.key(), previous);
      previous = change.key();
      Checks.requireArgument(tiers.from().contains(change.fromTier())
              && tiers.to().contains(change.toTier()),
          "tiers of change '%s' must be a row and a column of the tier table, %s and %s, but "
              + "were: '%s' and '%s'", change.key(), tiers.from(), tiers.to(),
          change.fromTier(), change.toTier());
      Checks.requireArgument(change.fromCell().isPresent() == cells.isPresent(),
          "cells of change '%s' must be given exactly when the record has a cell table but "
              + "were: %s", change.key(), change.fromCell().orElse(null));
      Checks.requireArgument(cells.isEmpty()
              || cells.get().from().contains(change.fromCell().get())
              && cells.get().to().contains(change.toCell().get()),
          "cells of change '%s' must be a row and a column of the cell table, %s and %s, but "
              + "were: '%s' and '%s'", change.key(), cells.map(MigrationTable::from).orElse(null),
          cells.map(MigrationTable::to).orElse(null), change.fromCell().orElse(null),
          change.toCell().orElse(null));
      tierChanges += change.tierChanged() ? 1 : 0;
      cellChanges += change.cellChanged() ? 1 : 0;
    }
    Checks.requireArgument(tierChanges == tiers.moved(),
        "changes must be the customers the tables move, %d to another tier, but were: %d",
        tiers.moved(), tierChanges);
    int moved = cells.map(MigrationTable::moved).orElse(0);
    Checks.requireArgument(cellChanges == moved,
        "changes must be the customers the tables move, %d to another cell, but were: %d",
        moved, cellChanges);
  }

  /**
   * The number of changes whose tier's rank moves in a direction: -1 for promotions (to a
   * better rank, a lower index), 1 for demotions.
   */
  static int count(List<CustomerImpactRecord> changes, MigrationTable tiers, int direction) {
    int count = 0;
    for (CustomerImpactRecord change : changes) {
      int move = Integer.compare(tiers.to().indexOf(change.toTier()),
          tiers.from().indexOf(change.fromTier()));
      count += change.tierChanged() && move == direction ? 1 : 0;
    }
    return count;
  }

  static void checkKeys(String what, List<String> keys, String otherWhat, List<String> others,
      int size) {
    Checks.requireArgument(keys.size() <= size,
        "%s must be at most the size, %d, but were: %d", what, size, keys.size());
    for (int i = 1; i < keys.size(); i++) {
      Checks.requireArgument(keys.get(i - 1).compareTo(keys.get(i)) < 0,
          "%s must be ordered by key ascending, each key once, but were: '%s' after '%s'", what,
          keys.get(i), keys.get(i - 1));
    }
    Set<String> other = new HashSet<>(others); // looked up only, never iterated
    for (String key : keys) {
      Checks.requireArgument(!other.contains(key), "%s must not also be %s but were: '%s'",
          what, otherWhat, key);
    }
  }
}
