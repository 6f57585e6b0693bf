package org.kamscore.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.Tier;

/**
 * What the evaluations of a cycle must share to be compared: the criteria, in declaration
 * order, and the label of every tier rank seen. Immutable once made.
 */
final class Shape {
  /** The criteria's names, or null for a cycle without evaluations. */
  private final List<String> criteria;
  /** The label of each tier rank seen, null where none was. */
  private final List<String> tiers;

  private Shape(List<String> criteria, List<String> tiers) {
    this.criteria = criteria;
    this.tiers = tiers;
  }

  /**
   * The shape of some evaluations, checked to be one.
   *
   * @param name names the evaluation at an index in messages, such as {@code customer 'C-1'}
   */
  static Shape of(List<Evaluation> evaluations, IntFunction<String> name) {
    List<String> criteria = null;
    List<String> tiers = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation evaluation = evaluations.get(i);
      List<String> names = criteria(evaluation);
      if (criteria == null) {
        criteria = names;
      } else if (!criteria.equals(names)) {
        throw new IllegalArgumentException(Checks.format(
            "criteria of %s must be %s as in the others but were: %s", name.apply(i), criteria,
            names));
      }
      Tier tier = evaluation.tier();
      while (tiers.size() <= tier.rank()) {
        tiers.add(null);
      }
      String known = tiers.get(tier.rank());
      if (known == null) {
        tiers.set(tier.rank(), tier.label());
      } else if (!known.equals(tier.label())) {
        throw new IllegalArgumentException(Checks.format(
            "tier of rank %s of %s must be '%s' as in the others but was: '%s'", tier.rank(),
            name.apply(i), known, tier.label()));
      }
    }
    return new Shape(criteria, tiers);
  }

  private static List<String> criteria(Evaluation evaluation) {
    List<Contribution> contributions = evaluation.contributions();
    List<String> names = new ArrayList<>(contributions.size());
    for (Contribution c : contributions) {
      names.add(c.criterion());
    }
    return names;
  }

  /**
   * Checks that two cycles share their criteria and tier labels; {@code what} and
   * {@code other} name the cycles in the message, such as {@code "current"} and
   * {@code "previous"}.
   */
  void requireLike(Shape reference, String what, String other) {
    if (criteria != null && reference.criteria != null && !criteria.equals(reference.criteria)) {
      throw new IllegalArgumentException(Checks.format(
          "criteria of the %s cycle must be %s as in the %s cycle but were: %s", what,
          reference.criteria, other, criteria));
    }
    for (int rank = 0; rank < Math.min(tiers.size(), reference.tiers.size()); rank++) {
      String label = tiers.get(rank);
      String expected = reference.tiers.get(rank);
      if (label != null && expected != null && !label.equals(expected)) {
        throw new IllegalArgumentException(Checks.format(
            "tier of rank %s in the %s cycle must be '%s' as in the %s cycle but was: '%s'",
            rank, what, expected, other, label));
      }
    }
  }

  /** The criteria's names, empty for a cycle without evaluations. */
  List<String> criteria() {
    return criteria == null ? List.of() : criteria;
  }

  /** The label of a tier rank, or null if no evaluation had it. */
  String tier(int rank) {
    return rank < tiers.size() ? tiers.get(rank) : null;
  }

  int tierRanks() {
    return tiers.size();
  }
}
