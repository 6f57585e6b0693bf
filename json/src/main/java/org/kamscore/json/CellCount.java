package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One cell of a classified portfolio matrix and how many customers it holds.
 *
 * @param row the label of the cell's row band
 * @param column the label of the cell's column band
 * @param name the cell's name
 * @param treatment the cell's recommended treatment, or empty
 * @param count the number of customers in the cell
 * @since 0.1.0
 */
public record CellCount(String row, String column, String name, Optional<String> treatment,
    int count) {

  /**
   * Checks the count.
   *
   * @param row the label of the cell's row band
   * @param column the label of the cell's column band
   * @param name the cell's name
   * @param treatment the cell's recommended treatment, or empty
   * @param count the number of customers in the cell
   * @throws IllegalArgumentException if a label or the name is blank, or the count negative
   */
  public CellCount {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    requireNonNull(name, "name");
    requireNonNull(treatment, "treatment");
    Checks.requireArgument(!row.isBlank() && !column.isBlank() && !name.isBlank(),
        "bands and name of a cell must not be blank but were: '%s', '%s', '%s'", row, column,
        name);
    Checks.requireArgument(count >= 0, "count of cell '%s' must not be negative but was: %d",
        name, count);
  }
}
