package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

final class StableTiersTest {
  private static final ScoringModel<Account> MODEL = Models.single(Models.abc());

  private static Evaluation scored(double value) {
    Evaluation e = MODEL.evaluate(Account.passing("C-1", value));
    assertThat(e.score()).isEqualTo(value); // so that the arithmetic below is exact
    return e;
  }

  /**
   * One customer over nine review cycles. Tiers A >= 75, B >= 50, C; margins 5 up and 5 down
   * everywhere, so the promotion thresholds are A 75 + 5 = 80 and B 50 + 5 = 55, the demotion
   * thresholds A 75 - 5 = 70 and B 50 - 5 = 45; at least 2 cycles in a tier before a demotion.
   */
  @Test
  void workedExample_nineCycles_checkedByHand() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).minimumCycles(2).build();

    // 1: score 52, no previous tier: plain tiering, 52 >= 50 -> B
    StableTier c1 = stable.tier(scored(52));
    assertTier(c1, "B", "B", StabilityReason.FIRST_CYCLE, 1);
    assertThat(c1.explain()).isEqualTo("tier B: first cycle, the plain tier (score 52)");

    // 2: score 77 after B: A needs 80 (above B: promotion threshold), 77 < 80; B's own
    // threshold counts at its demotion threshold 45, 77 >= 45 -> B, held; plain 77 >= 75 -> A
    StableTier c2 = stable.tier(scored(77), c1);
    assertTier(c2, "B", "A", StabilityReason.PROMOTION_HELD, 2);
    assertThat(c2.explain()).isEqualTo("tier B held: score 77 reaches tier A's threshold 75 but "
        + "not its promotion threshold 80 (up margin 5); without hysteresis tier A");

    // 3: score 81 after B: 81 >= 80 -> A, as plain tiering
    StableTier c3 = stable.tier(scored(81), c2);
    assertTier(c3, "A", "A", StabilityReason.AS_SCORED, 1);
    assertThat(c3.explain()).isEqualTo("tier A (previously B): the plain tier (score 81)");

    // 4: score 68 after A for 1 cycle: 68 < 70 (A's demotion threshold), 68 >= 45 -> B by the
    // margins; but 1 cycle < minimum 2 -> held in A; plain 50 <= 68 < 75 -> B
    StableTier c4 = stable.tier(scored(68), c3);
    assertTier(c4, "A", "B", StabilityReason.MINIMUM_CYCLES, 2);
    assertThat(c4.explain()).isEqualTo("tier A held: 1 cycle in tier A, fewer than the minimum "
        + "2; without hysteresis tier B");

    // 5: score 72 after A for 2 cycles: 72 >= 70 -> A by the margins; plain 72 < 75 -> B
    StableTier c5 = stable.tier(scored(72), c4);
    assertTier(c5, "A", "B", StabilityReason.DEMOTION_HELD, 3);
    assertThat(c5.explain()).isEqualTo("tier A held: score 72 is below tier A's threshold 75 "
        + "but not below its demotion threshold 70 (down margin 5); without hysteresis tier B");

    // 6: score 68 after A for 3 cycles: 68 < 70, 68 >= 45 -> B; 3 >= 2 cycles, so no hold
    StableTier c6 = stable.tier(scored(68), c5);
    assertTier(c6, "B", "B", StabilityReason.AS_SCORED, 1);

    // 7: score 48 after B: 48 >= 45 (B's demotion threshold) -> B; plain 48 < 50 -> C
    StableTier c7 = stable.tier(scored(48), c6);
    assertTier(c7, "B", "C", StabilityReason.DEMOTION_HELD, 2);

    // 8: score 77, but rating 1 < 3 fails knock-out "rating", capped at the lowest tier C.
    // The margins hold B (77 < 80), the cap lowers it to C; plain: A lowered to C
    Account lowRating = new Account("C-1", 77, 0, 1_000, 1);
    StableTier c8 = stable.tier(MODEL.evaluate(lowRating), c7);
    assertTier(c8, "C", "C", StabilityReason.KNOCK_OUT_CAP, 1);
    assertThat(c8.explain())
        .isEqualTo("tier C: failed knock-outs [rating] cap it, whatever hysteresis would hold");

    // 9: score 90 after C, but revenue 50 < 100 fails "minimum-revenue", capped at B: the
    // margins give A (90 >= 80), the cap B; plain: A lowered to B, the same
    Account lowRevenue = new Account("C-1", 90, 0, 50, 5);
    StableTier c9 = stable.tier(MODEL.evaluate(lowRevenue), c8);
    assertTier(c9, "B", "B", StabilityReason.AS_SCORED, 1);
  }

  private static void assertTier(StableTier t, String tier, String plain,
      StabilityReason reason, int cycles) {
    assertThat(t.tier().label()).as("tier").isEqualTo(tier);
    assertThat(t.plainTier().label()).as("plain tier").isEqualTo(plain);
    assertThat(t.reason()).as("reason").isEqualTo(reason);
    assertThat(t.held()).as("held").isEqualTo(!tier.equals(plain));
    assertThat(t.cyclesInTier()).as("cycles").isEqualTo(OptionalInt.of(cycles));
  }

  @Test
  void perTierMargins_overrideTheGlobalOnes() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).margins("A", 1, 10).build();

    // A: promotion 75 + 1 = 76, demotion 75 - 10 = 65; B keeps 55 and 45
    assertThat(stable.tier(scored(76), "B", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(66), "A", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(65), "A", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(64), "A", 1).tier().label()).isEqualTo("B");
    assertThat(stable.tier(scored(54), "C", 1).tier().label()).isEqualTo("C");
    assertThat(stable.toString()).isEqualTo(
        "StableTiers[attractiveness 2026.1, tier A +1/-10, tier B +5/-5, minimum 1 cycle]");
  }

  @Test
  void boundaries_promotionAtTheThresholdPlusMargin_demotionBelowTheThresholdMinusMargin() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).build();

    assertThat(stable.tier(scored(80), "B", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(79), "B", 1).tier().label()).isEqualTo("B");
    assertThat(stable.tier(scored(70), "A", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(69), "A", 1).tier().label()).isEqualTo("B");
    // from C straight to A, and from A straight to C
    assertThat(stable.tier(scored(81), "C", 1).tier().label()).isEqualTo("A");
    assertThat(stable.tier(scored(44), "A", 1).tier().label()).isEqualTo("C");
    assertThat(stable.tier(scored(46), "A", 1).tier().label()).isEqualTo("B");
  }

  @Test
  void cycles_unknownStayUnknown_untilTheTierChanges() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).build();

    StableTier same = stable.tier(scored(60), "B");
    StableTier changed = stable.tier(scored(90), "B");

    assertThat(same.cyclesInTier()).isEmpty();
    assertThat(same.toString()).isEqualTo(
        "StableTier[tier=B, plain=B, previous=B, reason=AS_SCORED, cycles=unknown]");
    assertThat(changed.cyclesInTier()).hasValue(1);
    assertThat(stable.tier(scored(60), same).cyclesInTier()).isEmpty();
    assertThat(stable.tier(scored(60), "B", Integer.MAX_VALUE).cyclesInTier())
        .hasValue(Integer.MAX_VALUE);
  }

  @Test
  void explain_cutsTheScoreToTwoDecimals_keepingItsSideOfTheThreshold() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).build();
    Evaluation justBelow = MODEL.evaluate(Account.passing("C-1", Math.nextDown(75.0)));
    Evaluation fraction = MODEL.evaluate(Account.passing("C-1", 72.5));

    assertThat(stable.tier(justBelow, "A", 1).explain()).startsWith(
        "tier A held: score 74.99 is below tier A's threshold 75 but not below");
    assertThat(stable.tier(fraction, "A", 1).explain()).startsWith(
        "tier A held: score 72.5 is below");
  }

  @Test
  void oneTier_isAlwaysThatTier() {
    ScoringModel<Account> model = ScoringModel.builder(Account.class).id("single", "1")
        .criterion("value", Account::value, Scale.linear(0, 100), 1).build();
    StableTiers stable = StableTiers.builder(model).margins(5, 5).minimumCycles(3).build();

    StableTier t = stable.tier(model.evaluate(Account.passing("C-1", 10)), "all", 1);

    assertThat(t.tier().label()).isEqualTo("all");
    assertThat(t.reason()).isEqualTo(StabilityReason.AS_SCORED);
    assertThat(stable.toString()).isEqualTo("StableTiers[single 1, minimum 3 cycles]");
  }

  @Test
  void margin_negativeOrNotFinite_isRejected() {
    StableTiers.Builder builder = StableTiers.builder(MODEL);

    assertThatThrownBy(() -> builder.margins(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("up margin must not be negative but was: -1.0");
    assertThatThrownBy(() -> builder.margins(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("up margin must be finite but was: NaN");
    assertThatThrownBy(() -> builder.margins(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("down margin must be finite but was: Infinity");
    assertThatThrownBy(() -> builder.margins("A", -2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("up margin of tier 'A' must not be negative but was: -2.0");
    assertThatThrownBy(() -> builder.margins("B", 0, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("down margin of tier 'B' must not be negative but was: -0.5");
  }

  @Test
  void margin_ofTheLowestOrAnUnknownTier_isRejected() {
    StableTiers.Builder builder = StableTiers.builder(MODEL);

    assertThatThrownBy(() -> builder.margins("C", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier with a threshold must be one of [A, B] but was: 'C'");
    assertThatThrownBy(() -> builder.margins("X", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier with a threshold must be one of [A, B] but was: 'X'");
    assertThatThrownBy(() -> builder.margins(null, 1, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("tier");
  }

  @Test
  void setting_givenTwice_isRejected_butAVariantMayChangeWhatItInherited() {
    StableTiers.Builder builder = StableTiers.builder(MODEL).margins(5, 5).margins("A", 1, 2)
        .minimumCycles(2);

    assertThatThrownBy(() -> builder.margins(3, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("margins were already set to up 5.0, down 5.0");
    assertThatThrownBy(() -> builder.margins("A", 3, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("margins of tier 'A' were already set to up 1.0, down 2.0");
    assertThatThrownBy(() -> builder.minimumCycles(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("minimum cycles were already set to 2");

    StableTiers stable = builder.build();
    StableTiers variant = stable.toBuilder().margins(2, 2).margins("A", 0, 0).minimumCycles(4)
        .build();
    StableTiers inherited = stable.toBuilder().build();

    assertThat(variant.toString()).isEqualTo(
        "StableTiers[attractiveness 2026.1, tier A +0/-0, tier B +2/-2, minimum 4 cycles]");
    assertThat(inherited.toString()).isEqualTo(stable.toString()).isEqualTo(
        "StableTiers[attractiveness 2026.1, tier A +1/-2, tier B +5/-5, minimum 2 cycles]");
    assertThatThrownBy(() -> stable.toBuilder().margins(1, 1).margins(2, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("margins were already set to up 1.0, down 1.0");
  }

  @Test
  void minimumCycles_belowOne_isRejected() {
    assertThatThrownBy(() -> StableTiers.builder(MODEL).minimumCycles(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum cycles must be at least 1 but was: 0");
  }

  @Test
  void margins_thatMakeATierUnreachableOrSkipped_areRejectedAtBuild() {
    assertThatThrownBy(() -> StableTiers.builder(MODEL).margins(30, 0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("promotion threshold of tier 'A' must be at most 100 but was: 105.0 "
            + "(75.0 + up margin 30.0)");
    assertThatThrownBy(() -> StableTiers.builder(MODEL).margins(0, 60).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demotion threshold of tier 'B' must be at least 0 but was: -10.0 "
            + "(50.0 - down margin 60.0)");
    assertThatThrownBy(() -> StableTiers.builder(MODEL).margins("B", 30, 0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("promotion threshold of tier 'B' must be at most that of tier 'A', 75.0, "
            + "but was: 80.0 (50.0 + up margin 30.0)");
    assertThatThrownBy(() -> StableTiers.builder(MODEL).margins("A", 0, 30).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demotion threshold of tier 'B' must be at most that of tier 'A', 45.0, "
            + "but was: 50.0 (50.0 - down margin 0.0)");
    // the edges themselves are fine: A reachable at exactly 100, B left below exactly 0
    StableTiers edges = StableTiers.builder(MODEL).margins("A", 25, 0).margins("B", 0, 50)
        .build();
    assertThat(edges.tier(scored(100), "C", 1).tier().label()).isEqualTo("A");
    assertThat(edges.tier(scored(0), "B", 1).tier().label()).isEqualTo("B");
  }

  @Test
  void evaluation_ofAnotherModel_isRejected() {
    StableTiers stable = StableTiers.builder(MODEL).build();
    ScoringModel<Account> other = Models.two("2026.2");
    Evaluation foreign = other.evaluate(Account.passing("C-1", 50));

    assertThatThrownBy(() -> stable.tier(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation's model must be 'attractiveness' 2026.1 with fingerprint "
            + MODEL.fingerprint() + " but was: 'attractiveness' 2026.2 with fingerprint "
            + other.fingerprint());
  }

  @Test
  void previousTier_unknownOrWithBadCycles_isRejected() {
    StableTiers stable = StableTiers.builder(MODEL).minimumCycles(2).build();
    Evaluation e = scored(60);

    assertThatThrownBy(() -> stable.tier(e, "X", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("previous tier must be one of [A, B, C] but was: 'X'");
    assertThatThrownBy(() -> stable.tier(e, "B", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycles in tier 'B' must be at least 1 but was: 0");
    assertThatThrownBy(() -> stable.tier(e, "B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycles in tier 'B' must be known when the minimum is 2 cycles but were: "
            + "unknown");
    StableTier unknown = StableTiers.builder(MODEL).build().tier(e, "B");
    assertThatThrownBy(() -> stable.tier(e, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycles in tier 'B' must be known when the minimum is 2 cycles but were: "
            + "unknown");
  }

  @Test
  void nullArguments_areRejected() {
    StableTiers stable = StableTiers.builder(MODEL).build();
    Evaluation e = scored(60);

    assertThatThrownBy(() -> StableTiers.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> stable.tier(null))
        .isInstanceOf(NullPointerException.class).hasMessage("evaluation");
    assertThatThrownBy(() -> stable.tier(e, (String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("previousTier");
    assertThatThrownBy(() -> stable.tier(e, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("previousTier");
    assertThatThrownBy(() -> stable.tier(e, (StableTier) null))
        .isInstanceOf(NullPointerException.class).hasMessage("previous");
  }

  @Test
  void results_areValues_andNameNoCustomer() {
    StableTiers stable = StableTiers.builder(MODEL).margins(5, 5).build();
    Evaluation e = scored(72);

    StableTier t = stable.tier(e, "A", 2);

    assertThat(t).isEqualTo(stable.tier(scored(72), "A", 2)).hasSameHashCodeAs(
        stable.tier(scored(72), "A", 2));
    assertThat(t).isNotEqualTo(stable.tier(e, "A", 3)).isNotEqualTo(stable.tier(e, "B", 2));
    assertThat(t.toString()).isEqualTo(
        "StableTier[tier=A, plain=B, previous=A, reason=DEMOTION_HELD, cycles=3]");
    assertThat(t.score()).isEqualTo(72.0);
    assertThat(t.evaluation()).isSameAs(e);
    assertThat(t.previousTier().orElseThrow().label()).isEqualTo("A");
    assertThat(stable.tier(e).previousTier()).isEmpty();
    assertThat(stable.minimumCycles()).isEqualTo(1);
    assertThat(stable.tiers()).isEqualTo(Models.abc());
    assertThat(StableTiers.builder(MODEL).build().tiers()).isEqualTo(Tiers.from("A", 75)
        .then("B", 50).otherwise("C"));
  }
}
