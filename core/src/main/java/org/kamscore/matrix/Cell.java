package org.kamscore.matrix;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a {@link PortfolioMatrix}: where a row band meets a column band, with a name
 * such as {@code "key account"} and an optional recommended treatment. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class Cell {
  private final String name;
  private final String treatment;
  private final Band rowBand;
  private final Band columnBand;

  Cell(String name, String treatment, Band rowBand, Band columnBand) {
    this.name = name;
    this.treatment = treatment;
    this.rowBand = rowBand;
    this.columnBand = columnBand;
  }

  /**
   * Returns the cell's name.
   *
   * @return the name, such as {@code "key account"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the recommended treatment of the customers in this cell.
   *
   * @return the treatment, or empty if none was declared
   */
  public Optional<String> treatment() {
    return Optional.ofNullable(treatment);
  }

  /**
   * Returns the row band: the band of customer attractiveness in the presets.
   *
   * @return the row band
   */
  public Band rowBand() {
    return rowBand;
  }

  /**
   * Returns the column band: the band of the supplier's position in the presets.
   *
   * @return the column band
   */
  public Band columnBand() {
    return columnBand;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Cell)) {
      return false;
    }
    Cell other = (Cell) o;
    return name.equals(other.name) && Objects.equals(treatment, other.treatment)
        && rowBand.equals(other.rowBand) && columnBand.equals(other.columnBand);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, treatment, rowBand, columnBand);
  }

  /**
   * Returns a summary such as {@code key account (high, high)}: the name, then the row and
   * column band.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return name + " (" + rowBand.label() + ", " + columnBand.label() + ")";
  }
}
