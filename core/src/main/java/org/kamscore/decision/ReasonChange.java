package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.kamscore.Contribution;

/**
 * How one criterion's contribution to a customer's score differs between two policy versions,
 * in a {@link PolicyImpact}: before, after, and the difference in points. A criterion only one
 * version has is absent on the other side and counts 0 points there. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class ReasonChange {
  private final String model;
  private final String criterion;
  private final Contribution before;
  private final Contribution after;

  ReasonChange(String model, String criterion, Contribution before, Contribution after) {
    this.model = requireNonNull(model, "model");
    this.criterion = requireNonNull(criterion, "criterion");
    Checks.requireArgument(before != null || after != null,
        "reason change of criterion '%s' must have a contribution before or after but had "
            + "neither", criterion);
    this.before = before;
    this.after = after;
  }

  /**
   * Returns the id of the second version's model the criterion belongs to: the tier model's,
   * or a matrix axis model's when the review has matrices.
   *
   * @return the model id
   */
  public String model() {
    return model;
  }

  /**
   * Returns the criterion's name.
   *
   * @return the name
   */
  public String criterion() {
    return criterion;
  }

  /**
   * Returns the criterion's contribution under the first version.
   *
   * @return the contribution, or empty if the first version has no such criterion
   */
  public Optional<Contribution> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the criterion's contribution under the second version.
   *
   * @return the contribution, or empty if the second version has no such criterion
   */
  public Optional<Contribution> after() {
    return Optional.ofNullable(after);
  }

  /**
   * Returns the points after minus the points before, an absent contribution counting 0.
   *
   * @return the difference in points
   */
  public double difference() {
    return points(after) - points(before);
  }

  private static double points(Contribution c) {
    return c == null ? 0.0 : c.points();
  }

  /**
   * Returns a line such as {@code contribution-margin -5.56 (12.22 -> 6.67 points)} or
   * {@code reference +10.00 (new criterion)}.
   *
   * @return the line, without a line break
   */
  public String toText() {
    String how = before == null ? "new criterion"
        : after == null ? "criterion removed"
        : Checks.format("%.2f -> %.2f points", before.points(), after.points());
    return Checks.format("%s %+.2f (%s)", criterion, difference(), how);
  }

  /**
   * Tells whether another object is the same change of the same criterion of the same model.
   *
   * @param o the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReasonChange && ((ReasonChange) o).model.equals(model)
        && ((ReasonChange) o).criterion.equals(criterion)
        && Objects.equals(((ReasonChange) o).before, before)
        && Objects.equals(((ReasonChange) o).after, after);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(model, criterion, before, after);
  }

  /**
   * Returns the same as {@link #toText()}, in brackets.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ReasonChange[" + toText() + "]";
  }
}
