package org.kamscore.review;

import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** The matrices of the review tests: rows score "value", columns score "margin". */
final class Matrices {
  private Matrices() {}

  /** Rows: "value" on linear(0, 100), knock-out "minimum-revenue" (lowest tier). */
  static ScoringModel<Account> rows() {
    return ScoringModel.builder(Account.class).id("attractiveness", "2026.1")
        .criterion("value", Account::value, Scale.linear(0, 100), 1)
        .knockOutBelow("minimum-revenue", Account::revenue, Models.MINIMUM_REVENUE)
        .build();
  }

  /** Columns: "margin" on linear(0, 100), knock-out "rating" (lowest tier). */
  static ScoringModel<Account> columns() {
    return ScoringModel.builder(Account.class).id("supplier-position", "2026.1")
        .criterion("margin", Account::margin, Scale.linear(0, 100), 1)
        .knockOutBelow("rating", Account::rating, Models.MINIMUM_RATING)
        .build();
  }

  /**
   * Rows cut at 40 and 70 (low, medium, high), columns at 50 (low, high): key account,
   * develop, maintain, observe, serve efficiently, reduce.
   */
  static PortfolioMatrix<Account> threeByTwo() {
    return PortfolioMatrix.builder(Account.class).id("furniture-matrix", "2026.1")
        .rows(rows(), Bands.cutAt(40, 70))
        .columns(columns(), Bands.cutAt(50))
        .cell("high", "high", "key account").cell("high", "low", "develop")
        .cell("medium", "high", "maintain").cell("medium", "low", "observe")
        .cell("low", "high", "serve efficiently").cell("low", "low", "reduce")
        .build();
  }

  /** Any cuts; every cell named after its bands' positions, such as {@code r1c0}. */
  static PortfolioMatrix<Account> cutAt(List<Double> rowCuts, List<Double> columnCuts) {
    Bands rowBands = Bands.cutAt(rowCuts.stream().mapToDouble(Double::doubleValue).toArray());
    Bands columnBands =
        Bands.cutAt(columnCuts.stream().mapToDouble(Double::doubleValue).toArray());
    PortfolioMatrix.Builder<Account> builder = PortfolioMatrix.builder(Account.class)
        .id("generated", "1").rows(rows(), rowBands).columns(columns(), columnBands);
    for (Band row : rowBands.all()) {
      for (Band column : columnBands.all()) {
        builder.cell(row.label(), column.label(), "r" + row.index() + "c" + column.index());
      }
    }
    return builder.build();
  }
}
