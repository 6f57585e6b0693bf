package org.kamscore.review;

import java.util.Objects;
import org.kamscore.Contribution;

/**
 * How one criterion's contribution to a customer's score changed between two review cycles:
 * both contributions and the change in points.
 *
 * <p>Instances are immutable; two are equal when both contributions are.
 *
 * @since 0.1.0
 */
public final class CriterionChange {
  private final Contribution before;
  private final Contribution after;

  CriterionChange(Contribution before, Contribution after) {
    this.before = before;
    this.after = after;
  }

  /**
   * Returns the criterion's name.
   *
   * @return the name
   */
  public String criterion() {
    return after.criterion();
  }

  /**
   * Returns the criterion's contribution in the previous cycle.
   *
   * @return the earlier contribution
   */
  public Contribution before() {
    return before;
  }

  /**
   * Returns the criterion's contribution in the current cycle.
   *
   * @return the later contribution
   */
  public Contribution after() {
    return after;
  }

  /**
   * Returns the change in points.
   *
   * @return {@code after().points() - before().points()}: positive if the criterion gained
   */
  public double change() {
    return after.points() - before.points();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionChange && before.equals(((CriterionChange) o).before)
        && after.equals(((CriterionChange) o).after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after);
  }

  /**
   * Returns a summary such as {@code CriterionChange[revenue-share 12.0 -> 18.0 (+6.0)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    double change = change();
    return "CriterionChange[" + criterion() + " " + before.points() + " -> " + after.points()
        + " (" + (change >= 0 ? "+" : "") + change + ")]";
  }
}
