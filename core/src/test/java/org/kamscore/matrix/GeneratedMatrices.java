package org.kamscore.matrix;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Generators of matrices from 2×2 to 5×5 over a {@code double[]} customer: each axis has 1–5
 * linear criteria (either direction, random weights) and 1–4 random cut points. The row
 * criteria read {@code customer[0..4]}, the column criteria {@code customer[5..9]}, so
 * changing a row value never changes the column score.
 */
final class GeneratedMatrices implements WithQuickTheories {
  /** Values per axis in a customer: the row axis reads 0..4, the column axis 5..9. */
  static final int WIDTH = 5;

  /** One linear criterion: its bounds, direction and weight. */
  record Criterion(double low, double span, boolean higherIsBetter, double weight) {
    Scale scale() {
      return higherIsBetter ? Scale.linear(low, low + span) : Scale.linear(low + span, low);
    }
  }

  /** One axis: its criteria and its cut points. */
  record AxisSpec(List<Criterion> criteria, List<Double> cuts) {
    ScoringModel<double[]> model(String id, int offset) {
      ScoringModel.Builder<double[]> builder = ScoringModel.builder(double[].class).id(id, "1");
      for (int i = 0; i < criteria.size(); i++) {
        int field = offset + i;
        builder.criterion("c" + i, c -> c[field], criteria.get(i).scale(),
            criteria.get(i).weight());
      }
      return builder.build();
    }

    Bands bands() {
      return Bands.cutAt(cuts.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /** A matrix: rows and columns; every cell is named after its bands' positions. */
  record MatrixSpec(AxisSpec rows, AxisSpec columns) {
    PortfolioMatrix<double[]> build() {
      Bands rowBands = rows.bands();
      Bands columnBands = columns.bands();
      PortfolioMatrix.Builder<double[]> builder = PortfolioMatrix.builder(double[].class)
          .id("generated", "1")
          .rows(rows.model("rows", 0), rowBands)
          .columns(columns.model("columns", WIDTH), columnBands);
      for (Band row : rowBands.all()) {
        for (Band column : columnBands.all()) {
          builder.cell(row.label(), column.label(), "r" + row.index() + "c" + column.index());
        }
      }
      return builder.build();
    }
  }

  /** An improvement of one criterion of one axis by a non-negative amount. */
  record Improvement(boolean onRows, int criterion, double amount) {
    /** Returns a copy of the customer whose chosen value is better by {@code amount}. */
    double[] apply(double[] customer, MatrixSpec spec) {
      AxisSpec axis = onRows ? spec.rows() : spec.columns();
      int i = criterion % axis.criteria().size();
      double[] better = customer.clone();
      int field = (onRows ? 0 : WIDTH) + i;
      better[field] += axis.criteria().get(i).higherIsBetter() ? amount : -amount;
      return better;
    }
  }

  Gen<MatrixSpec> matrices() {
    return axes().zip(axes(), MatrixSpec::new);
  }

  private Gen<AxisSpec> axes() {
    Gen<Criterion> criterion = doubles().between(-50, 50).zip(doubles().between(0.5, 100),
        booleans().all(), doubles().between(0.01, 10), Criterion::new);
    // k + 1 positive gaps give k strictly increasing cut points inside (0, 100)
    Gen<List<Double>> cuts = lists().of(doubles().between(1, 100)).ofSizeBetween(2, 5)
        .map(GeneratedMatrices::cutsFromGaps);
    return lists().of(criterion).ofSizeBetween(1, WIDTH).zip(cuts, AxisSpec::new);
  }

  private static List<Double> cutsFromGaps(List<Double> gaps) {
    double total = gaps.stream().mapToDouble(Double::doubleValue).sum();
    List<Double> cuts = new ArrayList<>();
    double sum = 0.0;
    for (int i = 0; i < gaps.size() - 1; i++) {
      sum += gaps.get(i);
      cuts.add(sum / total * 100.0);
    }
    return cuts;
  }

  /** Customers whose values reach beyond the scales' bounds on both sides. */
  Gen<double[]> customers() {
    return lists().of(doubles().between(-100, 200)).ofSize(2 * WIDTH)
        .map(values -> values.stream().mapToDouble(Double::doubleValue).toArray())
        .describedAs(java.util.Arrays::toString);
  }

  Gen<List<double[]>> portfolios(int largest) {
    return lists().of(customers()).ofSizeBetween(0, largest)
        .describedAs(list -> list.stream().map(java.util.Arrays::toString).toList().toString());
  }

  Gen<Improvement> improvements() {
    return booleans().all().zip(integers().between(0, WIDTH - 1), doubles().between(0, 300),
        Improvement::new);
  }
}
