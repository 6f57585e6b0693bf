package org.kamscore.matrix;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Generators of matrices from 2×2 to 5×5 over a {@code double[]} customer: each axis has 1–5
 * linear criteria (either direction, random weights), 1–4 random cut points and 0–2 value-bound
 * knock-outs on its criteria's values, each capped at the lowest band or at a declared band.
 * The row criteria and knock-outs read {@code customer[0..4]}, the column ones
 * {@code customer[5..9]}, so changing a row value never changes the column band. Public for
 * the chart's tests in {@code org.kamscore.chart}; QuickTheories is on the test path only.
 */
@SuppressWarnings("exports")
public final class GeneratedMatrices implements WithQuickTheories {
  /** Values per axis in a customer: the row axis reads 0..4, the column axis 5..9. */
  public static final int WIDTH = 5;

  /** Creates the generators. */
  public GeneratedMatrices() {}

  /** One linear criterion: its bounds, direction and weight. */
  public record Criterion(double low, double span, boolean higherIsBetter, double weight) {
    Scale scale() {
      return higherIsBetter ? Scale.linear(low, low + span) : Scale.linear(low + span, low);
    }
  }

  /**
   * One value-bound knock-out on the value of a criterion (its position modulo the number of
   * criteria): a higher-is-better value fails below the threshold, a lower-is-better value
   * fails above it, so that a better value never fails where a worse one passes. A negative
   * {@code cap} leaves the cap undeclared (the lowest band); otherwise the cap is the band at
   * {@code cap} modulo the number of bands.
   */
  public record KnockOut(int criterion, double threshold, int cap) {}

  /** One axis: its criteria, its cut points and its knock-outs, named k0, k1. */
  public record AxisSpec(List<Criterion> criteria, List<Double> cuts, List<KnockOut> knockOuts) {
    ScoringModel<double[]> model(String id, int offset) {
      ScoringModel.Builder<double[]> builder = ScoringModel.builder(double[].class).id(id, "1");
      for (int i = 0; i < criteria.size(); i++) {
        int field = offset + i;
        builder.criterion("c" + i, c -> c[field], criteria.get(i).scale(),
            criteria.get(i).weight());
      }
      for (int k = 0; k < knockOuts.size(); k++) {
        KnockOut knockOut = knockOuts.get(k);
        int field = offset + knockOut.criterion() % criteria.size();
        if (criteria.get(knockOut.criterion() % criteria.size()).higherIsBetter()) {
          builder.knockOutBelow("k" + k, c -> c[field], knockOut.threshold());
        } else {
          builder.knockOutAbove("k" + k, c -> c[field], knockOut.threshold());
        }
      }
      return builder.build();
    }

    Bands bands() {
      return Bands.cutAt(cuts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The position of the band the k-th knock-out caps at: 0 unless one is declared. */
    public int capIndex(int k) {
      int cap = knockOuts.get(k).cap();
      return cap < 0 ? 0 : cap % (cuts.size() + 1);
    }

    /**
     * Tells, without the model, whether a customer fails the k-th knock-out of this axis.
     *
     * @param customer the customer
     * @param offset where this axis's values start in the customer
     */
    public boolean fails(int k, double[] customer, int offset) {
      KnockOut knockOut = knockOuts.get(k);
      int i = knockOut.criterion() % criteria.size();
      double value = customer[offset + i];
      return criteria.get(i).higherIsBetter()
          ? value < knockOut.threshold()
          : value > knockOut.threshold();
    }
  }

  /** A matrix: rows and columns; every cell is named after its bands' positions. */
  public record MatrixSpec(AxisSpec rows, AxisSpec columns) {
    /**
     * Builds the matrix, declaring the knock-outs' caps.
     *
     * @return the matrix
     */
    public PortfolioMatrix<double[]> build() {
      Bands rowBands = rows.bands();
      Bands columnBands = columns.bands();
      PortfolioMatrix.Builder<double[]> builder = PortfolioMatrix.builder(double[].class)
          .id("generated", "1")
          .rows(rows.model("rows", 0), rowBands)
          .columns(columns.model("columns", WIDTH), columnBands);
      for (int k = 0; k < rows.knockOuts().size(); k++) {
        if (rows.knockOuts().get(k).cap() >= 0) {
          builder.knockOutCapsRowAt("k" + k, rowBands.all().get(rows.capIndex(k)).label());
        }
      }
      for (int k = 0; k < columns.knockOuts().size(); k++) {
        if (columns.knockOuts().get(k).cap() >= 0) {
          builder.knockOutCapsColumnAt("k" + k,
              columnBands.all().get(columns.capIndex(k)).label());
        }
      }
      for (Band row : rowBands.all()) {
        for (Band column : columnBands.all()) {
          builder.cell(row.label(), column.label(), "r" + row.index() + "c" + column.index());
        }
      }
      return builder.build();
    }
  }

  /** An improvement of one criterion of one axis by a non-negative amount. */
  public record Improvement(boolean onRows, int criterion, double amount) {
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

  /**
   * Generates matrices.
   *
   * @return matrices from 2×2 to 5×5, with 0–2 knock-outs per axis
   */
  public Gen<MatrixSpec> matrices() {
    return axes().zip(axes(), MatrixSpec::new);
  }

  private Gen<AxisSpec> axes() {
    Gen<Criterion> criterion = doubles().between(-50, 50).zip(doubles().between(0.5, 100),
        booleans().all(), doubles().between(0.01, 10), Criterion::new);
    // k + 1 positive gaps give k strictly increasing cut points inside (0, 100)
    Gen<List<Double>> cuts = lists().of(doubles().between(1, 100)).ofSizeBetween(2, 5)
        .map(GeneratedMatrices::cutsFromGaps);
    // thresholds inside the customers' values, so that many customers fail and many pass
    Gen<KnockOut> knockOut = integers().between(0, WIDTH - 1).zip(
        doubles().between(-60, 160), integers().between(-2, 4), KnockOut::new);
    return lists().of(criterion).ofSizeBetween(1, WIDTH)
        .zip(cuts, lists().of(knockOut).ofSizeBetween(0, 2), AxisSpec::new);
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

  /**
   * Generates customers whose values reach beyond the scales' bounds on both sides.
   *
   * @return customers of {@code 2 * WIDTH} values
   */
  public Gen<double[]> customers() {
    return lists().of(doubles().between(-100, 200)).ofSize(2 * WIDTH)
        .map(values -> values.stream().mapToDouble(Double::doubleValue).toArray())
        .describedAs(java.util.Arrays::toString);
  }

  /**
   * Generates portfolios.
   *
   * @param largest the most customers in a portfolio
   * @return portfolios of 0 to {@code largest} customers
   */
  public Gen<List<double[]>> portfolios(int largest) {
    return lists().of(customers()).ofSizeBetween(0, largest)
        .describedAs(list -> list.stream().map(java.util.Arrays::toString).toList().toString());
  }

  Gen<Improvement> improvements() {
    return booleans().all().zip(integers().between(0, WIDTH - 1), doubles().between(0, 300),
        Improvement::new);
  }
}
