package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The awarded tier is the score's tier lowered to the cap of every failed knock-out, and never
 * above either.
 */
final class KnockOutProperties {

  @Test
  void failedKnockOut_neverYieldsTierAboveItsCap() {
    Theories.qt().forAll(Generated.scored()).checkAssert(c -> {
      ModelSpec spec = c.model();
      Evaluation e = spec.build().evaluate(c.customer());
      List<String> failed = new ArrayList<>();
      int expected = e.scoreTier().rank();
      for (ModelSpec.KnockOutSpec k : spec.knockOuts()) {
        if (!k.passes(c.customer().value(k.column()))) {
          failed.add(k.name());
          int cap = k.cap() == null ? spec.tiers().lowest().rank() : rankOf(spec.tiers(), k.cap());
          assertThat(e.tier().rank()).as("rank under the cap of %s", k).isGreaterThanOrEqualTo(cap);
          expected = Math.max(expected, cap);
        }
      }
      assertThat(e.failedKnockOuts()).isEqualTo(failed);
      assertThat(e.tier().rank()).isGreaterThanOrEqualTo(e.scoreTier().rank()).isEqualTo(expected);
      Tier reached = spec.tiers().all().stream().filter(t -> e.score() >= t.minimumScore())
          .findFirst().orElseThrow();
      assertThat(e.scoreTier()).isEqualTo(reached);
    });
  }

  private static int rankOf(Tiers tiers, String label) {
    return tiers.all().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow()
        .rank();
  }
}
