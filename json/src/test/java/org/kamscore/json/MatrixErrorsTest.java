package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.json.Resources.REMOVE;
import static org.kamscore.json.Resources.edit;
import static org.kamscore.json.Resources.json;

import org.junit.jupiter.api.Test;

/** The rules a matrix document can break, each named by its JSON Pointer. */
final class MatrixErrorsTest {
  private static final String MATRIX = "matrix.json";

  @Test
  void modelOfAnAxis_isCheckedAtItsPointer() {
    rejects(edit(MATRIX, "/rows/model/criteria/1/weight", 0), "/rows/model/criteria/1/weight",
        "/rows/model/criteria/1/weight: weight of criterion 'margin' must be positive and "
            + "finite but was: 0.0");
  }

  @Test
  void repeatedNameInAnAxisModel_isFoundThere() {
    rejects(edit(MATRIX, "/columns/model/criteria/1/name", "margin"),
        "/columns/model/criteria/1/name",
        "/columns/model/criteria/1/name: criterion name must be unique but was repeated: "
            + "'margin'");
  }

  @Test
  void cutPointOutOfRange_isRejected_atIt() {
    rejects(edit(MATRIX, "/columns/bands/cuts/1", 100), "/columns/bands/cuts/1",
        "/columns/bands/cuts/1: cut point must be inside (0, 100) but was: 100.0");
  }

  @Test
  void cutPointsOutOfOrder_areRejected_atTheSecond() {
    rejects(edit(MATRIX, "/columns/bands/cuts/1", 20), "/columns/bands/cuts/1",
        "/columns/bands/cuts/1: cut point must be above the previous cut point 33.0 but was: "
            + "20.0");
  }

  @Test
  void noCutPoint_isRejected() {
    rejects(edit(MATRIX, "/rows/bands/cuts", json("[]")), "/rows/bands/cuts",
        "/rows/bands/cuts: number of cut points must be at least 1 but was: 0");
  }

  @Test
  void labelsOfTheWrongNumber_areRejected() {
    rejects(edit(MATRIX, "/rows/bands/labels/2", "top"), "/rows/bands/labels",
        "/rows/bands/labels: number of labels must be 2, one per band, but was: 3");
  }

  @Test
  void cellOnAnUnknownBand_isRejected() {
    rejects(edit(MATRIX, "/cells/0/row", "middle"), "/cells/0/row",
        "/cells/0/row: row band must be one of [low, high] but was: 'middle'");
  }

  @Test
  void cellDeclaredTwice_isRejected() {
    rejects(edit(MATRIX, "/cells/1/column", "weak"), "/cells/1",
        "/cells/1: cell (low, weak) must be declared once but was already named: 'reduce'");
  }

  @Test
  void cellLeftOut_isRejected_atTheCells() {
    rejects(edit(MATRIX, "/cells/5", REMOVE), "/cells",
        "/cells: every cell (row band, column band) must have a name but these had none: "
            + "(high, strong)");
  }

  @Test
  void unknownAxisField_isRejected() {
    rejects(edit(MATRIX, "/rows/caps", json("{}")), "/rows/caps",
        "/rows/caps must be a field of an axis: a model and its bands (model, bands) but was: "
            + "an unknown field");
  }

  @Test
  void modelDocument_isNoMatrix() {
    PolicyDocumentException e = Rejected.by(() -> PolicyFormat.json()
        .readMatrix(Resources.text("attractiveness.json"), Policies.ATTRIBUTES));

    assertThat(e).hasMessage("/kind must be 'portfolio-matrix' (read a scoring-model with readModel) "
            + "but was: \"scoring-model\"");
  }

  private static void rejects(String document, String pointer, String message) {
    Rejected.as(Rejected.by(() -> PolicyFormat.json().readMatrix(document, Policies.ATTRIBUTES)),
        pointer, message);
  }
}
