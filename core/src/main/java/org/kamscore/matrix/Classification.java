package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Classification<T> {
  private final PortfolioMatrix<T> matrix;
  private final List<T> customers;
  private final List<Placement> placements;
  private final List<List<T>> members;

  Classification(PortfolioMatrix<T> matrix, List<T> customers, List<Placement> placements,
      Comparator<? super T> memberOrder) {
    this.matrix = matrix;
    this.customers = List.copyOf(customers);
    this.placements = List.copyOf(placements);
    int n = placements.size();
    int columns = matrix.columns().bands().size();
    int[] starts = new int[matrix.cells().size() + 1];
    int[] cells = new int[n];
    double[] rowScores = new double[n];
    double[] columnScores = new double[n];
    for (int i = 0; i < n; i++) {
      Placement placement = placements.get(i);
      Cell cell = placement.cell();
      cells[i] = cell.rowBand().index() * columns + cell.columnBand().index();
      starts[cells[i] + 1]++;
      rowScores[i] = placement.rowScore();
      columnScores[i] = placement.columnScore();
    }
    for (int c = 1; c < starts.length; c++) {
      starts[c] += starts[c - 1];
    }
    // each cell's indexes in input order, then sorted stably: ties keep input order
    int[] order = new int[n];
    int[] next = starts.clone();
    for (int i = 0; i < n; i++) {
      order[next[cells[i]]++] = i;
    }
    IndexSort.Order byMembers = memberOrder == null
        ? (a, b) -> {
          int byRow = Double.compare(rowScores[b], rowScores[a]);
          return byRow != 0 ? byRow : Double.compare(columnScores[b], columnScores[a]);
        }
        : (a, b) -> memberOrder.compare(customers.get(a), customers.get(b));
    int[] scratch = order.clone();
    List<List<T>> all = new ArrayList<>(starts.length - 1);
    for (int c = 0; c + 1 < starts.length; c++) {
      IndexSort.sort(order, scratch, starts[c], starts[c + 1], byMembers);
      all.add(membersOf(customers, order, starts[c], starts[c + 1]));
    }
    this.members = List.copyOf(all);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> membersOf(List<T> customers, int[] order, int from, int to) {
    Object[] members = new Object[to - from];
    for (int k = 0; k < members.length; k++) {
      members[k] = customers.get(order[from + k]);
    }
    return (List<T>) List.of(members);
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
    return placements.size();
  }

  /**
   * Returns every customer's placement, in input order.
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
    return members(rowBand, columnBand).size();
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
    int[] counts = new int[members.size()];
    int[] capped = new int[members.size()];
    int columns = matrix.columns().bands().size();
    for (Placement placement : placements) {
      int cell = placement.rowBand().index() * columns + placement.columnBand().index();
      counts[cell]++;
      if (placement.isCapped()) {
        capped[cell]++;
      }
    }
    return MatrixText.render(matrix, counts, capped);
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
