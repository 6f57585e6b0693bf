package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scores are bounded, and the fast path agrees bit for bit with the full evaluation. */
final class ScoreProperties {

  @Test
  void score_isWithin0And100_forEveryInput() {
    Theories.qt().forAll(Generated.scored()).checkAssert(c -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      double score = model.score(c.customer());
      assertThat(score).isNotNaN().isBetween(0.0, 100.0);
      assertThat(model.evaluate(c.customer()).score()).isNotNaN().isBetween(0.0, 100.0);
    });
  }

  @Test
  void score_equalsEvaluationScore_bitForBit() {
    Theories.qt().forAll(Generated.scored()).checkAssert(c -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      assertThat(Double.doubleToRawLongBits(model.score(c.customer())))
          .isEqualTo(Double.doubleToRawLongBits(model.evaluate(c.customer()).score()));
    });
  }
}
