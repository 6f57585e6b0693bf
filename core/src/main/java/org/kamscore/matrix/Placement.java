package org.kamscore.matrix;

import java.util.List;
import java.util.Objects;
import org.kamscore.Evaluation;

/**
 * Where {@link PortfolioMatrix#classify(Object)} placed a customer: the cell, both axis
 * evaluations, which explain the placement criterion by criterion, and the knock-outs that held
 * the customer below the band of its score.
 *
 * <pre>{@code
 * Placement p = matrix.classify(customer);
 * p.cell().name();                    // "develop"
 * p.cell().treatment();               // Optional["invest selectively ..."]
 * p.rowBand().label();                // "high"
 * p.columnEvaluation().reasons();     // why the supplier's position is weak
 * p.rowCappedBy();                    // [] or ["minimum-revenue"]: knock-outs that capped the row
 * }</pre>
 *
 * <p>On each axis the band is the band of the score, unless the customer failed knock-outs of
 * that axis's model: then it is the lowest of the score's band and those knock-outs'
 * {@linkplain Axis#caps() caps}. Instances are made by the matrix and are immutable.
 *
 * @since 0.1.0
 */
public final class Placement {
  private final Cell cell;
  private final Evaluation rowEvaluation;
  private final Evaluation columnEvaluation;
  private final Band rowScoreBand;
  private final Band columnScoreBand;
  private final List<String> rowCappedBy;
  private final List<String> columnCappedBy;

  Placement(Cell cell, Evaluation rowEvaluation, Evaluation columnEvaluation,
      Band rowScoreBand, Band columnScoreBand, List<String> rowCappedBy,
      List<String> columnCappedBy) {
    this.cell = cell;
    this.rowEvaluation = rowEvaluation;
    this.columnEvaluation = columnEvaluation;
    this.rowScoreBand = rowScoreBand;
    this.columnScoreBand = columnScoreBand;
    this.rowCappedBy = List.copyOf(rowCappedBy);
    this.columnCappedBy = List.copyOf(columnCappedBy);
  }

  /**
   * Returns the cell the customer lands in.
   *
   * @return the cell of {@link #rowBand()} and {@link #columnBand()}
   */
  public Cell cell() {
    return cell;
  }

  /**
   * Returns the evaluation by the row model, whose score and failed knock-outs give the row
   * band.
   *
   * @return the row evaluation
   */
  public Evaluation rowEvaluation() {
    return rowEvaluation;
  }

  /**
   * Returns the evaluation by the column model, whose score and failed knock-outs give the
   * column band.
   *
   * @return the column evaluation
   */
  public Evaluation columnEvaluation() {
    return columnEvaluation;
  }

  /**
   * Returns the row band, the same as {@code cell().rowBand()}: the band of the row score, or
   * the cap of a failed knock-out if that is lower.
   *
   * @return the row band
   */
  public Band rowBand() {
    return cell.rowBand();
  }

  /**
   * Returns the column band, the same as {@code cell().columnBand()}: the band of the column
   * score, or the cap of a failed knock-out if that is lower.
   *
   * @return the column band
   */
  public Band columnBand() {
    return cell.columnBand();
  }

  /**
   * Returns the band the row score alone gives, before knock-outs cap it.
   *
   * @return the band of {@link #rowScore()}; the same as {@link #rowBand()} unless
   *     {@link #rowCappedBy()} is non-empty
   */
  public Band rowScoreBand() {
    return rowScoreBand;
  }

  /**
   * Returns the band the column score alone gives, before knock-outs cap it.
   *
   * @return the band of {@link #columnScore()}; the same as {@link #columnBand()} unless
   *     {@link #columnCappedBy()} is non-empty
   */
  public Band columnScoreBand() {
    return columnScoreBand;
  }

  /**
   * Returns the failed knock-outs of the row model whose cap lies below the band of the row
   * score: those that held the customer down on the row axis. The row band is the lowest of
   * their caps.
   *
   * @return an unmodifiable list of knock-out names in declaration order, empty if no
   *     knock-out capped the row axis
   */
  public List<String> rowCappedBy() {
    return rowCappedBy;
  }

  /**
   * Returns the failed knock-outs of the column model whose cap lies below the band of the
   * column score: those that held the customer down on the column axis. The column band is the
   * lowest of their caps.
   *
   * @return an unmodifiable list of knock-out names in declaration order, empty if no
   *     knock-out capped the column axis
   */
  public List<String> columnCappedBy() {
    return columnCappedBy;
  }

  /**
   * Tells whether a knock-out held the customer below the band of its score on either axis.
   *
   * @return {@code true} if {@link #rowCappedBy()} or {@link #columnCappedBy()} is non-empty
   */
  public boolean isCapped() {
    return !rowCappedBy.isEmpty() || !columnCappedBy.isEmpty();
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

  /**
   * Tells whether another object is a placement in an equal cell, with equal evaluations,
   * score bands and capping knock-outs.
   *
   * @param o the object to compare with
   * @return {@code true} if {@code o} is an equal placement
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Placement)) {
      return false;
    }
    Placement other = (Placement) o;
    return cell.equals(other.cell) && rowEvaluation.equals(other.rowEvaluation)
        && columnEvaluation.equals(other.columnEvaluation)
        && rowScoreBand.equals(other.rowScoreBand)
        && columnScoreBand.equals(other.columnScoreBand)
        && rowCappedBy.equals(other.rowCappedBy) && columnCappedBy.equals(other.columnCappedBy);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(cell, rowEvaluation, columnEvaluation, rowScoreBand, columnScoreBand,
        rowCappedBy, columnCappedBy);
  }

  /**
   * Returns a summary of the cell, both scores and any caps, such as
   * {@code Placement[reduce (low, high), row score 71.30 capped from high by
   * [minimum-revenue], column score 62.00]}. It names no customer.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Placement[" + cell + ", row score " + score(rowEvaluation.score())
        + cap(rowScoreBand, rowCappedBy) + ", column score " + score(columnEvaluation.score())
        + cap(columnScoreBand, columnCappedBy) + "]";
  }

  private static String score(double score) {
    return Checks.format("%.2f", score);
  }

  private static String cap(Band scoreBand, List<String> cappedBy) {
    return cappedBy.isEmpty() ? "" : " capped from " + scoreBand.label() + " by " + cappedBy;
  }
}
