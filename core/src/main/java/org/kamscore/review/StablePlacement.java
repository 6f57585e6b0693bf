package org.kamscore.review;

import java.util.Objects;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Placement;

/**
 * A customer's cell for one review cycle by {@link StableMatrix}: the cell where its stable row
 * and column bands meet, the placement's own cell, and each axis's {@link StableBand}.
 *
 * <pre>{@code
 * StablePlacement p = stable.place(matrix.classify(customer), previous);
 * p.cell().name();         // "key account": held by hysteresis
 * p.plainCell().name();    // "develop": the matrix alone
 * p.column().reason();     // DEMOTION_HELD
 * p.column().explain();
 * }</pre>
 *
 * <p>Instances are immutable; two are equal when their placements' cells, cells and both
 * stable bands are.
 *
 * @since 0.1.0
 */
public final class StablePlacement {
  private final Placement placement;
  private final Cell cell;
  private final StableBand row;
  private final StableBand column;

  StablePlacement(Placement placement, Cell cell, StableBand row, StableBand column) {
    this.placement = placement;
    this.cell = cell;
    this.row = row;
    this.column = column;
  }

  /**
   * Returns the cell awarded for this cycle: where the stable row and column bands meet.
   *
   * @return the cell
   */
  public Cell cell() {
    return cell;
  }

  /**
   * Returns the cell the matrix alone gives, without hysteresis.
   *
   * @return the placement's cell
   */
  public Cell plainCell() {
    return placement.cell();
  }

  /**
   * Returns the placement this cell was decided from.
   *
   * @return the placement
   */
  public Placement placement() {
    return placement;
  }

  /**
   * Returns the stable band on the row axis.
   *
   * @return the row band with its reason
   */
  public StableBand row() {
    return row;
  }

  /**
   * Returns the stable band on the column axis.
   *
   * @return the column band with its reason
   */
  public StableBand column() {
    return column;
  }

  /**
   * Tells whether hysteresis held the customer in another cell than the matrix alone gives.
   *
   * @return {@code true} if either axis's band was held
   */
  public boolean held() {
    return row.held() || column.held();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StablePlacement)) {
      return false;
    }
    StablePlacement other = (StablePlacement) o;
    return placement.cell().equals(other.placement.cell()) && cell.equals(other.cell)
        && row.equals(other.row) && column.equals(other.column);
  }

  @Override
  public int hashCode() {
    return Objects.hash(placement.cell(), cell, row, column);
  }

  /**
   * Returns a summary such as {@code StablePlacement[cell=key account, plain=develop,
   * row=AS_SCORED, column=DEMOTION_HELD]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "StablePlacement[cell=" + cell.name() + ", plain=" + placement.cell().name()
        + ", row=" + row.reason() + ", column=" + column.reason() + "]";
  }
}
