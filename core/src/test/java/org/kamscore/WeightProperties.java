package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Weights are relative: multiplying every weight by the same factor keeps the score. */
final class WeightProperties {

  @Test
  void multiplyingEveryWeight_keepsScore() {
    Theories.qt().forAll(Generated.rescaled()).checkAssert(c -> {
      double score = c.model().build().score(c.customer());
      double rescaled = c.model().build(c.factor()).score(c.customer());
      assertThat(rescaled).isCloseTo(score, within(1e-9));
    });
  }
}
