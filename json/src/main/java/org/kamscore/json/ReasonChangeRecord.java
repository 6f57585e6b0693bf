package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.kamscore.Contribution;
import org.kamscore.decision.ReasonChange;

/**
 * One criterion whose points differ between two policy versions, for one customer of a
 * {@link PolicyImpactRecord}, as {@link ReasonChange} says it: the points before and after, a
 * criterion only one version has being absent on the other side.
 *
 * @param model the id of the second version's model the criterion belongs to: the tier model's,
 *     or a matrix axis model's
 * @param criterion the criterion's name
 * @param pointsBefore the points under the first version, or empty if it has no such criterion
 * @param pointsAfter the points under the second version, or empty if it has no such criterion
 * @since 0.1.0
 */
public record ReasonChangeRecord(String model, String criterion, OptionalDouble pointsBefore,
    OptionalDouble pointsAfter) {

  /**
   * Checks the reason.
   *
   * @param model the id of the second version's model the criterion belongs to: the tier
   *     model's, or a matrix axis model's
   * @param criterion the criterion's name
   * @param pointsBefore the points under the first version, or empty if it has no such
   *     criterion
   * @param pointsAfter the points under the second version, or empty if it has no such
   *     criterion
   * @throws IllegalArgumentException if {@code model} or {@code criterion} is blank, neither
   *     points are given, points lie outside {@code [0, 100]}, or both are given and equal
   */
  public ReasonChangeRecord {
    requireNonNull(model, "model");
    requireNonNull(criterion, "criterion");
    requireNonNull(pointsBefore, "pointsBefore");
    requireNonNull(pointsAfter, "pointsAfter");
    Checks.requireArgument(!model.isBlank() && !criterion.isBlank(),
        "model and criterion of a reason must not be blank but were: '%s', '%s'", model,
        criterion);
    Checks.requireArgument(pointsBefore.isPresent() || pointsAfter.isPresent(),
        "points of reason '%s' must be given before or after but were neither", criterion);
    Checks.requireArgument(inRange(pointsBefore) && inRange(pointsAfter),
        "points of reason '%s' must be in [0, 100] but were: %s and %s", criterion,
        pointsBefore, pointsAfter);
    Checks.requireArgument(!pointsBefore.isPresent() || !pointsAfter.isPresent()
            || Double.doubleToLongBits(pointsBefore.getAsDouble())
                != Double.doubleToLongBits(pointsAfter.getAsDouble()),
        "points of reason '%s' must differ before and after but were: %s and %s", criterion,
        pointsBefore, pointsAfter);
  }

  private static boolean inRange(OptionalDouble points) {
    return points.isEmpty() || points.getAsDouble() >= 0.0 && points.getAsDouble() <= 100.0;
  }

  /**
   * Returns the record of a reason.
   *
   * @param reason the reason
   * @return its record, with the same bits in every number
   */
  public static ReasonChangeRecord of(ReasonChange reason) {
    requireNonNull(reason, "reason");
    return new ReasonChangeRecord(reason.model(), reason.criterion(), points(reason.before()),
        points(reason.after()));
  }

  private static OptionalDouble points(java.util.Optional<Contribution> contribution) {
    return contribution.isPresent() ? OptionalDouble.of(contribution.get().points())
        : OptionalDouble.empty();
  }

  /**
   * Returns the points after minus the points before, an absent side counting 0, as
   * {@link ReasonChange#difference()} computes it.
   *
   * @return the difference in points
   */
  public double difference() {
    return pointsAfter.orElse(0.0) - pointsBefore.orElse(0.0);
  }
}
