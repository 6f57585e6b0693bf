package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Evaluations of the standard model (revenue 0..100 weight 2, margin 0..40 weight 1, discount
 * 20..0 weight 1; tiers A 75, B 50, C), every number worked out by hand.
 */
final class EvaluationTest {
  private final ScoringModel<Account> model = Fixtures.standard();
  private final ScoringModel<Account> knockOuts = Fixtures.withKnockOuts();

  /** revenue 0.75 * 50 = 37.5, margin 0.25 * 25 = 6.25, discount 0.75 * 25 = 18.75. */
  private static final Account TYPICAL = Account.of(75, 10, 5);
  /** revenue 0.875 * 50 = 43.75, margin 25, discount 18.75: 87.5, tier A. */
  private static final Account STRONG = Account.of(87.5, 40, 5);

  @Test
  void evaluate_typicalCustomer_hasHandComputedScoreAndTier() {
    Evaluation e = model.evaluate(TYPICAL);

    assertThat(e.score()).isEqualTo(62.5);
    assertThat(e.tier()).isEqualTo(new Tier("B", 50, 1));
    assertThat(e.scoreTier()).isEqualTo(new Tier("B", 50, 1));
    assertThat(e.failedKnockOuts()).isEmpty();
    assertThat(e.modelId()).isEqualTo("kam");
    assertThat(e.modelVersion()).isEqualTo("2026.1");
    assertThat(e.fingerprint()).isEqualTo(model.fingerprint());
  }

  @Test
  void evaluate_typicalCustomer_explainsEveryContribution() {
    Evaluation e = model.evaluate(TYPICAL);

    assertThat(e.contributions()).containsExactly(
        new Contribution("revenue", 75.0, "75", false, 0.75, 0.5, 37.5, 50.0),
        new Contribution("margin", 10.0, "10", false, 0.25, 0.25, 6.25, 25.0),
        new Contribution("discount", 5.0, "5", false, 0.75, 0.25, 18.75, 25.0));
    assertThat(e.contribution("revenue").pointsLost()).isEqualTo(12.5);
    assertThat(e.contribution("margin").pointsLost()).isEqualTo(18.75);
    assertThat(e.contribution("discount").pointsLost()).isEqualTo(6.25);
  }

  @Test
  void reasons_mostPointsLostFirst() {
    assertThat(model.evaluate(TYPICAL).reasons())
        .extracting(Contribution::criterion)
        .containsExactly("margin", "revenue", "discount");
  }

  @Test
  void reasons_tiesInDeclarationOrder_andWithoutCriteriaThatLostNothing() {
    Evaluation e = model.evaluate(STRONG);

    assertThat(e.contribution("revenue").pointsLost()).isEqualTo(6.25);
    assertThat(e.contribution("margin").pointsLost()).isEqualTo(0.0);
    assertThat(e.contribution("discount").pointsLost()).isEqualTo(6.25);
    assertThat(e.reasons()).extracting(Contribution::criterion)
        .containsExactly("revenue", "discount");
  }

  @Test
  void reasons_perfectCustomer_areEmpty() {
    Evaluation e = model.evaluate(Account.of(100, 40, 0));

    assertThat(e.score()).isEqualTo(100.0);
    assertThat(e.reasons()).isEmpty();
  }

  @Test
  void nextTier_belowTheTop_isTheTierAboveWithTheMissingPoints() {
    Evaluation e = model.evaluate(TYPICAL);

    assertThat(e.nextTier()).hasValue(new Tier("A", 75, 0));
    assertThat(e.pointsToNextTier()).hasValue(12.5);
  }

  @Test
  void nextTier_atTheTop_isEmpty() {
    Evaluation e = model.evaluate(STRONG);

    assertThat(e.score()).isEqualTo(87.5);
    assertThat(e.tier().label()).isEqualTo("A");
    assertThat(e.nextTier()).isEmpty();
    assertThat(e.pointsToNextTier()).isEmpty();
  }

