package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Matrix bands with hysteresis, so that cells do not flap: on each axis a customer moves to a
 * higher band only when its score clears the cut by an up-margin, and to a lower band only when
 * it falls below the cut by a down-margin, as {@link StableTiers} does for tiers.
 *
 * <pre>{@code
 * StableMatrix stable = StableMatrix.builder(matrix)
 *     .rowMargins(5, 5)              // every cut of the row axis
 *     .columnMargins(3, 3)
 *     .columnMargins("high", 5, 2)   // the cut below column band "high": its own margins
 *     .minimumCycles(2)
 *     .build();
 *
 * StablePlacement first = stable.place(matrix.classify(customer));
 * StablePlacement next = stable.place(matrix.classify(customer), first);   // the next cycle
 * next.cell().name(); next.plainCell().name(); next.row().reason();
 * }</pre>
 *
 * <p>Each cut of an axis is named by the band just above it; its promotion threshold is
 * {@code cut + up} and its demotion threshold {@code cut - down}. On each axis the band follows
 * the rule of {@link StableTiers}, with the previous band in place of the previous tier and the
 * cycles spent in that band; the cell is where the two bands meet. Without a previous band, or
 * with zero margins and a minimum of one cycle, the result is exactly the placement's band.
 *
 * <p><b>Knock-outs.</b> A customer that failed a knock-out of an axis's model is never put in a
 * band above the one the matrix placed it in on that axis: hysteresis may hold it lower, never
 * higher. A matrix that caps bands by knock-outs thus keeps its caps.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StableMatrix {
  private final PortfolioMatrix<?> matrix;
  private final StableAxis rows;
  private final StableAxis columns;
  private final int minimumCycles;

  private StableMatrix(Builder builder) {
    this.matrix = builder.matrix;
    this.minimumCycles = builder.minimumCycles;
    this.rows = StableAxis.of("row band", matrix.rows(), builder.rows, minimumCycles);
    this.columns = StableAxis.of("column band", matrix.columns(), builder.columns,
        minimumCycles);
  }

  /**
   * Starts stable bands over a matrix, with zero margins and a minimum of one cycle.
   *
   * @param matrix the matrix whose placements will be held
   * @return a new builder
   * @throws NullPointerException if {@code matrix} is {@code null}
   */
  public static Builder builder(PortfolioMatrix<?> matrix) {
    return new Builder(requireNonNull(matrix, "matrix"));
  }

  /**
   * Returns a builder holding these settings, to derive a variant; each setting may be made
   * once more on it. This stable matrix is unchanged.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(matrix);
    builder.rows = rows.inheritMargins();
    builder.columns = columns.inheritMargins();
    builder.minimumCycles = minimumCycles;
    return builder;
  }

  /**
   * Places a customer seen for the first time: the placement's cell.
   *
   * @param placement the customer's placement by this matrix
   * @return the stable placement, exactly the placement's cell, with reason
   *     {@link StabilityReason#FIRST_CYCLE} on both axes
   * @throws NullPointerException if {@code placement} is {@code null}
   * @throws IllegalArgumentException if the placement does not come from this matrix
   */
  public StablePlacement place(Placement placement) {
    return decide(placement, null, 0, null, 0);
  }

  /**
   * Places a customer whose previous bands are known but not how many cycles it spent there.
   *
   * @param placement the customer's placement by this matrix
   * @param previousRowBand the label of the customer's row band in the previous cycle
   * @param previousColumnBand the label of its column band in the previous cycle
   * @return the stable placement
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the placement does not come from this matrix, a label
   *     is not a band of its axis, or the minimum number of cycles is above 1, which needs the
   *     cycles
   */
  public StablePlacement place(Placement placement, String previousRowBand,
      String previousColumnBand) {
    requireNonNull(previousRowBand, "previousRowBand");
    requireNonNull(previousColumnBand, "previousColumnBand");
    return decide(placement, previousRowBand, 0, previousColumnBand, 0);
  }

  /**
   * Places a customer whose previous bands, and the cycles it spent in each, are known.
   *
   * @param placement the customer's placement by this matrix
   * @param previousRowBand the label of the customer's row band in the previous cycle
   * @param rowCycles the consecutive cycles, up to and including the previous one, spent in
   *     {@code previousRowBand}; at least 1
   * @param previousColumnBand the label of its column band in the previous cycle
   * @param columnCycles the consecutive cycles spent in {@code previousColumnBand}; at least 1
   * @return the stable placement
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the placement does not come from this matrix, a label
   *     is not a band of its axis, or a number of cycles is below 1
   */
  public StablePlacement place(Placement placement, String previousRowBand, int rowCycles,
      String previousColumnBand, int columnCycles) {
    requireNonNull(previousRowBand, "previousRowBand");
    requireNonNull(previousColumnBand, "previousColumnBand");
    if (rowCycles < 1 || columnCycles < 1) {
      throw new IllegalArgumentException(Checks.format(
          "cycles in row band '%s' and column band '%s' must be at least 1 but were: %s and %s",
          previousRowBand, previousColumnBand, rowCycles, columnCycles));
    }
    return decide(placement, previousRowBand, rowCycles, previousColumnBand, columnCycles);
  }

  /**
   * Places a customer in the cycle after a previous stable placement: its bands and cycles
   * carry over.
   *
   * @param placement the customer's placement by this matrix
   * @param previous the customer's stable placement in the previous cycle
   * @return the stable placement
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the placement does not come from this matrix, a
   *     previous band is not a band of its axis, or the minimum number of cycles is above 1 and
   *     the previous cycles are unknown
   */
  public StablePlacement place(Placement placement, StablePlacement previous) {
    requireNonNull(previous, "previous");
    return decide(placement, previous.row().band().label(), previous.row().cycles(),
        previous.column().band().label(), previous.column().cycles());
  }

  private StablePlacement decide(Placement placement, String previousRow, int rowCycles,
      String previousColumn, int columnCycles) {
    requireNonNull(placement, "placement");
    rows.requireModel(placement.rowEvaluation());
    columns.requireModel(placement.columnEvaluation());
    if (!matrix.cells().contains(placement.cell())) {
      throw new IllegalArgumentException(Checks.format(
          "placement's cell must be one of matrix '%s' %s's cells but was: %s", matrix.id(),
          matrix.version(), placement.cell()));
    }
    StableBand row = rows.decide(placement.rowEvaluation(), placement.rowBand(), previousRow,
        rowCycles);
    StableBand column = columns.decide(placement.columnEvaluation(), placement.columnBand(),
        previousColumn, columnCycles);
    return new StablePlacement(placement,
        matrix.cell(row.band().label(), column.band().label()), row, column);
  }

  /**
   * Returns the minimum number of cycles a customer spends in a band before it moves down.
   *
   * @return the minimum, at least 1; 1 delays no move down
   */
  public int minimumCycles() {
    return minimumCycles;
  }

  /**
   * Returns the matrix.
   *
   * @return the matrix whose placements are held
   */
  public PortfolioMatrix<?> matrix() {
    return matrix;
  }

  /**
   * Returns a summary such as {@code StableMatrix[key-account-matrix 2026.1, row band high
   * +5/-5, column band high +3/-3, minimum 2 cycles]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("StableMatrix[").append(matrix.id()).append(' ')
        .append(matrix.version());
    rows.describe(s);
    columns.describe(s);
    return s.append(", minimum ").append(minimumCycles)
        .append(minimumCycles == 1 ? " cycle]" : " cycles]").toString();
  }

  /**
   * Declares a {@link StableMatrix}. Each setting is given once; {@link #build()} checks the
   * whole and leaves the builder unchanged. Builders are not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final PortfolioMatrix<?> matrix;
    private Margins rows;
    private Margins columns;
    private int minimumCycles = 1;
    private boolean minimumCyclesSet;

    private Builder(PortfolioMatrix<?> matrix) {
      this.matrix = matrix;
      this.rows = StableAxis.margins("row band", matrix.rows());
      this.columns = StableAxis.margins("column band", matrix.columns());
    }

    /**
     * Sets the margins of every cut of the row axis that has none of its own.
     *
     * @param up the points by which a score must clear a cut to move up; finite, not negative
     * @param down the points by which a score must fall below a cut to move down; finite, not
     *     negative
     * @return this builder
     * @throws IllegalArgumentException if a margin is negative or not finite
     * @throws IllegalStateException if the row margins were already set on this builder
     */
    public Builder rowMargins(double up, double down) {
      rows.all(up, down);
      return this;
    }

    /**
     * Sets the margins of the row cut just below one band, overriding
     * {@link #rowMargins(double, double)}.
     *
     * @param band the label of a row band above a cut (not the lowest band)
     * @param up the points by which a score must clear the cut to move up into {@code band};
     *     finite, not negative
     * @param down the points by which a score must fall below the cut to move down out of
     *     {@code band}; finite, not negative
     * @return this builder
     * @throws NullPointerException if {@code band} is {@code null}
     * @throws IllegalArgumentException if {@code band} is not a row band above a cut, or a
     *     margin is negative or not finite
     * @throws IllegalStateException if this band's margins were already set on this builder
     */
    public Builder rowMargins(String band, double up, double down) {
      rows.of(band, up, down);
      return this;
    }

    /**
     * Sets the margins of every cut of the column axis that has none of its own.
     *
     * @param up the points by which a score must clear a cut to move up; finite, not negative
     * @param down the points by which a score must fall below a cut to move down; finite, not
     *     negative
     * @return this builder
     * @throws IllegalArgumentException if a margin is negative or not finite
     * @throws IllegalStateException if the column margins were already set on this builder
     */
    public Builder columnMargins(double up, double down) {
      columns.all(up, down);
      return this;
    }

    /**
     * Sets the margins of the column cut just below one band, overriding
     * {@link #columnMargins(double, double)}.
     *
     * @param band the label of a column band above a cut (not the lowest band)
     * @param up the points by which a score must clear the cut to move up into {@code band};
     *     finite, not negative
     * @param down the points by which a score must fall below the cut to move down out of
     *     {@code band}; finite, not negative
     * @return this builder
     * @throws NullPointerException if {@code band} is {@code null}
     * @throws IllegalArgumentException if {@code band} is not a column band above a cut, or a
     *     margin is negative or not finite
     * @throws IllegalStateException if this band's margins were already set on this builder
     */
    public Builder columnMargins(String band, double up, double down) {
      columns.of(band, up, down);
      return this;
    }

    /**
     * Sets the minimum number of cycles a customer spends in a band, on either axis, before it
     * can move down on that axis.
     *
     * @param cycles the minimum, at least 1; 1 (the default) delays no move down
     * @return this builder
     * @throws IllegalArgumentException if {@code cycles} is below 1
     * @throws IllegalStateException if the minimum was already set on this builder
     */
    public Builder minimumCycles(int cycles) {
      minimumCycles = Hysteresis.requireMinimumCycles(cycles, minimumCyclesSet, minimumCycles);
      minimumCyclesSet = true;
      return this;
    }

    /**
     * Builds the stable matrix. The builder is unchanged.
     *
     * @return the stable matrix
     * @throws IllegalStateException if on an axis a promotion threshold is above 100 or above
     *     that of the band above, or a demotion threshold is below 0 or above that of the band
     *     above
     */
    public StableMatrix build() {
      return new StableMatrix(this);
    }
  }
}
