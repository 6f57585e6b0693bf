package org.kamscore.testkit;

import java.util.List;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.matrix.Placement;

/** A customer's evaluations by every model of a {@link Policy}, and its placement. */
final class Outcome {
  private final List<Evaluation> evaluations;
  private final Placement placement;

  Outcome(List<Evaluation> evaluations, Placement placement) {
    this.evaluations = evaluations;
    this.placement = placement;
  }

  /** One evaluation per model of the policy, in the policy's order. */
  List<Evaluation> evaluations() {
    return evaluations;
  }

  /** The placement, or {@code null} if the policy is a single model. */
  Placement placement() {
    return placement;
  }

  /** The raw value of a criterion in the first model that has it, or {@code NaN}. */
  double value(String criterion) {
    for (Evaluation evaluation : evaluations) {
      for (Contribution c : evaluation.contributions()) {
        if (c.criterion().equals(criterion)) {
          return c.value();
        }
      }
    }
    return Double.NaN;
  }

  /** The placement's cell and bands if any, then every explanation. */
  String explain() {
    if (placement == null) {
      return evaluations.get(0).explain();
    }
    return Checks.format("cell '%s' (row band %s, column band %s)\n",
        placement.cell().name(), placement.rowBand().label(), placement.columnBand().label())
        + "rows: " + evaluations.get(0).explain() + "columns: " + evaluations.get(1).explain();
  }
}