  @Test
  void tier_scoreExactlyAtThreshold_isThatTier() {
    // 50 + 0 + 25
    Evaluation e = model.evaluate(Account.of(100, 0, 0));

    assertThat(e.score()).isEqualTo(75.0);
    assertThat(e.tier().label()).isEqualTo("A");
  }

  @Test
  void tier_scoreJustBelowThreshold_isTheTierBelow() {
    // 99.609375 / 100 = 255/256; * 50 = 49.8046875; + 0 + 25
    Evaluation e = model.evaluate(Account.of(99.609375, 0, 0));

    assertThat(e.score()).isEqualTo(74.8046875);
    assertThat(e.tier().label()).isEqualTo("B");
    assertThat(e.pointsToNextTier()).hasValue(0.1953125);
  }

  @Test
  void knockOut_failedWithoutCap_lowersToTheLowestTier() {
    Evaluation e = knockOuts.evaluate(STRONG.withYears(1));

    assertThat(e.score()).isEqualTo(87.5);
    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("C");
    assertThat(e.failedKnockOuts()).containsExactly("minimum-years");
    assertThat(e.nextTier()).hasValue(new Tier("B", 50, 1));
    assertThat(e.pointsToNextTier()).hasValue(0.0);
  }

  @Test
  void knockOut_failedWithCap_lowersToTheCap() {
    Evaluation e = knockOuts.evaluate(STRONG.withReference(false));

    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("B");
    assertThat(e.failedKnockOuts()).containsExactly("reference");
    assertThat(e.nextTier()).hasValue(new Tier("A", 75, 0));
    assertThat(e.pointsToNextTier()).hasValue(0.0);
  }

  @Test
  void knockOuts_failedTogether_takeTheLowestCap_inDeclarationOrder() {
    Evaluation e = knockOuts.evaluate(STRONG.withReference(false).withYears(0));

    assertThat(e.tier().label()).isEqualTo("C");
    assertThat(e.failedKnockOuts()).containsExactly("minimum-years", "reference");
  }

  @Test
  void knockOut_capAboveTheScoreTier_neverRaisesTheTier() {
    // 0 + 0 + 0: tier C; the cap B of 'reference' must not lift it
    Evaluation e = knockOuts.evaluate(Account.of(0, 0, 20).withReference(false));

    assertThat(e.score()).isEqualTo(0.0);
    assertThat(e.tier().label()).isEqualTo("C");
    assertThat(e.scoreTier().label()).isEqualTo("C");
    assertThat(e.pointsToNextTier()).hasValue(50.0);
  }

  @Test
  void knockOutBelow_minimumItself_passes() {
    Evaluation e = knockOuts.evaluate(STRONG.withYears(2));

    assertThat(e.failedKnockOuts()).isEmpty();
    assertThat(e.tier().label()).isEqualTo("A");
  }

  @Test
  void knockOutAbove_maximumItselfPasses_andAboveFails() {
    ScoringModel<Account> capped = Fixtures.standardBuilder()
        .knockOutAbove("maximum-discount", Account::discount, 5).cappedAt("B")
        .build();

    assertThat(capped.evaluate(STRONG).tier().label()).isEqualTo("A");
    // discount 5.5: 43.75 + 25 + 0.725 * 25 = 86.875, still tier A by score
    Evaluation e = capped.evaluate(Account.of(87.5, 40, 5.5));
    assertThat(e.score()).isEqualTo(86.875);
    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("B");
    assertThat(e.failedKnockOuts()).containsExactly("maximum-discount");
  }

  @Test
  void knockOuts_passed_leaveTheScoreTier() {
    Evaluation e = knockOuts.evaluate(TYPICAL);

    assertThat(e.failedKnockOuts()).isEmpty();
    assertThat(e.tier()).isEqualTo(e.scoreTier());
    assertThat(e.score()).isEqualTo(62.5);
  }

