package org.kamscore.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Placement;

/**
 * One customer's trend between two review cycles, made by {@link Trends#compare}: its
 * evaluations in each, the score change and direction, the tier and cell movement, and the
 * criteria that moved it.
 *
 * <p>Instances are immutable; two are equal when their ids, evaluations and cells are.
 *
 * @since 0.1.0
 */
public final class Trend {
  private static final Comparator<CriterionChange> BY_SIZE =
      Comparator.comparingDouble((CriterionChange c) -> Math.abs(c.change())).reversed();

  private final String id;
  private final Evaluation before;
  private final Evaluation after;
  private final Cell cellBefore;
  private final Cell cellAfter;
  private final TrendDirection direction;
  private final List<CriterionChange> drivers;

  Trend(String id, Evaluation before, Evaluation after, Placement placementBefore,
      Placement placementAfter, double steadyWithin) {
    this.id = id;
    this.before = before;
    this.after = after;
    this.cellBefore = placementBefore == null ? null : placementBefore.cell();
    this.cellAfter = placementAfter == null ? null : placementAfter.cell();
    if (before == null || after == null) {
      this.direction = TrendDirection.NOT_ENOUGH_DATA;
      this.drivers = List.of();
    } else {
      double change = after.score() - before.score();
      this.direction = change > steadyWithin ? TrendDirection.IMPROVING
          : change < -steadyWithin ? TrendDirection.DECLINING : TrendDirection.STEADY;
      this.drivers = drivers(before.contributions(), after.contributions());
    }
  }

  /** The criteria whose points changed, by size of the change, ties in declaration order. */
  private static List<CriterionChange> drivers(List<Contribution> before,
      List<Contribution> after) {
    List<CriterionChange> changes = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      CriterionChange change = new CriterionChange(before.get(i), after.get(i));
      if (change.change() != 0.0) {
        changes.add(change);
      }
    }
    changes.sort(BY_SIZE); // stable: ties stay in declaration order
    return List.copyOf(changes);
  }

  /**
   * Returns the customer's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the direction of the score.
   *
   * @return the direction; {@link TrendDirection#NOT_ENOUGH_DATA} if the customer is in one
   *     cycle only
   */
  public TrendDirection direction() {
    return direction;
  }

  /**
   * Returns the evaluation in the previous cycle.
   *
   * @return the evaluation, or empty if the customer is new
   */
  public Optional<Evaluation> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the evaluation in the current cycle.
   *
   * @return the evaluation, or empty if the customer is gone
   */
  public Optional<Evaluation> after() {
    return Optional.ofNullable(after);
  }

  /**
   * Returns the score change.
   *
   * @return {@code current score - previous score}, or empty if the customer is in one cycle
   *     only
   */
  public OptionalDouble scoreChange() {
    return before == null || after == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(after.score() - before.score());
  }

  /**
   * Returns how many tiers the customer moved.
   *
   * @return the previous tier's rank minus the current one's: positive for a promotion,
   *     negative for a demotion, 0 if the tier stayed; empty if the customer is in one cycle
   *     only
   */
  public OptionalInt tierSteps() {
    return before == null || after == null
        ? OptionalInt.empty()
        : OptionalInt.of(before.tier().rank() - after.tier().rank());
  }

  /**
   * Returns the cell in the previous cycle.
   *
   * @return the cell, or empty if the customer is new or the cycles hold no placements
   */
  public Optional<Cell> cellBefore() {
    return Optional.ofNullable(cellBefore);
  }

  /**
   * Returns the cell in the current cycle.
   *
   * @return the cell, or empty if the customer is gone or the cycles hold no placements
   */
  public Optional<Cell> cellAfter() {
    return Optional.ofNullable(cellAfter);
  }

  /**
   * Tells whether the customer moved to another cell.
   *
   * @return {@code true} if it has a cell in both cycles and they differ
   */
  public boolean cellChanged() {
    return cellBefore != null && cellAfter != null && !cellBefore.equals(cellAfter);
  }

  /**
   * Returns the criteria that moved the score: those whose points changed, the largest change
   * (either way) first, equal changes in declaration order.
   *
   * @return an unmodifiable list, empty if the customer is in one cycle only or no criterion's
   *     points changed
   */
  public List<CriterionChange> drivers() {
    return drivers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Trend)) {
      return false;
    }
    Trend other = (Trend) o;
    return id.equals(other.id) && Objects.equals(before, other.before)
        && Objects.equals(after, other.after) && Objects.equals(cellBefore, other.cellBefore)
        && Objects.equals(cellAfter, other.cellAfter) && direction == other.direction;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, before, after, cellBefore, cellAfter, direction);
  }

  /**
   * Returns a summary such as {@code Trend[C-1001 IMPROVING, score 52.0 -> 61.5, tier B -> A]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Trend[").append(id).append(' ').append(direction)
        .append(", score ").append(before == null ? "none" : Double.toString(before.score()))
        .append(" -> ").append(after == null ? "none" : Double.toString(after.score()))
        .append(", tier ").append(before == null ? "none" : before.tier().label())
        .append(" -> ").append(after == null ? "none" : after.tier().label());
    if (cellBefore != null || cellAfter != null) {
      s.append(", cell ").append(cellBefore == null ? "none" : cellBefore.name())
          .append(" -> ").append(cellAfter == null ? "none" : cellAfter.name());
    }
    return s.append(']').toString();
  }
}
