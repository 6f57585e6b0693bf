package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.kamscore.Evaluation;
import org.junit.jupiter.api.Test;

/** The quick-start policy classes the furniture chain as the README says it does. */
final class QuickStartTest {

  @Test
  void furnitureChain_isTierA_andLosesMostOnMargin() {
    Evaluation evaluation = QuickStart.evaluateFurnitureChain();

    // revenue share 0.30 of 0.30 -> 30/90*100; margin 0.22/0.40; growth 4 -> 0.75; HIGH -> 1;
    // discount 0.12 -> (0.12 - 0.25) / -0.25 = 0.52
    double expected = (1.0 * 30 + 0.55 * 20 + 0.75 * 15 + 1.0 * 15 + 0.52 * 10) / 90 * 100;
    assertThat(evaluation.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(evaluation.tier().label()).isEqualTo("A");
    assertThat(evaluation.failedKnockOuts()).isEmpty();
    assertThat(evaluation.reasons().get(0).criterion()).isEqualTo("contribution-margin");
  }
}
