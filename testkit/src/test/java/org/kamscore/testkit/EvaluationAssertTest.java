package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamscore.testkit.KamAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.testkit.Account.Relation;

final class EvaluationAssertTest {
  private static final ScoringModel<Account> MODEL = Policies.linear();
  /** Revenue 500,000 (20 of 40 points), margin 0.2 (15 of 30), discount 0.15 (10 of 20), 5. */
  private static final Account MIDDLING =
      new Account("K-1", 500_000, 0.2, 0.15, 3, Relation.REGULAR);
  /** Below the minimum revenue, everything else the best. */
  private static final Account SMALL = new Account("K-2", 100_000, 0.4, 0, 3, Relation.PARTNER);

  @Test
  void passingAssertions_returnTheAssertion_forChaining() {
    assertThat(MODEL.evaluate(MIDDLING))
        .hasTier("B").hasScoreTier("B")
        .hasScoreCloseTo(50, within(1e-9))
        .hasScoreBetween(40, 60)
        .hasReasonsInOrder("revenue", "margin", "discount", "relation")
        .passedAllKnockOuts()
        .hasPointsToNextTier(10, within(1e-9))
        .hasPointsFor("relation", 5, within(1e-9))
        .wasScoredBy(MODEL);
    assertThat(MODEL.evaluate(SMALL))
        .hasTier("C").hasScoreTier("A").failedKnockOut("minimum-revenue")
        .hasReasonsInOrder("revenue");
    assertThat(MODEL.evaluate(MIDDLING.withRevenue(1_000_000).withMargin(0.4)))
        .isInTopTier().hasReasonsInOrder("discount", "relation");
  }

  @Test
  void hasTier_otherTier_failsWithTheExplanation() {
    Evaluation e = MODEL.evaluate(SMALL);

    assertThatThrownBy(() -> assertThat(e).hasTier("A"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting evaluation to have tier \"A\" but it had tier \"C\"\n"
            + "Explanation:\n" + indented(e.explain()));
  }

  @Test
  void failures_sayWhatWasExpectedAndFound() {
    Evaluation middling = MODEL.evaluate(MIDDLING);
    Evaluation small = MODEL.evaluate(SMALL);

    assertFailure(() -> assertThat(middling).hasScoreTier("A"), middling,
        "Expecting evaluation to have a score that reaches tier \"A\" but it reached tier \"B\"");
    assertFailure(() -> assertThat(middling).hasScoreCloseTo(51, within(0.5)), middling,
        "Expecting evaluation to have a score close to 51 within 0.5 but it had 50");
    assertFailure(() -> assertThat(middling).hasScoreBetween(60, 100), middling,
        "Expecting evaluation to have a score in [60, 100] but it had 50");
    assertFailure(() -> assertThat(middling).hasReasonsInOrder("margin", "revenue"), middling,
        "Expecting evaluation to have the reasons, most points lost first, [margin, revenue]"
            + " but it had [revenue, margin, discount, relation]");
    assertFailure(() -> assertThat(middling).failedKnockOut("minimum-revenue"), middling,
        "Expecting evaluation to have failed knock-out \"minimum-revenue\" but it failed none");
    assertFailure(() -> assertThat(small).passedAllKnockOuts(), small,
        "Expecting evaluation to have passed every knock-out but it failed [minimum-revenue]");
    assertFailure(() -> assertThat(middling).hasPointsToNextTier(5, within(0.01)), middling,
        "Expecting evaluation to miss 5 points within 0.01 to the next tier \"A\" but it"
            + " missed 10");
    assertFailure(() -> assertThat(middling).isInTopTier(), middling,
        "Expecting evaluation to be in the top tier but it was in tier \"B\", below \"A\"");
    assertFailure(() -> assertThat(middling).hasPointsFor("margin", 30, within(0.01)),
        middling, "Expecting evaluation to earn 30 points within 0.01 for \"margin\" but it"
            + " earned 15");
    assertFailure(() -> assertThat(middling).hasPointsFor("growth", 1, within(0.01)), middling,
        "Expecting evaluation to earn 1 points for \"growth\" but its model has no such"
            + " criterion, only [revenue, margin, discount, relation]");
  }

  @Test
  void hasPointsToNextTier_inTheTopTier_fails() {
    Evaluation top = MODEL.evaluate(MIDDLING.withRevenue(1_000_000).withMargin(0.4));

    assertFailure(() -> assertThat(top).hasPointsToNextTier(0, within(0.01)), top,
        "Expecting evaluation to miss 0 points to the next tier but it is in the top tier"
            + " \"A\"");
  }

  @Test
  void wasScoredBy_anotherModel_namesBothFingerprints() {
    Evaluation e = MODEL.evaluate(MIDDLING);
    ScoringModel<Account> other = Policies.attractiveness();

    assertFailure(() -> assertThat(e).wasScoredBy(other), e,
        "Expecting evaluation to be scored by model 'attractiveness' 1.0 (fingerprint "
            + other.fingerprint() + ") but it was scored by model 'attractiveness' 1.0"
            + " (fingerprint " + MODEL.fingerprint() + ")");
  }

  @Test
  void strictOffset_excludesTheBound() {
    Evaluation e = MODEL.evaluate(MIDDLING);

    assertThat(e).hasScoreCloseTo(49, within(1.0));
    assertThatThrownBy(() -> assertThat(e).hasScoreCloseTo(49, Assertions.byLessThan(1.0)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void description_prefixesTheMessage() {
    Evaluation e = MODEL.evaluate(MIDDLING);

    assertThatThrownBy(() -> assertThat(e).as("customer %s", "K-1").hasTier("A"))
        .hasMessageStartingWith("[customer K-1] Expecting evaluation to have tier \"A\"");
  }

  @Test
  void nullEvaluation_fails() {
    assertThatThrownBy(() -> assertThat((Evaluation) null).hasTier("A"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  private static void assertFailure(Runnable assertion, Evaluation e, String head) {
    assertThatThrownBy(assertion::run)
        .isInstanceOf(AssertionError.class)
        .hasMessage(head + "\nExplanation:\n" + indented(e.explain()));
  }

  /** The explanation as the message shows it: each line indented by two spaces. */
  static String indented(String explanation) {
    return ("  " + explanation.replace("\n", "\n  ")).stripTrailing() + "\n";
  }
}
