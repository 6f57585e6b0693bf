package org.kamscore.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.kamscore.Execution;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Classification;
import org.junit.jupiter.api.Test;

/** Every contestant gives kamscore's answers on the first customers of the workload. */
final class EquivalenceTest {
  private static final int COUNT = 10_000;
  private static final Customer[] CUSTOMERS = Workload.customers(COUNT, Workload.SEED);
  private static final ScoringModel<Customer> MODEL = Workload.attractiveness();

  @Test
  void contestants_workload_agreeWithKamscore() {
    Equivalence.checkScores(CUSTOMERS, MODEL, new EasyRulesScorecard());
  }

  @Test
  void handWrittenAndEasyRules_workload_scoreBitForBit() {
    EasyRulesScorecard rules = new EasyRulesScorecard();
    for (int i = 0; i < COUNT; i++) {
      double expected = MODEL.score(CUSTOMERS[i]);
      assertEquals(Double.doubleToLongBits(expected),
          Double.doubleToLongBits(HandWritten.score(CUSTOMERS[i])), "hand-written, customer " + i);
      assertEquals(Double.doubleToLongBits(expected),
          Double.doubleToLongBits(rules.score(CUSTOMERS[i])), "Easy Rules, customer " + i);
    }
  }

  @Test
  void matrix_sequentialAndParallel_placeAsHandWritten() {
    List<Customer> customers = List.of(CUSTOMERS);
    Classification<Customer> sequential =
        Workload.matrix().classifyAll(customers, Execution.SEQUENTIAL);
    Equivalence.checkCells(customers, sequential);
    Equivalence.checkCells(customers, Workload.matrix().classifyAll(customers, Execution.PARALLEL));
  }

  @Test
  void workload_sameSeed_sameCustomers_coveringEveryTierAndCell() {
    assertEquals(Arrays.asList(CUSTOMERS), Arrays.asList(Workload.customers(COUNT, Workload.SEED)));
    Classification<Customer> classification = Workload.matrix().classifyAll(List.of(CUSTOMERS));
    for (String row : List.of("low", "high")) {
      for (String column : List.of("low", "high")) {
        assertTrue(classification.count(row, column) > 0, row + "/" + column);
      }
    }
    for (String tier : List.of("A", "B", "C")) {
      assertTrue(Arrays.stream(CUSTOMERS)
          .anyMatch(c -> MODEL.evaluate(c).tier().label().equals(tier)), tier);
    }
    assertTrue(Arrays.stream(CUSTOMERS).anyMatch(HandWritten::knockedOut));
  }

  @Test
  void check_wrongScore_isRejected() {
    Customer[] one = {CUSTOMERS[0]};
    ScoringModel<Customer> other = MODEL.toBuilder().weight("revenue", 40).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Equivalence.checkScores(one, other, new EasyRulesScorecard()));
    assertTrue(e.getMessage().startsWith("hand-written loop must score customer 0 as kamscore"),
        e.getMessage());
  }
}
