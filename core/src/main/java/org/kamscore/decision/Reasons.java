package org.kamscore.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;

/** The reasons that changed between two evaluations of one customer, for {@link PolicyImpact}. */
final class Reasons {
  private Reasons() {}

  /**
   * Per criterion whose points differ, bit for bit, or that only one evaluation has: the
   * change, the largest difference first, ties in the first evaluation's declaration order
   * and then the second's new criteria.
   */
  static List<ReasonChange> between(String model, Evaluation before, Evaluation after) {
    List<ReasonChange> reasons = new ArrayList<>();
    for (Contribution b : before.contributions()) {
      Contribution a = find(after.contributions(), b.criterion());
      if (a == null
          || Double.doubleToLongBits(a.points()) != Double.doubleToLongBits(b.points())) {
        reasons.add(new ReasonChange(model, b.criterion(), b, a));
      }
    }
    for (Contribution a : after.contributions()) {
      if (find(before.contributions(), a.criterion()) == null) {
        reasons.add(new ReasonChange(model, a.criterion(), null, a));
      }
    }
    reasons.sort(Comparator.comparingDouble((ReasonChange r) -> Math.abs(r.difference()))
        .reversed()); // stable
    return reasons;
  }

  private static Contribution find(List<Contribution> contributions, String criterion) {
    for (Contribution c : contributions) {
      if (c.criterion().equals(criterion)) {
        return c;
      }
    }
    return null;
  }

  /** The names in {@code names} that {@code other} lacks, in their order. */
  static List<String> missingFrom(List<String> names, List<String> other) {
    return names.stream().filter(name -> !other.contains(name)).toList();
  }
}
