package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * How the customers of a portfolio move between the cells of two portfolio matrices, such as
 * those of two policy versions: a from-cell × to-cell count table, cells named by their names
 * (a name several cells share is one row or column), in the order the matrices list their
 * cells. Every customer is counted once; a customer changes cell when the cell's name changes.
 * Part of a {@link PolicyImpact}; instances are immutable.
 *
 * @since 0.1.0
 */
public final class CellMigration {
  private final List<String> fromCells;
  private final List<String> toCells;
  private final int[][] counts;

  CellMigration(List<String> fromCells, List<String> toCells, int[][] counts) {
    this.fromCells = List.copyOf(fromCells);
    this.toCells = List.copyOf(toCells);
    this.counts = counts;
  }

  /** Counts the moves between the cells of two matrices, placement by placement. */
  static CellMigration of(PortfolioMatrix<?> fromMatrix, PortfolioMatrix<?> toMatrix,
      List<Placement> before, List<Placement> after) {
    List<String> rows = names(fromMatrix);
    List<String> columns = names(toMatrix);
    int[][] counts = new int[rows.size()][columns.size()];
    for (int c = 0; c < before.size(); c++) {
      counts[rows.indexOf(before.get(c).cell().name())]
          [columns.indexOf(after.get(c).cell().name())]++;
    }
    return new CellMigration(rows, columns, counts);
  }

  /** A matrix's cell names, each once, in the matrix's cell order. */
  static List<String> names(PortfolioMatrix<?> matrix) {
    List<String> names = new ArrayList<>();
    for (Cell cell : matrix.cells()) {
      if (!names.contains(cell.name())) {
        names.add(cell.name());
      }
    }
    return names;
  }

  /**
   * Returns the first matrix's cell names: the table's rows.
   *
   * @return an unmodifiable list, in the matrix's cell order, each name once
   */
  public List<String> fromCells() {
    return fromCells;
  }

  /**
   * Returns the second matrix's cell names: the table's columns.
   *
   * @return an unmodifiable list, in the matrix's cell order, each name once
   */
  public List<String> toCells() {
    return toCells;
  }

  /**
   * Returns how many customers are in one cell under the first matrix and another under the
   * second.
   *
   * @param from a cell name of the first matrix
   * @param to a cell name of the second matrix
   * @return the number of customers
   * @throws IllegalArgumentException if a name is not a cell of its matrix
   */
  public int count(String from, String to) {
    return counts[indexOf(fromCells, from, "from")][indexOf(toCells, to, "to")];
  }

  private static int indexOf(List<String> cells, String name, String what) {
    requireNonNull(name, what);
    int i = cells.indexOf(name);
    Checks.requireArgument(i >= 0, "%s cell must be one of %s but was: '%s'", what, cells, name);
    return i;
  }

  /**
   * Returns the whole table: a row per cell of the first matrix, a column per cell of the
   * second.
   *
   * @return an unmodifiable copy of the counts
   */
  public List<List<Integer>> counts() {
    List<List<Integer>> rows = new ArrayList<>(counts.length);
    for (int[] row : counts) {
      List<Integer> cells = new ArrayList<>(row.length);
      for (int count : row) {
        cells.add(count);
      }
      rows.add(List.copyOf(cells));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns the number of customers in the table.
   *
   * @return the sum of all counts, the portfolio size
   */
  public int total() {
    int total = 0;
    for (int[] row : counts) {
      for (int count : row) {
        total += count;
      }
    }
    return total;
  }

  /**
   * Returns the number of customers whose cell name changed.
   *
   * @return the count off the diagonal of equal names
   */
  public int moved() {
    int moved = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i].length; j++) {
        moved += fromCells.get(i).equals(toCells.get(j)) ? 0 : counts[i][j];
      }
    }
    return moved;
  }

  /**
   * Returns the table as text, as {@link PolicyImpact#toText()} shows it.
   *
   * @return the lines, each ending in a line break
   */
  public String toText() {
    return TableText.of(fromCells, toCells, counts());
  }

  /**
   * Returns a summary such as {@code CellMigration[8 customers, 3 moved]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "CellMigration[" + total() + " customers, " + moved() + " moved]";
  }
}
