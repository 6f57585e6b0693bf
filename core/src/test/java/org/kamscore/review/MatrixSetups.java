package org.kamscore.review;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.PortfolioMatrix;
import org.quicktheories.core.Gen;

/**
 * Generated matrices of 2 to 4 bands per axis with margins per cut that pass
 * {@link StableMatrix.Builder#build()}, and a minimum of 1 to 3 cycles. Cuts are indexed as in
 * {@link org.kamscore.matrix.Bands}: cut {@code c} lies between band {@code c} and {@code c + 1}.
 */
final class MatrixSetups {
  private MatrixSetups() {}

  /** One axis: its cuts ascending and the margins of each cut. */
  record AxisSetup(List<Double> cuts, double[] ups, double[] downs) {
    int bands() {
      return cuts.size() + 1;
    }

    double promotion(int cut) {
      return cuts.get(cut) + ups[cut];
    }

    double demotion(int cut) {
      return cuts.get(cut) - downs[cut];
    }
  }

  record Setup(AxisSetup rows, AxisSetup columns, int minimumCycles,
      PortfolioMatrix<Account> matrix, StableMatrix stable) {}

  static Gen<Setup> setups() {
    return axes().zip(axes(), integers().between(1, 3), MatrixSetups::setup)
        .assuming(setup -> setup != null);
  }

  private static Gen<AxisSetup> axes() {
    Gen<List<Double>> cuts = lists().of(doubles().between(1.0, 99.0)).ofSizeBetween(1, 3)
        .map(list -> new ArrayList<>(new TreeSet<>(list)));
    Gen<List<Double>> fractions = lists().of(doubles().between(0.05, 1.0)).ofSize(6);
    return cuts.zip(fractions, (c, f) -> {
      List<Double> descending = new ArrayList<>(c);
      java.util.Collections.reverse(descending);
      double[][] byRank = TierSetups.margins(descending, f);
      int n = c.size();
      double[] ups = new double[n];
      double[] downs = new double[n];
      for (int cut = 0; cut < n; cut++) {
        ups[cut] = byRank[0][n - 1 - cut];
        downs[cut] = byRank[1][n - 1 - cut];
      }
      return new AxisSetup(c, ups, downs);
    });
  }

  private static Setup setup(AxisSetup rows, AxisSetup columns, int minimumCycles) {
    PortfolioMatrix<Account> matrix = Matrices.cutAt(rows.cuts(), columns.cuts());
    StableMatrix.Builder builder = StableMatrix.builder(matrix).minimumCycles(minimumCycles);
    List<Band> rowBands = matrix.rows().bands().all();
    List<Band> columnBands = matrix.columns().bands().all();
    for (int cut = 0; cut < rows.cuts().size(); cut++) {
      builder.rowMargins(rowBands.get(cut + 1).label(), rows.ups()[cut], rows.downs()[cut]);
    }
    for (int cut = 0; cut < columns.cuts().size(); cut++) {
      builder.columnMargins(columnBands.get(cut + 1).label(), columns.ups()[cut],
          columns.downs()[cut]);
    }
    try {
      return new Setup(rows, columns, minimumCycles, matrix, builder.build());
    } catch (IllegalStateException rounding) {
      return null;
    }
  }
}
