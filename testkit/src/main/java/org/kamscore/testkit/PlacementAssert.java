package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import org.assertj.core.api.AbstractAssert;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.Placement;

/**
 * Assertions on a {@link Placement} in a portfolio matrix, from
 * {@link KamAssertions#assertThat(Placement)}. A failure states what was expected and what was
 * found, followed by the explanations of both axis evaluations.
 *
 * <pre>{@code
 * assertThat(matrix.classify(customer))
 *     .isInCell("key account")
 *     .rowEvaluation().hasTier("A");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlacementAssert extends AbstractAssert<PlacementAssert, Placement> {

  PlacementAssert(Placement actual) {
    super(actual, PlacementAssert.class);
  }

  /**
   * Verifies the cell, by its name.
   *
   * @param name the expected cell's name, such as {@code "key account"}
   * @return this assertion
   * @throws AssertionError if the placement is {@code null} or in another cell
   */
  public PlacementAssert isInCell(String name) {
    requireNonNull(name, "name");
    isNotNull();
    if (!actual.cell().name().equals(name)) {
      fail("in cell \"%s\" but it was in cell \"%s\"", name, actual.cell().name());
    }
    return this;
  }

  /**
   * Verifies the row band, by its label.
   *
   * @param label the expected band's label, such as {@code "high"}
   * @return this assertion
   * @throws AssertionError if the placement is {@code null} or in another row band
   */
  public PlacementAssert hasRowBand(String label) {
    isNotNull();
    return hasBand("row", actual.rowBand(), label);
  }

  /**
   * Verifies the column band, by its label.
   *
   * @param label the expected band's label, such as {@code "low"}
   * @return this assertion
   * @throws AssertionError if the placement is {@code null} or in another column band
   */
  public PlacementAssert hasColumnBand(String label) {
    isNotNull();
    return hasBand("column", actual.columnBand(), label);
  }

  private PlacementAssert hasBand(String axis, Band band, String label) {
    requireNonNull(label, "label");
    if (!band.label().equals(label)) {
      fail("in %s band \"%s\" but it was in %s band \"%s\"", axis, label, axis, band.label());
    }
    return this;
  }

  /**
   * Continues with assertions on the row model's evaluation.
   *
   * @return assertions on the row evaluation
   * @throws AssertionError if the placement is {@code null}
   */
  public EvaluationAssert rowEvaluation() {
    isNotNull();
    return new EvaluationAssert(actual.rowEvaluation());
  }

  /**
   * Continues with assertions on the column model's evaluation.
   *
   * @return assertions on the column evaluation
   * @throws AssertionError if the placement is {@code null}
   */
  public EvaluationAssert columnEvaluation() {
    isNotNull();
    return new EvaluationAssert(actual.columnEvaluation());
  }

  private void fail(String template, Object... args) {
    failWithMessage("%s", Checks.format("Expecting customer " + template, args)
        + Checks.format(" (row band %s, column band %s)", actual.rowBand().label(),
            actual.columnBand().label())
        + "\nRows:\n" + EvaluationAssert.indented(actual.rowEvaluation().explain())
        + "Columns:\n" + EvaluationAssert.indented(actual.columnEvaluation().explain()));
  }
}
