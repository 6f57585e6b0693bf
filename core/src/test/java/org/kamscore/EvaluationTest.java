package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
    assertTier(e.tier(), "B", 50, 1);
    assertTier(e.scoreTier(), "B", 50, 1);
    assertThat(e.failedKnockOuts()).isEmpty();
    assertThat(e.modelId()).isEqualTo("kam");
    assertThat(e.modelVersion()).isEqualTo("2026.1");
    assertThat(e.fingerprint()).isEqualTo(model.fingerprint());
  }

  @Test
  void evaluate_typicalCustomer_explainsEveryContribution() {
    Evaluation e = model.evaluate(TYPICAL);

    // weights 2, 1, 1: shares 0.5, 0.25, 0.25, maxima 50, 25, 25; lost = maximum - points
    assertThat(e.contributions()).extracting(Contribution::criterion)
        .containsExactly("revenue", "margin", "discount");
    assertContribution(e.contributions().get(0), "revenue", 75.0, "75", 0.75, 0.5, 37.5, 50.0);
    assertContribution(e.contributions().get(1), "margin", 10.0, "10", 0.25, 0.25, 6.25, 25.0);
    assertContribution(e.contributions().get(2), "discount", 5.0, "5", 0.75, 0.25, 18.75, 25.0);
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

    assertTier(e.nextTier().orElseThrow(), "A", 75, 0);
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
    assertTier(e.nextTier().orElseThrow(), "B", 50, 1);
    assertThat(e.pointsToNextTier()).hasValue(0.0);
  }

  @Test
  void knockOut_failedWithCap_lowersToTheCap() {
    Evaluation e = knockOuts.evaluate(STRONG.withReference(false));

    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("B");
    assertThat(e.failedKnockOuts()).containsExactly("reference");
    assertTier(e.nextTier().orElseThrow(), "A", 75, 0);
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
    assertThat(e.tier().label()).isEqualTo("B");
    assertThat(e.scoreTier().label()).isEqualTo("B");
    assertThat(e.score()).isEqualTo(62.5);
  }

  /**
   * A model whose numbers are not exact in binary: revenue logarithmic 1..1000 weight 3,
   * margin linear 0.05..0.4 weight 7, discount points (0, 1) (0.3, 0.2) (1, 0) weight 1.1; the
   * weights sum to 11.1, so score = 100 * (3 u_revenue + 7 u_margin + 1.1 u_discount) / 11.1.
   */
  private static final ScoringModel<Account> INEXACT = Fixtures.empty()
      .criterion("revenue", Account::revenue, Scale.logarithmic(1, 1000), 3)
      .criterion("margin", Account::margin, Scale.linear(0.05, 0.4), 7)
      .criterion("discount", Account::discount, Scale.points(0, 1).then(0.3, 0.2).then(1, 0), 1.1)
      .build();

  /**
   * Worked out to 17 digits by hand (ln 1000 = 6.9077552789821371):
   *
   * <ul>
   *   <li>(123.4, 0.17, 0.21): ln 123.4 / ln 1000 = 4.8154311114712874 / 6.9077552789821371 =
   *       0.69710505323240763; (0.17 - 0.05) / 0.35 = 0.34285714285714286; 1 + 0.21 / 0.3 *
   *       (0.2 - 1) = 0.44; 100 * (2.0913151596972229 + 2.4 + 0.484) / 11.1 =
   *       44.822659096371377.
   *   <li>(0.5, 0.33, 0.07): 0.5 lies below the bound 1: 0; 0.28 / 0.35 = 0.8; 1 - 0.07 / 0.3 *
   *       0.8 = 0.81333333333333333; 100 * (0 + 5.6 + 0.89466666666666667) / 11.1 =
   *       58.510510510510511.
   *   <li>(75, 10, 5): ln 75 / ln 1000 = 4.3174881135363104 / 6.9077552789821371 =
   *       0.62502042113056668; 10 above 0.4: 1; 5 above 1: 0; 100 * (1.8750612633917000 + 7) /
   *       11.1 = 79.955506877402703.
   *   <li>(87.5, 40, 5): ln 87.5 / ln 1000 = 4.4716387933635687 / 6.9077552789821371 =
   *       0.64733601767410442; 1; 0; 100 * (1.9420080530223132 + 7) / 11.1 =
   *       80.558631108309128.
   * </ul>
   *
   * <p>Within 1e-12: double arithmetic is off by a few ulps of 100 (about 1e-14 each), and the
   * weight 1.1 in binary by 1e-16 relative; a wrong formula is off by far more.
   */
  @Test
  void score_inexactModel_isTheHandComputedScore_andTheEvaluatedScoreToTheBit() {
    Account[] accounts = {
      Account.of(123.4, 0.17, 0.21), Account.of(0.5, 0.33, 0.07), TYPICAL, STRONG};
    double[] expected = {
      44.822659096371377, 58.510510510510511, 79.955506877402703, 80.558631108309128};
    for (int i = 0; i < accounts.length; i++) {
      double score = INEXACT.score(accounts[i]);
      assertThat(score).as("score of account %d", i).isCloseTo(expected[i], within(1e-12));
      assertThat(Double.doubleToRawLongBits(INEXACT.evaluate(accounts[i]).score()))
          .as("evaluated score of account %d", i)
          .isEqualTo(Double.doubleToRawLongBits(score));
    }
  }

  @Test
  void contributions_inexactModel_areTheHandComputedUtilitiesAndPoints() {
    // see above; shares 3 / 11.1, 7 / 11.1, 1.1 / 11.1
    Evaluation e = INEXACT.evaluate(Account.of(123.4, 0.17, 0.21));

    double[] utilities = {0.69710505323240763, 0.34285714285714286, 0.44};
    double[] shares = {0.27027027027027027, 0.63063063063063063, 0.099099099099099099};
    for (int i = 0; i < 3; i++) {
      Contribution c = e.contributions().get(i);
      assertThat(c.utility()).as("utility of %s", c.criterion())
          .isCloseTo(utilities[i], within(1e-15));
      assertThat(c.weightShare()).as("share of %s", c.criterion())
          .isCloseTo(shares[i], within(1e-15));
      assertThat(c.points()).as("points of %s", c.criterion())
          .isCloseTo(utilities[i] * shares[i] * 100, within(1e-12));
      assertThat(c.pointsLost()).as("points lost by %s", c.criterion())
          .isCloseTo((1 - utilities[i]) * shares[i] * 100, within(1e-12));
    }
    // lost: revenue 27.03 * 0.303 = 8.19, margin 63.06 * 0.657 = 41.44, discount 9.91 * 0.56 = 5.55
    assertThat(e.reasons()).extracting(Contribution::criterion)
        .containsExactly("margin", "revenue", "discount");
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

    assertContribution(e.contribution("grade"), "grade", 2.0, "HIGH", 1.0, 1.0, 100.0, 100.0);
  }

  @Test
  void contribution_infiniteValue_isClampedNotMissing() {
    Evaluation e = model.evaluate(Account.of(Double.POSITIVE_INFINITY, 10, 5));

    assertContribution(e.contribution("revenue"),
        "revenue", Double.POSITIVE_INFINITY, "Infinity", 1.0, 0.5, 50.0, 50.0);
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

  /** Asserts a tier through its accessors. */
  private static void assertTier(Tier tier, String label, double minimumScore, int rank) {
    assertThat(tier.label()).isEqualTo(label);
    assertThat(tier.minimumScore()).as("minimum score of %s", label).isEqualTo(minimumScore);
    assertThat(tier.rank()).as("rank of %s", label).isEqualTo(rank);
  }

  /** Asserts a contribution of a value that was not missing, exactly, through its accessors. */
  private static void assertContribution(Contribution c, String criterion, double value,
      String display, double utility, double weightShare, double points, double maximum) {
    assertThat(c.criterion()).isEqualTo(criterion);
    assertThat(c.value()).as("value of %s", criterion).isEqualTo(value);
    assertThat(c.displayValue()).as("display of %s", criterion).isEqualTo(display);
    assertThat(c.missing()).as("missing of %s", criterion).isFalse();
    assertThat(c.utility()).as("utility of %s", criterion).isEqualTo(utility);
    assertThat(c.weightShare()).as("share of %s", criterion).isEqualTo(weightShare);
    assertThat(c.points()).as("points of %s", criterion).isEqualTo(points);
    assertThat(c.maximum()).as("maximum of %s", criterion).isEqualTo(maximum);
  }

  @Test
  void toString_namesFailedKnockOuts() {
    assertThat(knockOuts.evaluate(STRONG.withYears(1)))
        .hasToString("Evaluation[score=87.5, tier=C, failedKnockOuts=[minimum-years]]");
  }
}
