package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.testkit.EvaluationAssertTest.indented;
import static org.kamscore.testkit.KamAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.testkit.Account.Relation;

final class PlacementAssertTest {
  private static final PortfolioMatrix<Account> MATRIX = Policies.matrix(Policies.linear());
  /** Attractiveness 85 (high), loyalty 30 (low): to develop. */
  private static final Account GROWING =
      new Account("K-1", 1_000_000, 0.4, 0.15, 3, Relation.REGULAR);

  @Test
  void passingAssertions_chain_intoBothEvaluations() {
    assertThat(MATRIX.classify(GROWING))
        .isInCell("develop").hasRowBand("high").hasColumnBand("low")
        .rowEvaluation().hasTier("A");
    assertThat(MATRIX.classify(GROWING)).columnEvaluation().hasTier("weak");
  }

  @Test
  void isInCell_otherCell_failsWithBandsAndBothExplanations() {
    Placement p = MATRIX.classify(GROWING);

    assertThatThrownBy(() -> assertThat(p).isInCell("key account"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting customer in cell \"key account\" but it was in cell \"develop\""
            + " (row band high, column band low)\n"
            + "Rows:\n" + indented(p.rowEvaluation().explain())
            + "Columns:\n" + indented(p.columnEvaluation().explain()));
  }

  @Test
  void bands_otherBand_fail() {
    Placement p = MATRIX.classify(GROWING);

    assertThatThrownBy(() -> assertThat(p).hasRowBand("low"))
        .hasMessageStartingWith("Expecting customer in row band \"low\" but it was in row band"
            + " \"high\" (row band high, column band low)\nRows:\n");
    assertThatThrownBy(() -> assertThat(p).hasColumnBand("high"))
        .hasMessageStartingWith("Expecting customer in column band \"high\" but it was in"
            + " column band \"low\" (row band high, column band low)\nRows:\n");
  }
}
