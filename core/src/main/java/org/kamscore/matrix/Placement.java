package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;

import org.kamscore.Evaluation;

/**
 * Where {@link PortfolioMatrix#classify(Object)} placed a customer: the cell, and both axis
 * evaluations, which explain the placement criterion by criterion.
 *
 * <pre>{@code
 * Placement p = matrix.classify(customer);
 * p.cell().name();                    // "develop"
 * p.cell().treatment();               // Optional["invest selectively ..."]
 * p.rowBand().label();                // "high"
 * p.columnEvaluation().reasons();     // why the supplier's position is weak
 * }</pre>
 *
 * @param cell the cell the customer lands in
 * @param rowEvaluation the evaluation by the row model, whose score gives the row band
 * @param columnEvaluation the evaluation by the column model, whose score gives the column band
 * @since 0.1.0
 */
public record Placement(Cell cell, Evaluation rowEvaluation, Evaluation columnEvaluation) {

  /**
   * Creates a placement.
   *
   * @param cell the cell the customer lands in
   * @param rowEvaluation the evaluation by the row model
   * @param columnEvaluation the evaluation by the column model
   */
  public Placement {
    requireNonNull(cell, "cell");
    requireNonNull(rowEvaluation, "rowEvaluation");
    requireNonNull(columnEvaluation, "columnEvaluation");
  }

  /**
   * Returns the row band, the same as {@code cell().rowBand()}.
   *
   * @return the row band
   */
  public Band rowBand() {
    return cell.rowBand();
  }

  /**
   * Returns the column band, the same as {@code cell().columnBand()}.
   *
   * @return the column band
   */
  public Band columnBand() {
    return cell.columnBand();
  }

  /**
   * Returns the row score, the same as {@code rowEvaluation().score()}.
   *
   * @return the row score in {@code [0, 100]}
   */
  public double rowScore() {
    return rowEvaluation.score();
  }

  /**
   * Returns the column score, the same as {@code columnEvaluation().score()}.
   *
   * @return the column score in {@code [0, 100]}
   */
  public double columnScore() {
    return columnEvaluation.score();
  }
}
