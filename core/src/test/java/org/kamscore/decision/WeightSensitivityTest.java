package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;

/**
 * A worked example of {@link WeightSensitivity}, the crossings solved by hand in the comments
 * and checked again by rebuilding the model with other weights.
 */
final class WeightSensitivityTest {
  // weights a = 1, b = 1, utilities value / 100; tiers A from 60, B from 40, C.
  // C-1: a 90, b 40: 100 * (0.9 + 0.4) / 2 = 65, A
  // C-2: a 20, b 70: 100 * (0.2 + 0.7) / 2 = 45, B
  // C-3: a 50, b 20: 100 * (0.5 + 0.2) / 2 = 35, C
  private static final List<Account> PORTFOLIO = Account.pairs(90, 40, 20, 70, 50, 20);

  private final ScoringModel<Account> model = Policies.twoCriteria("1", 1, 1);

  @Test
  void crossings_ofCriterionA_areTheRootsOfLinearEquations() {
    // score(w) = 100 * (u_b + w * u_a) / (1 + w), the weight of a being w, b's being 1.
    // C-1 reaches 60 at 100 * (0.4 + 0.9 w) = 60 (1 + w): 30 w = 20, w = 2/3 < 1; the score
    //   rises with w (0.9 > 0.4), so below 2/3 it falls under 60: A -> B.
    // C-2 reaches 60 at 100 * (0.7 + 0.2 w) = 60 (1 + w): -40 w = -10, w = 0.25: B -> A below;
    //   40 at 100 * (0.7 + 0.2 w) = 40 (1 + w): -20 w = -30, w = 1.5: B -> C above.
    // C-3 reaches 40 at 100 * (0.2 + 0.5 w) = 40 (1 + w): 10 w = 20, w = 2: C -> B above.
    // Nearest below 1: 2/3 (C-1); nearest above: 1.5 (C-2).
    WeightRange a = WeightSensitivity.of(PORTFOLIO, model, Account::id).range("a");

    assertThat(a.weight()).isEqualTo(1.0);
    assertThat(a.share()).isEqualTo(0.5);
    assertThat(a.lower().getAsDouble()).isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(a.upper().getAsDouble()).isCloseTo(1.5, within(1e-15));
    // shares: (2/3) / (1 + 2/3) = 0.4 and 1.5 / 2.5 = 0.6
    assertThat(a.lowerShare().getAsDouble()).isCloseTo(0.4, within(1e-15));
    assertThat(a.upperShare().getAsDouble()).isCloseTo(0.6, within(1e-15));
    assertThat(a.firstDown()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("C-1");
      assertThat(c.from().label()).isEqualTo("A");
      assertThat(c.to().label()).isEqualTo("B");
    });
    assertThat(a.firstUp()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("C-2");
      assertThat(c.to().label()).isEqualTo("C");
    });
    assertThat(a.toText()).isEqualTo("a: weight 1 (50.0%) may fall to 0.6667 (40.0%) and "
        + "rise to 1.5 (60.0%); below, C-1 A -> B; above, C-2 B -> C");
  }

  @Test
  void crossings_ofCriterionB_mirrorThoseOfA() {
    // With b's weight w: C-1 at 100 * (0.9 + 0.4 w) = 60 (1 + w): w = 1.5, A -> B above;
    // C-2 at 40: 100 * (0.2 + 0.7 w) = 40 (1 + w): w = 2/3, B -> C below, and at 60: w = 4;
    // C-3 at 40: 100 * (0.5 + 0.2 w) = 40 (1 + w): w = 0.5, C -> B below.
    WeightRange b = WeightSensitivity.of(PORTFOLIO, model, Account::id).range("b");

    assertThat(b.lower().getAsDouble()).isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(b.firstDown()).extracting(TierCrossing::key).containsExactly("C-2");
    assertThat(b.upper().getAsDouble()).isCloseTo(1.5, within(1e-15));
    assertThat(b.firstUp()).extracting(TierCrossing::key).containsExactly("C-1");
  }

  @Test
  void rebuiltModels_agree_insideAndJustBeyondTheRange() {
    // inside (2/3, 1.5) nobody moves; at 0.66 C-1 is B, at 1.51 C-2 is C
    assertThat(tiers(0.67)).containsExactly("A", "B", "C");
    assertThat(tiers(1.49)).containsExactly("A", "B", "C");
    assertThat(tiers(0.66)).containsExactly("B", "B", "C");
    assertThat(tiers(1.51)).containsExactly("A", "C", "C");
  }

  private List<String> tiers(double weightOfA) {
    ScoringModel<Account> variant = model.toBuilder().weight("a", weightOfA).build();
    return variant.evaluateAll(PORTFOLIO).stream().map(e -> e.tier().label()).toList();
  }

  @Test
  void unboundedRange_hasNoBounds_andNoCrossings() {
    // one customer in C far from 40 on both criteria: a 10, b 10 scores 10 at any weights
    WeightRange a = WeightSensitivity.of(Account.pairs(10, 10), model, Account::id).range("a");

    assertThat(a.lower()).isEmpty();
    assertThat(a.upper()).isEmpty();
    assertThat(a.lowerShare()).isEmpty();
    assertThat(a.firstDown()).isEmpty();
    assertThat(a.firstUp()).isEmpty();
    assertThat(a.toText()).isEqualTo("a: weight 1 (50.0%) may fall to any weight and rise to "
        + "any weight");
  }

  @Test
  void knockOutCap_hidesTheCrossingsAboveIt() {
    ScoringModel<Account> capped = model.toBuilder().knockOutBelow("volume", Account::margin, 50)
        .cappedAt("B").build();
    // C-1 fails (b 40 < 50) and is capped at B (C-2 passes with 70): its crossing of 60 at
    // 2/3 changes nothing, and it crosses 40 at 100 * (0.4 + 0.9 w) = 40 (1 + w), w = 0, at
    // no positive weight. Below 1 the first change is C-2's B -> A at 0.25.
    WeightRange a = WeightSensitivity.of(PORTFOLIO, capped, Account::id).range("a");

    assertThat(a.lower().getAsDouble()).isCloseTo(0.25, within(1e-15));
    assertThat(a.firstDown()).extracting(TierCrossing::key).containsExactly("C-2");
  }

  @Test
  void text_andLookups() {
    WeightSensitivity sensitivity = WeightSensitivity.of(PORTFOLIO, model, Account::id);

    assertThat(sensitivity.ranges()).extracting(WeightRange::criterion).containsExactly("a", "b");
    assertThat(sensitivity.toText()).startsWith("weight sensitivity of two 1 over 3 customers\n"
        + "a: weight 1");
    assertThat(sensitivity).hasToString("WeightSensitivity[two 1, 3 customers, 2 criteria]");
    assertThatThrownBy(() -> sensitivity.range("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be one of model two 1 but was: 'c'");
  }

  @Test
  void repeatedKey_andNullCustomer_areRejected_namingIndexes() {
    assertThatThrownBy(() -> WeightSensitivity.of(List.of(Account.of("C-1", 1, 1, 0, false, 0),
        Account.of("C-1", 2, 2, 0, false, 0)), model, Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key of customer at index 1 must be unique but was: 'C-1' (as at index 0)");
    assertThatThrownBy(() -> WeightSensitivity.of(java.util.Arrays.asList(
        Account.of("C-1", 1, 1, 0, false, 0), null), model, Account::id))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer at index 1 must not be null");
  }
}
