package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.matrix.Fixtures.ATTRACTIVENESS;
import static org.kamscore.matrix.Fixtures.POSITION;

import org.junit.jupiter.api.Test;
import org.kamscore.matrix.Fixtures.Customer;

final class MatrixPresetsTest {

  @Test
  void keyAccount_namesAndTreatsTheFourCells() {
    PortfolioMatrix<Customer> matrix = MatrixPresets.keyAccount(ATTRACTIVENESS, POSITION);
    assertThat(matrix.id()).isEqualTo("key-account-matrix");
    assertThat(matrix.version()).isEqualTo("1");
    assertThat(matrix.rows().model()).isSameAs(ATTRACTIVENESS);
    assertThat(matrix.columns().model()).isSameAs(POSITION);
    assertThat(matrix.rows().bands()).isEqualTo(Bands.cutAt(50));
    assertThat(matrix.columns().bands()).isEqualTo(Bands.cutAt(50));
    assertCell(matrix.cell("high", "high"), "key account", "dedicated key-account manager, "
        + "joint planning and priority service; secure and expand the relationship");
    assertCell(matrix.cell("high", "low"), "develop", "invest to win share of wallet: more "
        + "contact, tailored offers and solutions; build the relationship");
    assertCell(matrix.cell("low", "high"), "maintain", "serve efficiently with standard "
        + "processes and terms; defend the position at a low cost to serve");
    assertCell(matrix.cell("low", "low"), "reduce", "minimize effort: a standard offer "
        + "through lean or indirect channels; review the terms or let go");
  }

  private static void assertCell(Cell cell, String name, String treatment) {
    assertThat(cell.name()).isEqualTo(name);
    assertThat(cell.treatment()).contains(treatment);
  }

  @Test
  void keyAccount_placesHighAttractivenessAndWeakPositionInDevelop() {
    PortfolioMatrix<Customer> matrix = MatrixPresets.keyAccount(ATTRACTIVENESS, POSITION);
    assertThat(matrix.classify(new Customer("x", 90, 10)).cell().name()).isEqualTo("develop");
    assertThat(matrix.classify(new Customer("y", 10, 90)).cell().name()).isEqualTo("maintain");
  }

  @Test
  void nineBox_investsTopRightSelectsTheDiagonalHarvestsBottomLeft() {
    PortfolioMatrix<Customer> matrix = MatrixPresets.nineBox(ATTRACTIVENESS, POSITION);
    assertThat(matrix.id()).isEqualTo("nine-box");
    assertThat(matrix.rows().bands()).isEqualTo(Bands.cutAt(33, 67));
    assertThat(matrix.columns().bands()).isEqualTo(Bands.cutAt(33, 67));
    assertThat(matrix.toText()).isEqualTo("""
        nine-box 1
        rows:    attractiveness 2026.1 (low < 33.0 <= medium < 67.0 <= high)
        columns: position 2026.1 (low < 33.0 <= medium < 67.0 <= high)

               | low     | medium          | high
        -------+---------+-----------------+----------------
        high   | select  | invest and grow | invest and grow
        medium | harvest | select          | invest and grow
        low    | harvest | harvest         | select""");
  }

  @Test
  void nineBox_treatsEachKindOfCellAlike() {
    PortfolioMatrix<Customer> matrix = MatrixPresets.nineBox(ATTRACTIVENESS, POSITION);
    for (Cell cell : matrix.cells()) {
      String treatment = cell.treatment().orElseThrow();
      switch (cell.name()) {
        case "invest and grow" -> assertThat(treatment).isEqualTo("invest to grow: "
            + "key-account management, joint development and priority capacity");
        case "select" -> assertThat(treatment).isEqualTo("invest selectively: improve the "
            + "position where the customer's attractiveness justifies it, otherwise hold at "
            + "moderate cost");
        default -> assertThat(treatment).isEqualTo("harvest: keep the cost to serve low, "
            + "protect the margin, standard terms");
      }
    }
    assertThat(matrix.cells()).extracting(Cell::name).containsExactly(
        "harvest", "harvest", "select",
        "harvest", "select", "invest and grow",
        "select", "invest and grow", "invest and grow");
  }

  @Test
  void nineBox_bandEdges_followTheCutPoints() {
    PortfolioMatrix<Customer> matrix = MatrixPresets.nineBox(ATTRACTIVENESS, POSITION);
    assertThat(matrix.classify(new Customer("x", 67, 33)).cell().toString())
        .isEqualTo("invest and grow (high, medium)");
    assertThat(matrix.classify(new Customer("y", 66.9, 32.9)).cell().toString())
        .isEqualTo("harvest (medium, low)");
  }
}