  @Test
  void score_equalsTheEvaluatedScore_toTheBit() {
    ScoringModel<Account> inexact = Fixtures.empty()
        .criterion("revenue", Account::revenue, Scale.logarithmic(1, 1000), 3)
        .criterion("margin", Account::margin, Scale.linear(0.05, 0.4), 7)
        .criterion("discount", Account::discount, Scale.points(0, 1).then(0.3, 0.2).then(1, 0), 1.1)
        .build();
    for (Account a : new Account[] {
        Account.of(123.4, 0.17, 0.21), Account.of(0.5, 0.33, 0.07), TYPICAL, STRONG}) {
      assertThat(Double.doubleToRawLongBits(inexact.score(a)))
          .isEqualTo(Double.doubleToRawLongBits(inexact.evaluate(a).score()));
    }
  }

  @Test
  void score_ofStandardModel_isTheHandComputedScore() {
    assertThat(model.score(TYPICAL)).isEqualTo(62.5);
    assertThat(knockOuts.score(STRONG.withYears(0))).isEqualTo(87.5);
  }

  @Test
  void contribution_unknownName_isRejected() {
    Evaluation e = model.evaluate(TYPICAL);

    assertThatThrownBy(() -> e.contribution("growth"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be one of model 'kam' but was: 'growth'");
  }

  @Test
  void contribution_ofOrdinalCriterion_showsTheLevel() {
    Evaluation e = Fixtures.graded().build().evaluate(TYPICAL.withGrade(Account.Grade.HIGH));

    assertThat(e.contribution("grade"))
        .isEqualTo(new Contribution("grade", 2.0, "HIGH", false, 1.0, 1.0, 100.0, 100.0));
  }

  @Test
  void contribution_infiniteValue_isClampedNotMissing() {
    Evaluation e = model.evaluate(Account.of(Double.POSITIVE_INFINITY, 10, 5));

    assertThat(e.contribution("revenue")).isEqualTo(new Contribution(
        "revenue", Double.POSITIVE_INFINITY, "Infinity", false, 1.0, 0.5, 50.0, 50.0));
  }

  @Test
  void explain_containsScoreTierNextTierRowsAndReasons() {
    String text = model.evaluate(TYPICAL).explain();

    assertThat(text).startsWith("kam 2026.1 (fingerprint " + model.fingerprint().substring(0, 12)
        + ")\n");
    assertThat(text).contains(
        "score 62.50 -> tier B\n",
        "next tier A from 75.00: 12.50 points missing\n",
        "criterion           value  utility   weight   points     lost\n",
        "revenue                75    0.750    50.0%    37.50    12.50\n",
        "margin                 10    0.250    25.0%     6.25    18.75\n",
        "discount                5    0.750    25.0%    18.75     6.25\n");
    assertThat(text).endsWith("reasons: margin (-18.75), revenue (-12.50), discount (-6.25)\n");
    assertThat(text).doesNotContain("knock-outs failed", "top tier", "value missing");
  }

  @Test
  void explain_topTierAndFailedKnockOuts() {
    String text = knockOuts.evaluate(STRONG.withYears(0).withReference(false)).explain();

    assertThat(text).contains(
        "score 87.50 -> tier C\n",
        "knock-outs failed: minimum-years, reference (the score alone reaches tier A)\n",
        "next tier B from 50.00: 0.00 points missing\n");
    assertThat(model.evaluate(Account.of(100, 40, 0)).explain())
        .contains("top tier\n")
        .endsWith("reasons: none\n");
  }

  @Test
  void evaluations_ofTheSameCustomer_areEqual() {
    assertThat(model.evaluate(TYPICAL))
        .isEqualTo(model.evaluate(Account.of(75, 10, 5)))
        .hasSameHashCodeAs(model.evaluate(Account.of(75, 10, 5)))
        .isNotEqualTo(model.evaluate(STRONG))
        .hasToString("Evaluation[score=62.5, tier=B]");
  }

  @Test
  void toString_namesFailedKnockOuts() {
    assertThat(knockOuts.evaluate(STRONG.withYears(1)))
        .hasToString("Evaluation[score=87.5, tier=C, failedKnockOuts=[minimum-years]]");
  }
}
