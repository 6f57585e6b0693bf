package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A row of the portfolio CSV that could not be read as a customer, with every problem found in
 * it, so that one look at the report is enough to fix the row.
 *
 * @param line the line of the file on which the row starts, 1 for the header
 * @param problems what is wrong, in column order; never empty
 * @since 0.1.0
 */
public record BadRow(long line, List<Problem> problems) {

  /**
   * Copies the problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public BadRow {
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems of bad row on line " + line
          + " must not be empty but was: []");
    }
  }

  /**
   * Returns one report line per problem, such as
   * {@code line 7, column revenue: must be a decimal number but was: '12k'}.
   *
   * @return the report lines
   */
  public List<String> report() {
    return problems.stream().map(p -> "line " + line + ", " + p).toList();
  }

  /**
   * One problem of a bad row: a column, the value found there, and the rule it breaks.
   *
   * @param column the column's name from the header, or its number if it has no name
   * @param value the value as read, or {@code null} if the row has no value in that column
   * @param rule what the value must be, such as {@code "must be in [0, 1]"}
   * @param detail more context, such as the line of an earlier row with the same id, or empty
   * @since 0.1.0
   */
  public record Problem(String column, String value, String rule, String detail) {

    /**
     * Checks the references.
     *
     * @throws NullPointerException if {@code column}, {@code rule} or {@code detail} is
     *     {@code null}
     */
    public Problem {
      requireNonNull(column, "column");
      requireNonNull(rule, "rule");
      requireNonNull(detail, "detail");
    }

    /**
     * Returns the problem as text, such as
     * {@code column cooperation: must be one of [low, medium, high] but was: 'mid'}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "column " + column + ": " + rule + " but was: "
          + (value == null ? "missing" : "'" + value + "'")
          + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }
}
