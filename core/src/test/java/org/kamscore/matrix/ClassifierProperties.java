package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kamscore.Execution;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.GeneratedMatrices.MatrixSpec;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Properties of the batch classification over generated matrices and portfolios with many
 * tied scores, in every way it can run: sequentially, and in parallel on a pool of three with
 * chunks of one to seven customers and cells sorted in parallel halves of two to nine members,
 * with score keys that keep as many score bits as a batch of millions does or so few that
 * nearly all of them collide. Oracles place and order the customers one by one, through
 * {@link PortfolioMatrix#classify} and {@link List#sort}, never through the batch code.
 */
final class ClassifierProperties implements WithQuickTheories {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private static ForkJoinPool pool;
  private final GeneratedMatrices generated = new GeneratedMatrices();

  @BeforeAll
  static void startPool() {
    pool = new ForkJoinPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdown();
  }

  /** How a batch runs: sequentially or on the pool, cut up by the tuning. */
  private record Run(boolean parallel, Classifier.Tuning tuning) {
    <T> Classification<T> classify(PortfolioMatrix<T> matrix, List<T> customers,
        Comparator<? super T> memberOrder) {
      Execution execution = parallel ? Execution.parallel(pool) : Execution.SEQUENTIAL;
      return new Classifier<>(matrix, customers.toArray(), memberOrder, execution, tuning)
          .classify();
    }
  }

  /**
   * Runs with chunks of 1–7 customers, parallel halves of 2–9 members, keys of as many score
   * bits as the batch allows or of 24, 6 or 2, and the JDK's sort for ranges of up to 0–16 keys,
   * radix beyond.
   */
  private Gen<Run> runs() {
    Gen<Classifier.Tuning> tunings = integers().between(1, 7).zip(integers().between(2, 9),
        integers().between(0, 3).map(k -> new int[] {0, 40, 58, 62}[k]),
        integers().between(0, 16), Classifier.Tuning::new);
    return booleans().all().zip(tunings, Run::new);
  }

  /**
   * Portfolios of up to 60 customers drawn, with repetition, from up to 8: equal customers
   * (distinct instances) tie on both scores, and clamped scores tie too.
   */
  private Gen<List<double[]>> tiedPortfolios() {
    return generated.portfolios(8).zip(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60),
        (drawn, picks) -> {
          List<double[]> customers = new ArrayList<>();
          for (int pick : drawn.isEmpty() ? List.<Integer>of() : picks) {
            customers.add(drawn.get(pick % drawn.size()).clone());
          }
          return customers;
        });
  }

  @Test
  void placements_madeWhenAskedFor_areWhatClassifyGives() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), tiedPortfolios(), runs())
        .checkAssert((spec, customers, run) -> {
          PortfolioMatrix<double[]> matrix = spec.build();
          Classification<double[]> result = run.classify(matrix, customers, null);
          assertThat(result.size()).isEqualTo(customers.size());
          assertThat(result.placements()).hasSize(customers.size());
          for (int i = 0; i < customers.size(); i++) {
            assertThat(result.customers().get(i)).isSameAs(customers.get(i));
            assertThat(result.placements().get(i)).isEqualTo(matrix.classify(customers.get(i)));
          }
        });
  }

  @Test
  void members_byDefault_areInTheOrderOfAnIndependentSort() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), tiedPortfolios(), runs())
        .checkAssert((spec, customers, run) -> {
          PortfolioMatrix<double[]> matrix = spec.build();
          ScoringModel<double[]> rows = matrix.rows().model();
          ScoringModel<double[]> columns = matrix.columns().model();
          Comparator<Integer> byScores = Comparator
              .comparing((Integer i) -> rows.score(customers.get(i)), Comparator.reverseOrder())
              .thenComparing(i -> columns.score(customers.get(i)), Comparator.reverseOrder());
          assertMembers(matrix, customers, byScores, run.classify(matrix, customers, null));
        });
  }

  @Test
  void members_inADeclaredOrder_areInTheOrderOfAnIndependentStableSort() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), tiedPortfolios(), runs())
        .checkAssert((spec, customers, run) -> {
          PortfolioMatrix<double[]> matrix = spec.build();
          // coarse, so that many customers tie and keep their input order
          Comparator<double[]> coarse = Comparator.comparingDouble(c -> Math.floor(c[2] / 60));
          assertMembers(matrix, customers,
              Comparator.comparing(customers::get, coarse),
              run.classify(matrix, customers, coarse));
        });
  }

  /**
   * Asserts that every cell holds the customers {@code classify} puts there, ordered by the
   * given order on their input indexes, ties in input order, and that the text grid counts
   * them and those a knock-out capped.
   */
  private static void assertMembers(PortfolioMatrix<double[]> matrix, List<double[]> customers,
      Comparator<Integer> order, Classification<double[]> result) {
    List<List<Integer>> expected = new ArrayList<>();
    matrix.cells().forEach(cell -> expected.add(new ArrayList<>()));
    int[] capped = new int[matrix.cells().size()];
    for (int i = 0; i < customers.size(); i++) {
      Placement placement = matrix.classify(customers.get(i));
      int cell = matrix.cells().indexOf(placement.cell());
      expected.get(cell).add(i);
      capped[cell] += placement.isCapped() ? 1 : 0;
    }
    Map<double[], Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < customers.size(); i++) {
      index.put(customers.get(i), i);
    }
    int[] counts = new int[capped.length];
    for (int c = 0; c < matrix.cells().size(); c++) {
      List<Integer> cell = expected.get(c);
      cell.sort(order); // stable: ties keep input order
      Cell declared = matrix.cells().get(c);
      assertThat(result.members(declared)).extracting(index::get).containsExactlyElementsOf(cell);
      assertThat(result.count(declared)).isEqualTo(cell.size());
      counts[c] = cell.size();
    }
    assertThat(result.toText()).isEqualTo(MatrixText.render(matrix, counts, capped));
  }

  /**
   * Customers 0..n-1 of a 2×2 on raw scores, some failing the row model (NaN attractiveness),
   * some the column model (NaN position): the batch fails naming the row failure with the
   * lowest index, else the column failure with the lowest index, in every way it runs.
   */
  @Test
  void failingBatch_namesTheFirstRowFailure_elseTheFirstColumnFailure() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 40), runs())
        .checkAssert((kinds, run) -> {
          List<Fixtures.Customer> customers = new ArrayList<>();
          int firstRow = -1;
          int firstColumn = -1;
          for (int i = 0; i < kinds.size(); i++) {
            int kind = kinds.get(i);
            boolean failsRow = kind == 0 || kind == 1;
            boolean failsColumn = kind == 1 || kind == 2;
            customers.add(kind == 0 && i % 2 == 0 ? null : new Fixtures.Customer("c" + i,
                failsRow ? Double.NaN : 10 * kind, failsColumn ? Double.NaN : 90 - 10 * kind));
            if (failsRow && firstRow < 0) {
              firstRow = i;
            }
            if (failsColumn && firstColumn < 0) {
              firstColumn = i;
            }
          }
          PortfolioMatrix<Fixtures.Customer> matrix = Fixtures.keyAccountMatrix();
          if (firstRow < 0 && firstColumn < 0) {
            assertThat(run.classify(matrix, customers, null).size()).isEqualTo(kinds.size());
            return;
          }
          int expected = firstRow >= 0 ? firstRow : firstColumn;
          String model = firstRow >= 0 ? "attractiveness" : "position";
          String message = customers.get(expected) == null
              ? "customer at index " + expected + " of a batch for model 'attractiveness' "
                  + "2026.1 must not be null"
              : "criterion '" + model + "' of model '" + model + "' 2026.1 must have a value "
                  + "for customer 'c" + expected + "' at index " + expected
                  + " but was: NaN (missing-value policy: reject)";
          assertThatThrownBy(() -> run.classify(matrix, customers, null))
              .isInstanceOf(ScoringException.class)
              .hasMessage(message)
              .satisfies(e -> assertThat(((ScoringException) e).customerIndex())
                  .hasValue(expected));
        });
  }
}
