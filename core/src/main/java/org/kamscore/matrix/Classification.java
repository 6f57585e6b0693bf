package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A collection placed in a {@link PortfolioMatrix}: every customer's placement in input
 * order, and per cell the count and the members, in a declared order.
 *
 * <pre>{@code
 * Classification<Customer> portfolio = matrix.classifyAll(customers);
 * portfolio.count("high", "high");           // how many key accounts
 * portfolio.members("high", "low");          // the customers to develop, best first
 * System.out.println(portfolio.toText());    // the grid with counts
 * }</pre>
 *
 * <p>Members are ordered as declared by {@link PortfolioMatrix.Builder#memberOrder}, ties in
 * input order; by default row score descending, then column score descending, then input
 * order. The result is the same sequentially and in parallel. Instances are immutable.
 *
 * <p><b>Memory.</b> A classification keeps per customer its two scores and its cell, not its
 * evaluations: about 26 bytes beside the customer itself, so that millions of customers fit in
 * a small heap. A {@linkplain #placements() placement}, with both evaluations, is made when
 * asked for, by evaluating the customer again: the same as {@link PortfolioMatrix#classify}
 * gives, bit for bit, as long as the customer is not changed meanwhile.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Classification<T> {
  private final PortfolioMatrix<T> matrix;
  private final List<T> customers;
  // per customer, in input order: what its placement was made of (evaluations are not kept)
  private final double[] rowScores;
  private final double[] columnScores;
  private final CellIndexes cells;
  /** The customers' indexes cell by cell, each cell's in member order. */
  private final int[] order;
  /** Per cell where its members start in {@code order}; one more for the end. */
  private final int[] starts;
  /** Per cell how many members a knock-out held below the band of their score. */
  private final int[] capped;
  private final List<List<T>> members;
  private final List<Placement> placements;

  /** Takes over the arrays a {@link Classifier} filled; none is shared elsewhere. */
  @SuppressWarnings("unchecked") // the batch holds only what the caller gave, each a T
  Classification(PortfolioMatrix<T> matrix, Object[] customers, double[] rowScores,
      double[] columnScores, CellIndexes cells, int[] order, int[] starts, int[] capped) {
    this.matrix = matrix;
    this.customers = Collections.unmodifiableList((List<T>) Arrays.asList(customers));
    this.rowScores = rowScores;
    this.columnScores = columnScores;
    this.cells = cells;
    this.order = order;
    this.starts = starts;
    this.capped = capped;
    List<List<T>> all = new ArrayList<>(capped.length);
    for (int c = 0; c < capped.length; c++) {
      all.add(Collections.unmodifiableList(new Members(starts[c], starts[c + 1])));
    }
    this.members = List.copyOf(all);
    this.placements = Collections.unmodifiableList(new Placements());
  }

  /** The members of one cell: a view of a range of {@link #order}. */
  private final class Members extends AbstractList<T> implements RandomAccess {
    private final int from;
    private final int to;

    Members(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public T get(int k) {
      Objects.checkIndex(k, to - from);
      return customers.get(order[from + k]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /** Every customer's placement, made when asked for by evaluating the customer again. */
  private final class Placements extends AbstractList<Placement> implements RandomAccess {
    @Override
    public Placement get(int i) {
      Objects.checkIndex(i, customers.size());
      return placementOf(i);
    }

    @Override
    public int size() {
      return customers.size();
    }
  }

  /**
   * Places customer {@code i} again, with both evaluations, and checks that it lands where the
   * batch put it.
   */
  private Placement placementOf(int i) {
    Placement placement = matrix.classify(customers.get(i));
    Cell cell = matrix.cells().get(cells.get(i));
    if (!(same(placement.rowScore(), rowScores[i])
        && same(placement.columnScore(), columnScores[i]) && placement.cell().equals(cell))) {
      throw new IllegalStateException(Checks.format(
          "customer at index %d must be placed as when it was classified, in %s with row score "
              + "%s and column score %s, but was: %s",
          i, cell, rowScores[i], columnScores[i], placement));
    }
    return placement;
  }

  private static boolean same(double a, double b) {
    return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
  }

  /**
   * Returns the matrix that made this classification.
   *
   * @return the matrix
   */
  public PortfolioMatrix<T> matrix() {
    return matrix;
  }

  /**
   * Returns the number of customers classified.
   *
   * @return the size of the collection
   */
  public int size() {
    return customers.size();
  }

  /**
   * Returns every customer's placement, in input order. The list is a view: each
   * {@code get(i)} evaluates customer {@code i} again on both axes and returns a new placement,
   * equal to {@code matrix().classify(customers().get(i))}; nothing is kept, so iterate once
   * and keep what you need. A customer changed since it was classified fails the check that it
   * still lands in its cell with its scores.
   *
   * <pre>{@code
   * Placement p = portfolio.placements().get(0);
   * p.rowEvaluation().reasons();    // evaluated now, for this customer only
   * }</pre>
   *
   * <p>{@code get(i)} throws {@link org.kamscore.ScoringException} if the customer now fails to
   * score, and {@link IllegalStateException} if it now scores or places differently.
   *
   * @return an unmodifiable list, one placement per customer
   */
  public List<Placement> placements() {
    return placements;
  }

  /**
   * Returns the customers classified, in input order: the customer at index {@code i} has the
   * placement {@code placements().get(i)}.
   *
   * @return an unmodifiable list of the customers
   */
  public List<T> customers() {
    return customers;
  }

  /**
   * Returns the number of customers in a cell.
   *
   * @param rowBand the label of a row band
   * @param columnBand the label of a column band
   * @return the count, 0 for an empty cell
   * @throws IllegalArgumentException if either label is not a band of its axis
   */
  public int count(String rowBand, String columnBand) {
    return count(matrix.indexOf(rowBand, columnBand));
  }

  private int count(int cell) {
    return starts[cell + 1] - starts[cell];
  }

  /**
   * Returns the number of customers in a cell of this matrix.
   *
   * @param cell a cell of {@link #matrix()}
   * @return the count, 0 for an empty cell
   * @throws IllegalArgumentException if the cell is not one of this matrix
   */
  public int count(Cell cell) {
    return members(cell).size();
  }

  /**
   * Returns the customers in a cell, in the declared member order.
   *
   * @param rowBand the label of a row band
   * @param columnBand the label of a column band
   * @return an unmodifiable list, empty for an empty cell
   * @throws IllegalArgumentException if either label is not a band of its axis
   */
  public List<T> members(String rowBand, String columnBand) {
    return members.get(matrix.indexOf(rowBand, columnBand));
  }

  /**
   * Returns the customers in a cell of this matrix, in the declared member order.
   *
   * @param cell a cell of {@link #matrix()}
   * @return an unmodifiable list, empty for an empty cell
   * @throws IllegalArgumentException if the cell is not one of this matrix
   */
  public List<T> members(Cell cell) {
    requireNonNull(cell, "cell");
    int index = matrix.cells().indexOf(cell);
    Checks.requireArgument(index >= 0,
        "cell must be one of matrix '%s' but was: %s", matrix.id(), cell);
    return members.get(index);
  }

  /**
   * Renders the grid with every cell's name and member count as fixed-width text: top row band
   * first, lowest column band on the left, as on a chart. Customers that a failed knock-out
   * holds below the band of their score are counted apart, as in {@code reduce (3, 1 capped)},
   * and then the knock-outs' caps are listed under the grid. For example:
   *
   * <pre>
   * key-account-matrix 2026.1: 7 customers, 1 capped by a knock-out
   * rows:    customer-attractiveness 2026.1 (low &lt; 50.0 &lt;= high)
   * columns: supplier-position 2026.1 (low &lt; 50.0 &lt;= high)
   *
   *      | low                  | high
   * -----+----------------------+----------------
   * high | develop (2)          | key account (1)
   * low  | reduce (3, 1 capped) | maintain (1)
   *
   * capped: a failed knock-out held the customer below the band of its score
   *   rows:    minimum-revenue -&gt; low
   * </pre>
   *
   * @return the text, lines separated by {@code \n}
   */
  public String toText() {
    int[] counts = new int[capped.length];
    for (int c = 0; c < counts.length; c++) {
      counts[c] = count(c);
    }
    return MatrixText.render(matrix, counts, capped.clone());
  }

  /**
   * Returns a summary such as
   * {@code Classification[key-account-matrix 2026.1, 7 customers]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Classification[" + matrix.id() + " " + matrix.version() + ", " + size()
        + " customers]";
  }
}
