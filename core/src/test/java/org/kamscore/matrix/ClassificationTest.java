package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.matrix.Fixtures.PORTFOLIO;
import static org.kamscore.matrix.Fixtures.keyAccountMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.junit.jupiter.api.Test;
import org.kamscore.Execution;
import org.kamscore.Scale;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Fixtures.Customer;

final class ClassificationTest {

  @Test
  void classifyAll_countsAndPlacesEveryCustomerInInputOrder() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO);
    assertThat(result.size()).isEqualTo(7);
    assertThat(result.placements()).extracting(p -> p.cell().name()).containsExactly(
        "key account", "develop", "develop", "maintain", "reduce", "reduce", "reduce");
    assertThat(result.count("high", "high")).isEqualTo(1);
    assertThat(result.count("high", "low")).isEqualTo(2);
    assertThat(result.count("low", "high")).isEqualTo(1);
    assertThat(result.count("low", "low")).isEqualTo(3);
  }

  @Test
  void members_byDefault_rowScoreDescThenColumnScoreDescThenInputOrder() {
    List<Customer> customers = new ArrayList<>(PORTFOLIO);
    customers.add(new Customer("h", 30, 45)); // ties with g: input order decides
    Classification<Customer> result = keyAccountMatrix().classifyAll(customers);
    assertThat(result.members("high", "low")).extracting(Customer::id).containsExactly("c", "b");
    assertThat(result.members("low", "low")).extracting(Customer::id)
        .containsExactly("g", "h", "f", "e");
  }

  @Test
  void members_inDeclaredOrder_tiesInInputOrder() {
    PortfolioMatrix<Customer> matrix = keyAccountMatrix().toBuilder()
        .memberOrder(Comparator.comparingDouble(Customer::position))
        .build();
    List<Customer> customers = new ArrayList<>(PORTFOLIO);
    customers.add(new Customer("h", 20, 10)); // same position as e
    Classification<Customer> result = matrix.classifyAll(customers);
    assertThat(result.members("low", "low")).extracting(Customer::id)
        .containsExactly("e", "h", "f", "g");
  }

  @Test
  void members_byCell_matchMembersByLabels() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO);
    for (Cell cell : result.matrix().cells()) {
      assertThat(result.members(cell))
          .isEqualTo(result.members(cell.rowBand().label(), cell.columnBand().label()))
          .hasSize(result.count(cell));
    }
    assertThatThrownBy(() -> result.members("high", "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band label must be one of [low, high] but was: 'none'");
  }

  @Test
  void members_ofAnotherMatrixCell_isRejected() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO);
    Cell foreign = Fixtures.twoByTwo()
        .cell("high", "high", "star").cell("high", "low", "question mark")
        .cell("low", "high", "cash cow").cell("low", "low", "dog")
        .build().cell("high", "high");
    assertThatThrownBy(() -> result.count(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell must be one of matrix 'key-account-matrix' but was: "
            + "star (high, high)");
  }

  @Test
  void results_areUnmodifiable() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO);
    assertThatThrownBy(() -> result.members("low", "low").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.placements().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyMembers_areUnmodifiableToo() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO.subList(0, 1));
    assertThat(result.members("low", "low")).isEmpty();
    assertThatThrownBy(() -> result.members("low", "low").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.customers().set(0, PORTFOLIO.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void placements_outOfRange_isRejected() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(PORTFOLIO);
    assertThatThrownBy(() -> result.placements().get(7))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.members("low", "low").get(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void classifyAll_keepsNoEvaluation_andChecksThePlacementItMakesAgain() {
    ScoringModel<double[]> rows = ScoringModel.builder(double[].class)
        .id("attractiveness", "2026.1")
        .criterion("attractiveness", c -> c[0], Scale.linear(0, 100), 1)
        .build();
    ScoringModel<double[]> columns = ScoringModel.builder(double[].class)
        .id("position", "2026.1")
        .criterion("position", c -> c[1], Scale.linear(0, 100), 1)
        .build();
    double[] customer = {80, 20};
    Classification<double[]> result =
        MatrixPresets.keyAccount(rows, columns).classifyAll(List.of(customer));
    assertThat(result.placements().get(0).cell().name()).isEqualTo("develop");

    customer[0] = 30; // changed after classification: the batch kept its scores, not its evaluation

    assertThat(result.members("high", "low")).containsExactly(customer);
    assertThatThrownBy(() -> result.placements().get(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("customer at index 0 must be placed as when it was classified, in develop "
            + "(high, low) with row score 80.0 and column score 20.0, but was: "
            + "Placement[reduce (low, low), row score 30.00, column score 20.00]");
  }

  @Test
  void classifyAll_onOwnPool_runsThere_andGivesTheSequentialResult() {
    Set<Object> pools = ConcurrentHashMap.newKeySet();
    ScoringModel<Customer> rows = ScoringModel.builder(Customer.class)
        .id("attractiveness", "2026.1")
        .criterion("attractiveness", c -> {
          ForkJoinPool pool = ForkJoinTask.getPool();
          pools.add(pool == null ? "not in a pool" : pool);
          return c.attractiveness();
        }, Scale.linear(0, 100), 1)
        .build();
    PortfolioMatrix<Customer> matrix = MatrixPresets.keyAccount(rows, Fixtures.POSITION);
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      customers.add(new Customer("c" + i, i % 101, i / 101 % 101));
    }
    ForkJoinPool own = new ForkJoinPool(3);
    try {
      Classification<Customer> onOwnPool = matrix.classifyAll(customers, Execution.parallel(own));
      assertThat(pools).containsExactly(own);

      pools.clear();
      Classification<Customer> sequential = matrix.classifyAll(customers, Execution.SEQUENTIAL);
      assertThat(pools).containsExactly("not in a pool");
      for (Cell cell : matrix.cells()) {
        assertThat(onOwnPool.members(cell)).isEqualTo(sequential.members(cell));
      }
      assertThat(onOwnPool.toText()).isEqualTo(sequential.toText());
    } finally {
      own.shutdown();
    }
  }

  @Test
  void classifyAll_empty_givesEmptyCells() {
    Classification<Customer> result = keyAccountMatrix().classifyAll(List.of());
    assertThat(result.size()).isZero();
    assertThat(result.placements()).isEmpty();
    assertThat(result.members("high", "high")).isEmpty();
  }

  @Test
  void classifyAll_nullCustomer_namesItsIndex() {
    assertFailsAt(1, Arrays.asList(PORTFOLIO.get(0), null, PORTFOLIO.get(1)),
        "customer at index 1 of a batch for model 'attractiveness' 2026.1 must not be null");
  }

  @Test
  void classifyAll_unscorableCustomer_namesItsIndex() {
    List<Customer> customers = new ArrayList<>(PORTFOLIO);
    customers.set(4, new Customer("e", 10, Double.NaN));
    customers.set(5, new Customer("f", 10, Double.NaN));
    assertFailsAt(4, customers, "criterion 'position' of model 'position' 2026.1 must have a "
        + "value for customer 'e' at index 4 but was: NaN (missing-value policy: reject)");
  }

  /** Asserts that both executions fail with the core's exception naming the index. */
  private static void assertFailsAt(int index, List<Customer> customers, String message) {
    for (Execution execution : List.of(Execution.SEQUENTIAL, Execution.PARALLEL)) {
      assertThatThrownBy(() -> keyAccountMatrix().classifyAll(customers, execution))
          .isInstanceOf(ScoringException.class)
          .hasMessage(message)
          .satisfies(e -> assertThat(((ScoringException) e).customerIndex()).hasValue(index));
    }
  }

  @Test
  void toString_summarizes() {
    assertThat(keyAccountMatrix().classifyAll(PORTFOLIO))
        .hasToString("Classification[key-account-matrix 2026.1, 7 customers]");
  }
}
