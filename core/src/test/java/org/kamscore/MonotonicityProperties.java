package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A better raw value (by the criterion's direction), everything else fixed, never lowers the
 * score, the criterion's utility, the score tier or the awarded tier.
 */
final class MonotonicityProperties {

  @Test
  void betterValue_neverLowersScoreOrTier() {
    Theories.qt().forAll(Generated.improved(false)).checkAssert(this::neverWorse);
  }

  @Test
  void betterValue_boundByKnockOut_neverLowersScoreOrTier() {
    Theories.qt().forAll(Generated.improved(true)).checkAssert(this::neverWorse);
  }

  private void neverWorse(Generated.Improved c) {
    ScoringModel<GeneratedAccount> model = c.model().build();
    Evaluation worse = model.evaluate(c.worse());
    Evaluation better = model.evaluate(c.better());
    String name = c.model().criterion(c.column()).name();
    assertThat(better.contribution(name).utility())
        .isGreaterThanOrEqualTo(worse.contribution(name).utility());
    assertThat(better.score()).isGreaterThanOrEqualTo(worse.score());
    assertThat(model.score(c.better())).isGreaterThanOrEqualTo(model.score(c.worse()));
    assertThat(better.scoreTier().rank()).isLessThanOrEqualTo(worse.scoreTier().rank());
    assertThat(better.tier().rank()).isLessThanOrEqualTo(worse.tier().rank());
    assertThat(better.failedKnockOuts()).isSubsetOf(worse.failedKnockOuts());
  }
}
