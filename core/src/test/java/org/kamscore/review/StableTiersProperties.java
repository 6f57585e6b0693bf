package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.review.Theories.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.review.TierSetups.Setup;
import org.quicktheories.core.Gen;

final class StableTiersProperties {

  /** A customer: value 0..100, revenue passing or failing, rating passing or failing. */
  private static Gen<Account> accounts() {
    return doubles().between(0.0, 100.0).zip(booleans().all(), booleans().all(),
        (value, lowRevenue, lowRating) -> new Account("C-1", value, 0.0,
            lowRevenue ? 50.0 : 150.0, lowRating ? 1.0 : 5.0));
  }

  private static Gen<Integer> ranks() {
    return integers().between(0, 3);
  }

  private static Gen<Integer> cycles() {
    return integers().between(1, 4);
  }

  /** A previous tier's rank (modulo the ladder's size) and the cycles spent in it. */
  record Previous(int rank, int cycles) {}

  private static Gen<Previous> previous() {
    return ranks().zip(cycles(), Previous::new);
  }

  /** The cap rank the test's own reading of the knock-outs gives, 0 for none. */
  private static int cap(Setup setup, Account a) {
    int cap = 0;
    if (a.revenue() < Models.MINIMUM_REVENUE) {
      cap = 1; // "minimum-revenue" is capped at the second tier
    }
    if (a.rating() < Models.MINIMUM_RATING) {
      cap = setup.lowest(); // "rating" at the lowest
    }
    return cap;
  }

  @Test
  void withoutAPreviousTier_theTierIsThePlainTier() {
    qt().forAll(TierSetups.setups(), accounts()).checkAssert((setup, account) -> {
      Evaluation e = setup.model().evaluate(account);

      StableTier t = setup.stable().tier(e);

      assertThat(t.tier()).isEqualTo(e.tier());
      assertThat(t.reason()).isEqualTo(StabilityReason.FIRST_CYCLE);
      assertThat(t.cyclesInTier()).hasValue(1);
    });
  }

  @Test
  void zeroMargins_andOneCycle_giveThePlainTier_afterEveryPreviousTier() {
    qt().forAll(TierSetups.setups(), accounts(), previous(), booleans().all())
        .checkAssert((setup, account, previous, explicit) -> {
          ScoringModel<Account> model = setup.model();
          StableTiers plain = explicit
              ? StableTiers.builder(model).margins(0, 0).minimumCycles(1).build()
              : StableTiers.builder(model).build();
          Evaluation e = model.evaluate(account);

          StableTier t = plain.tier(e, setup.label(previous.rank() % (setup.lowest() + 1)),
              previous.cycles());

          assertThat(t.tier()).isEqualTo(e.tier());
          assertThat(t.reason()).isEqualTo(StabilityReason.AS_SCORED);
          assertThat(t.held()).isFalse();
        });
  }

  /**
   * Scores that stay in {@code [threshold - down, threshold + up)} of one threshold, starting
   * on either side of it, never change the tier, whatever the minimum cycles.
   */
  @Test
  void scoresOscillatingInsideTheMargins_neverChangeTheTier() {
    Gen<List<Double>> fractions = lists().of(doubles().between(0.0, 0.999)).ofSizeBetween(2, 12);
    qt().forAll(TierSetups.setups(), ranks(), booleans().all(), fractions)
        .assuming((setup, j, above, f) -> inside(setup, j % setup.lowest(), f))
        .checkAssert((setup, j, above, f) -> {
          int threshold = j % setup.lowest();
          String start = setup.label(above ? threshold : threshold + 1);
          StableTier t = setup.stable().tier(evaluate(setup, threshold, f.get(0)), start, 1);
          assertThat(t.tier().label()).isEqualTo(start);
          for (double fraction : f.subList(1, f.size())) {
            t = setup.stable().tier(evaluate(setup, threshold, fraction), t);
            assertThat(t.tier().label()).isEqualTo(start);
          }
        });
  }

  private static Evaluation evaluate(Setup setup, int j, double fraction) {
    double low = setup.demotion(j);
    double value = low + fraction * (setup.promotion(j) - low);
    return setup.model().evaluate(Account.passing("C-1", value));
  }

