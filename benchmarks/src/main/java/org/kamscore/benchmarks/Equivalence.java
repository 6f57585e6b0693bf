package org.kamscore.benchmarks;

import java.util.List;
import java.util.Locale;
import org.jeasy.rules.api.Facts;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;

/**
 * Checks that every contestant gives kamscore's answers on the workload, so that no benchmark
 * can time a wrong answer. Scores may differ by at most {@link #TOLERANCE}; tiers and matrix
 * cells must be equal.
 */
public final class Equivalence {
  /** The largest difference between two contestants' scores that is accepted. */
  public static final double TOLERANCE = 1e-9;

  private Equivalence() {}

  /**
   * Checks kamscore's {@code score} and {@code evaluate}, the hand-written loop and Easy Rules
   * against each other: scores and tiers.
   *
   * @param customers the customers
   * @param model the attractiveness model of {@link Workload#attractiveness()}
   * @param rules the Easy Rules scorecard
   * @throws IllegalStateException naming the first customer and contestant that differ
   */
  public static void checkScores(
      Customer[] customers, ScoringModel<Customer> model, EasyRulesScorecard rules) {
    for (int i = 0; i < customers.length; i++) {
      Customer c = customers[i];
      double score = model.score(c);
      Evaluation evaluation = model.evaluate(c);
      require(i, "kamscore evaluate()", score, evaluation.score());
      require(i, "hand-written loop", score, HandWritten.score(c));
      Facts facts = rules.fire(c);
      double rulesScore = facts.<Double>get("score");
      require(i, "Easy Rules", score, rulesScore);
      String tier = evaluation.tier().label();
      require(i, "hand-written tier", tier, HandWritten.tier(c, score));
      require(i, "Easy Rules tier", tier, facts.get("tier"));
    }
  }

  /**
   * Checks a classification of the key-account matrix against the hand-written cells.
   *
   * @param customers the customers, in the order they were classified
   * @param classification their classification
   * @throws IllegalStateException naming the first customer whose placement differs
   */
  public static void checkCells(List<Customer> customers, Classification<Customer> classification) {
    List<Placement> placements = classification.placements();
    if (placements.size() != customers.size()) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "classification must place %d customers but placed: %d",
          customers.size(), placements.size()));
    }
    for (int i = 0; i < customers.size(); i++) {
      Customer c = customers.get(i);
      Placement p = placements.get(i);
      double row = HandWritten.score(c);
      double column = HandWritten.positionScore(c);
      require(i, "matrix row score", row, p.rowScore());
      require(i, "matrix column score", column, p.columnScore());
      require(i, "matrix cell", HandWritten.cell(c, row, column), p.cell().name());
      require(i, "matrix row tier", HandWritten.tier(c, row), p.rowEvaluation().tier().label());
    }
  }

  private static void require(int index, String contestant, double expected, double actual) {
    if (!(Math.abs(expected - actual) <= TOLERANCE)) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s must score customer %d as kamscore does (%s) but scored: %s",
          contestant, index, expected, actual));
    }
  }

  private static void require(int index, String contestant, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s must be '%s' for customer %d but was: '%s'", contestant, expected, index, actual));
    }
  }
}
