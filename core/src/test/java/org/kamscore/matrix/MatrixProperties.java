package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.kamscore.Execution;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.GeneratedMatrices.MatrixSpec;
import org.quicktheories.WithQuickTheories;

/**
 * Properties of classification over generated matrices (2×2 to 5×5) and customers; the number
 * of examples comes from the system property {@code kamscore.properties.examples}.
 */
final class MatrixProperties implements WithQuickTheories {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private final GeneratedMatrices generated = new GeneratedMatrices();

  /** Also over knock-outs: a better value never fails a knock-out a worse one passes. */
  @Test
  void improvingACriterion_neverLowersTheBandOnItsAxis() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.customers(), generated.improvements())
        .checkAssert((spec, customer, improvement) -> {
          PortfolioMatrix<double[]> matrix = spec.build();
          Placement before = matrix.classify(customer);
          Placement after = matrix.classify(improvement.apply(customer, spec));
          Band improved = improvement.onRows() ? after.rowBand() : after.columnBand();
          Band original = improvement.onRows() ? before.rowBand() : before.columnBand();
          assertThat(improved.index()).isGreaterThanOrEqualTo(original.index());
          Band other = improvement.onRows() ? after.columnBand() : after.rowBand();
          assertThat(other).isEqualTo(improvement.onRows()
              ? before.columnBand() : before.rowBand());
        });
  }

  @Test
  void failedKnockOut_neverYieldsABandAboveItsCap() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.customers())
        .checkAssert((spec, customer) -> {
          Placement placement = spec.build().classify(customer);
          for (int k = 0; k < spec.rows().knockOuts().size(); k++) {
            if (spec.rows().fails(k, customer, 0)) {
              assertThat(placement.rowBand().index()).isLessThanOrEqualTo(spec.rows().capIndex(k));
            }
          }
          for (int k = 0; k < spec.columns().knockOuts().size(); k++) {
            if (spec.columns().fails(k, customer, GeneratedMatrices.WIDTH)) {
              assertThat(placement.columnBand().index())
                  .isLessThanOrEqualTo(spec.columns().capIndex(k));
            }
          }
        });
  }

  @Test
  void placement_matchesAnIndependentClassification() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.customers())
        .checkAssert((spec, customer) -> {
          PortfolioMatrix<double[]> matrix = spec.build();
          Placement placement = matrix.classify(customer);
          Expected rows = expected(spec.rows(), matrix.rows().model(), customer, 0);
          Expected columns = expected(spec.columns(), matrix.columns().model(), customer,
              GeneratedMatrices.WIDTH);
          assertThat(placement.rowScoreBand().index()).isEqualTo(rows.scoreBand());
          assertThat(placement.columnScoreBand().index()).isEqualTo(columns.scoreBand());
          assertThat(placement.rowBand().index()).isEqualTo(rows.band());
          assertThat(placement.columnBand().index()).isEqualTo(columns.band());
          assertThat(placement.rowCappedBy()).isEqualTo(rows.cappedBy());
          assertThat(placement.columnCappedBy()).isEqualTo(columns.cappedBy());
          assertThat(placement.isCapped())
              .isEqualTo(rows.band() < rows.scoreBand() || columns.band() < columns.scoreBand());
          assertThat(placement.cell().name()).isEqualTo("r" + rows.band() + "c" + columns.band());
          assertThat(placement.rowEvaluation().failedKnockOuts()).isEqualTo(rows.failed());
          assertThat(placement.columnEvaluation().failedKnockOuts()).isEqualTo(columns.failed());
        });
  }

  @Test
  void everyCellsMembers_areTheCustomersAnIndependentClassificationPutsThere() {
    forAllPortfolios(40, (spec, customers) -> {
      PortfolioMatrix<double[]> matrix = spec.build();
      Classification<double[]> result = matrix.classifyAll(customers);
      int columnBands = spec.columns().cuts().size() + 1;
      List<List<Integer>> expected = new ArrayList<>();
      for (int c = 0; c < (spec.rows().cuts().size() + 1) * columnBands; c++) {
        expected.add(new ArrayList<>());
      }
      for (int i = 0; i < customers.size(); i++) {
        int row = expected(spec.rows(), matrix.rows().model(), customers.get(i), 0).band();
        int column = expected(spec.columns(), matrix.columns().model(), customers.get(i),
            GeneratedMatrices.WIDTH).band();
        expected.get(row * columnBands + column).add(i);
      }
      Map<double[], Integer> index = new IdentityHashMap<>();
      for (int i = 0; i < customers.size(); i++) {
        index.put(customers.get(i), i);
      }
      assertThat(result.size()).isEqualTo(customers.size());
      for (Band row : matrix.rows().bands().all()) {
        for (Band column : matrix.columns().bands().all()) {
          List<Integer> cell = expected.get(row.index() * columnBands + column.index());
          assertThat(result.count(row.label(), column.label())).isEqualTo(cell.size());
          assertThat(result.members(row.label(), column.label()))
              .extracting(index::get).containsExactlyInAnyOrderElementsOf(cell);
        }
      }
    });
  }

  /** The bands of a customer on one axis, worked out from the spec and the model's score. */
  private record Expected(int scoreBand, int band, List<String> cappedBy, List<String> failed) {}

  /**
   * Classifies a customer on one axis without the matrix: the score's band is the number of
   * cut points the score reaches; each knock-out the spec says the customer fails lowers the
   * band to its cap, and names itself if its cap lies below the score's band.
   */
  private static Expected expected(GeneratedMatrices.AxisSpec axis, ScoringModel<double[]> model,
      double[] customer, int offset) {
    double score = model.score(customer);
    int scoreBand = 0;
    for (double cut : axis.cuts()) {
      if (score >= cut) {
        scoreBand++;
      }
    }
    int band = scoreBand;
    List<String> cappedBy = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int k = 0; k < axis.knockOuts().size(); k++) {
      if (axis.fails(k, customer, offset)) {
        failed.add("k" + k);
        if (axis.capIndex(k) < scoreBand) {
          cappedBy.add("k" + k);
          band = Math.min(band, axis.capIndex(k));
        }
      }
    }
    return new Expected(scoreBand, band, cappedBy, failed);
  }

  /** Checks a property for generated matrices and portfolios of up to {@code largest}. */
  private void forAllPortfolios(
      int largest, BiConsumer<MatrixSpec, List<double[]>> property) {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(largest))
        .checkAssert(property);
  }

  @Test
  void members_areOrderedByRowScoreThenColumnScoreDescending() {
    forAllPortfolios(40, (spec, customers) -> {
      PortfolioMatrix<double[]> matrix = spec.build();
      ScoringModel<double[]> rows = matrix.rows().model();
      ScoringModel<double[]> columns = matrix.columns().model();
      Classification<double[]> result = matrix.classifyAll(customers);
      for (Cell cell : matrix.cells()) {
        List<double[]> members = result.members(cell);
        for (int m = 1; m < members.size(); m++) {
          double[] previous = members.get(m - 1);
          double[] next = members.get(m);
          assertThat(rows.score(previous)).isGreaterThanOrEqualTo(rows.score(next));
          if (rows.score(previous) == rows.score(next)) {
            assertThat(columns.score(previous)).isGreaterThanOrEqualTo(columns.score(next));
          }
        }
      }
    });
  }

  @Test
  void classification_isDeterministic_andTheSameSequentiallyAndInParallel() {
    forAllPortfolios(60, (spec, customers) -> {
      PortfolioMatrix<double[]> matrix = spec.build();
      Classification<double[]> first = matrix.classifyAll(customers);
      Classification<double[]> again = spec.build().classifyAll(customers);
      Classification<double[]> parallel = matrix.classifyAll(customers, Execution.PARALLEL);
      for (Classification<double[]> other : List.of(again, parallel)) {
        assertThat(other.placements()).isEqualTo(first.placements());
        assertThat(other.toText()).isEqualTo(first.toText());
        for (int c = 0; c < matrix.cells().size(); c++) {
          assertThat(other.members(other.matrix().cells().get(c)))
              .containsExactlyElementsOf(first.members(matrix.cells().get(c)));
        }
      }
      for (int i = 0; i < customers.size(); i++) {
        assertThat(matrix.classify(customers.get(i)))
            .isEqualTo(first.placements().get(i));
      }
    });
  }
}
