package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void everyCustomer_landsInExactlyOneCell_andCountsSumToTheSize() {
    forAllPortfolios(40, (spec, customers) -> {
      PortfolioMatrix<double[]> matrix = spec.build();
      Classification<double[]> result = matrix.classifyAll(customers);
      int total = 0;
      for (Cell cell : matrix.cells()) {
        assertThat(result.members(cell)).hasSize(result.count(cell));
        total += result.count(cell);
      }
      assertThat(total).isEqualTo(customers.size()).isEqualTo(result.size());
      for (int i = 0; i < customers.size(); i++) {
        Placement placement = result.placements().get(i);
        assertThat(placement.rowBand().contains(placement.rowScore())).isTrue();
        assertThat(placement.columnBand().contains(placement.columnScore())).isTrue();
        assertThat(placement.cell())
            .isEqualTo(matrix.cell(placement.rowBand().label(),
                placement.columnBand().label()));
        assertThat(cellsHolding(result, customers.get(i))).containsExactly(placement.cell());
      }
    });
  }

  /** Checks a property for generated matrices and portfolios of up to {@code largest}. */
  private void forAllPortfolios(
      int largest, BiConsumer<MatrixSpec, List<double[]>> property) {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(largest))
        .checkAssert(property);
  }

  /** The cells whose members hold this very customer, once per occurrence. */
  private static List<Cell> cellsHolding(Classification<double[]> result, double[] customer) {
    return result.matrix().cells().stream()
        .flatMap(cell -> result.members(cell).stream().filter(m -> m == customer).map(m -> cell))
        .toList();
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