  /** Whether every score, as the model computes it, lies in the margins of threshold j. */
  private static boolean inside(Setup setup, int j, List<Double> fractions) {
    for (double fraction : fractions) {
      double score = evaluate(setup, j, fraction).score();
      if (!(score >= setup.demotion(j) && score < setup.promotion(j))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void forAFixedPreviousTier_theTierIsMonotoneInTheScore() {
    qt().forAll(TierSetups.setups(), accounts(), doubles().between(0.0, 100.0), previous())
        .checkAssert((setup, account, other, previous) -> {
          Account low = new Account("C-1", Math.min(account.value(), other), 0.0,
              account.revenue(), account.rating());
          Account high = new Account("C-1", Math.max(account.value(), other), 0.0,
              account.revenue(), account.rating());
          String from = setup.label(previous.rank() % (setup.lowest() + 1));

          StableTier lower = setup.stable().tier(setup.model().evaluate(low), from,
              previous.cycles());
          StableTier higher = setup.stable().tier(setup.model().evaluate(high), from,
              previous.cycles());

          assertThat(higher.tier().rank()).isLessThanOrEqualTo(lower.tier().rank());
        });
  }

  @Test
  void aFailedKnockOut_neverYieldsATierAboveItsCap_hysteresisOrNot() {
    qt().forAll(TierSetups.setups(), accounts(), ranks(), cycles())
        .checkAssert((setup, account, previous, cycles) -> {
          Evaluation e = setup.model().evaluate(account);

          StableTier t = setup.stable().tier(e, setup.label(previous % (setup.lowest() + 1)),
              cycles);

          assertThat(t.tier().rank()).isGreaterThanOrEqualTo(cap(setup, account));
        });
  }

  /**
   * The documented rule, restated step by step: from the previous tier, climb while the score
   * reaches the promotion threshold of the tier above; if it did not climb, descend while the
   * score is below the demotion threshold of the tier it is in; undo a descent made before the
   * minimum cycles; lower to the knock-outs' cap.
   */
  @Test
  void theTier_followsTheDocumentedRule_stepByStep() {
    qt().forAll(TierSetups.setups(), accounts(), ranks(), cycles())
        .checkAssert((setup, account, p, cycles) -> {
          int previous = p % (setup.lowest() + 1);
          Evaluation e = setup.model().evaluate(account);
          double s = e.score();
          int rank = previous;
          while (rank > 0 && s >= setup.promotion(rank - 1)) {
            rank--;
          }
          if (rank == previous) {
            while (rank < setup.lowest() && s < setup.demotion(rank)) {
              rank++;
            }
          }
          if (rank > previous && cycles < setup.minimumCycles()) {
            rank = previous;
          }
          rank = Math.max(rank, cap(setup, account));

          StableTier t = setup.stable().tier(e, setup.label(previous), cycles);

          assertThat(t.tier().rank()).isEqualTo(rank);
          assertThat(t.tier().label()).isEqualTo(setup.label(rank));
          assertThat(t.cyclesInTier()).hasValue(rank == previous ? cycles + 1 : 1);
        });
  }

  @Test
  void aCustomerPassingEveryKnockOut_landsBetweenItsPreviousAndItsPlainTier() {
    qt().forAll(TierSetups.setups(), doubles().between(0.0, 100.0), ranks(), cycles())
        .checkAssert((setup, value, p, cycles) -> {
          int previous = p % (setup.lowest() + 1);
          Evaluation e = setup.model().evaluate(Account.passing("C-1", value));

          StableTier t = setup.stable().tier(e, setup.label(previous), cycles);

          int plain = e.tier().rank();
          assertThat(t.tier().rank()).isBetween(Math.min(previous, plain),
              Math.max(previous, plain));
          assertThat(t.held()).isEqualTo(t.tier().rank() != plain);
          assertThat(t.plainTier()).isEqualTo(e.tier());
          if (t.held()) {
            assertThat(t.reason()).isEqualTo(t.tier().rank() > plain
                ? StabilityReason.PROMOTION_HELD
                : cycles < setup.minimumCycles() && s(e) < setup.demotion(t.tier().rank())
                    ? StabilityReason.MINIMUM_CYCLES : StabilityReason.DEMOTION_HELD);
          }
        });
  }

  private static double s(Evaluation e) {
    return e.score();
  }

  @Test
  void beforeTheMinimumCycles_noDemotion_butForAKnockOut() {
    qt().forAll(TierSetups.setups(), accounts(), ranks())
        .assuming((setup, account, p) -> setup.minimumCycles() > 1)
        .checkAssert((setup, account, p) -> {
          int previous = p % (setup.lowest() + 1);
          Evaluation e = setup.model().evaluate(account);

          StableTier t = setup.stable().tier(e, setup.label(previous),
              setup.minimumCycles() - 1);

          assertThat(t.tier().rank()).isLessThanOrEqualTo(Math.max(previous,
              cap(setup, account)));
        });
  }
}
