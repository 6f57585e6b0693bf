package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;

/** Worked examples of {@link TierPath}, the arithmetic checked by hand in the comments. */
final class TierPathTest {
  private final ScoringModel<Account> kam = Policies.kam();

  // revenue 80 -> 0.8 * 40 = 32; margin 0.3 -> 0.75 * 20 = 15; contract years 2 -> 0.5 * 20 =
  // 10; joint projects yes -> 10; discount 0.1 -> (0.1 - 0.25) / -0.25 = 0.6 * 10 = 6;
  // 32 + 15 + 10 + 10 + 6 = 73: tier B, 75 - 73 = 2 points short of A
  private static final Account TYPICAL = Account.of("C-1", 80, 0.3, 2, true, 0.1);

  @Test
  void singleCriterion_answersPerCriterion_actionableFirst() {
    TierPath path = TierPath.of(kam, kam.evaluate(TYPICAL));

    assertThat(path.tier().label()).isEqualTo("B");
    assertThat(path.target()).map(t -> t.label()).contains("A");
    assertThat(path.pointsMissing()).isEqualTo(2.0);
    assertThat(path.scoreReaches()).isFalse();
    assertThat(path.changes()).extracting(CriterionChange::criterion).containsExactly(
        "contract-years", "discount", "joint-projects", "revenue", "margin");
    // contract years: 10 + 2 = 12 points, utility 0.6; the first step that gives it is 4
    assertThat(change(path, "contract-years").value()).hasValue(4.0);
    // discount: 6 + 2 = 8 points, utility 0.8, 0.25 - 0.8 * 0.25 = 0.05
    assertThat(change(path, "discount").value().getAsDouble()).isCloseTo(0.05, within(1e-15));
    assertThat(change(path, "discount").valueText()).contains("0.05");
    // joint projects earn their 10 points already
    assertThat(change(path, "joint-projects").isPossible()).isFalse();
    assertThat(change(path, "joint-projects").value()).isEmpty();
    // revenue: 32 + 2 = 34 points, utility 0.85, 85; margin: 15 + 2 = 17, 0.85 * 0.4 = 0.34
    assertThat(change(path, "revenue").value().getAsDouble()).isCloseTo(85.0, within(1e-12));
    assertThat(change(path, "margin").value().getAsDouble()).isCloseTo(0.34, within(1e-15));
    assertThat(path.plan()).isEmpty();
    assertThat(path.blockingKnockOuts()).isEmpty();
    assertThat(path.toText()).isEqualTo("""
        to reach A, change one of:
          raise contract-years from 2 to 4 (actionable)
          lower discount from 0.1 to 0.05 (actionable)
          raise revenue from 80 to 85
          raise margin from 0.3 to 0.34
          not by one alone: joint-projects
        """);
  }

  @Test
  void noSingleActionableCriterion_givesAPlan_mostPointsToGiveFirst() {
    // revenue 30 -> 12; margin 0.1 -> 0.25 * 20 = 5; years 0 -> 0; joint no -> 0;
    // discount 0.2 -> 0.2 * 10 = 2; 12 + 5 + 0 + 0 + 2 = 19: tier C, 50 - 19 = 31 short of B.
    // Alone: years gives at most 20, joint 10, discount 8, revenue 28, margin 15: none 31.
    Account weak = Account.of("C-2", 30, 0.1, 0, false, 0.2);
    TierPath path = TierPath.of(kam, kam.evaluate(weak));

    assertThat(path.target()).map(t -> t.label()).contains("B");
    assertThat(path.possibleChanges()).isEmpty();
    // years to 4 (+20, 39), joint to yes (+10, 49), then discount 1 more point: utility
    // 0.2 + 0.1 = 0.3, 0.25 - 0.3 * 0.25 = 0.175
    assertThat(path.plan()).extracting(CriterionChange::criterion)
        .containsExactly("contract-years", "joint-projects", "discount");
    assertThat(path.plan().get(0).value()).hasValue(4.0);
    assertThat(path.plan().get(1).valueText()).contains("true");
    assertThat(path.plan().get(2).value().getAsDouble()).isCloseTo(0.175, within(1e-15));
    assertThat(path.toText()).isEqualTo("""
        to reach B, no single criterion suffices; change together:
          raise contract-years from 0 to 4 (actionable)
          raise joint-projects from false to true (actionable)
          lower discount from 0.2 to 0.175 (actionable)
        """);
  }

  @Test
  void outOfReach_ofAnyCriterion_andOfTheActionableOnesTogether() {
    // revenue 60 -> 24; margin 0.2 -> 10; years 2 -> 10; joint no -> 0; discount 0.1 -> 6:
    // 50, tier B, 25 short of A. Actionable together: 10 + 10 + 4 = 24 < 25.
    TierPath path = TierPath.of(kam, kam.evaluate(Account.of("C-3", 60, 0.2, 2, false, 0.1)));

    assertThat(path.possibleChanges()).isEmpty();
    assertThat(path.plan()).isEmpty();
    assertThat(path.toText()).isEqualTo(
        "A is out of reach of any one criterion and of the actionable criteria together\n");
  }

  @Test
  void scoreReachingTheNextTier_isHeldBackByKnockOuts_eachWithTheValueThatClearsIt() {
    // revenue 10 -> 4; margin 0.4 -> 20; years 4 -> 20; joint -> 10; discount 0 -> 10: 64,
    // tier B by score, but revenue 10 < 20 fails minimum-revenue, capped at C
    Evaluation e = kam.evaluate(Account.of("C-4", 10, 0.4, 4, true, 0.0));
    TierPath path = TierPath.of(kam, e);

    assertThat(e.tier().label()).isEqualTo("C");
    assertThat(path.scoreReaches()).isTrue();
    assertThat(path.pointsMissing()).isZero();
    assertThat(path.changes()).isEmpty();
    assertThat(path.blockingKnockOuts()).extracting(KnockOut::name)
        .containsExactly("minimum-revenue");
    assertThat(path.blockingKnockOuts().get(0).bound()).hasValue(20.0);
    assertThat(path.toText()).isEqualTo(
        "the score reaches B; knock-outs hold it back: minimum-revenue (at least 20)\n");
  }

  @Test
  void predicateKnockOut_cannotSayWhatClearsIt() {
    // revenue 90 -> 36; margin 0.4 -> 20; years 4 -> 20; joint -> 10; discount 0.05 -> 0.8 *
    // 10 = 8: 94, tier A by score, but no reference caps it at B
    Account strong = Account.of("C-5", 90, 0.4, 4, true, 0.05).withReference(false);
    TierPath path = TierPath.of(kam, kam.evaluate(strong));

    assertThat(path.tier().label()).isEqualTo("B");
    assertThat(path.blockingKnockOuts()).singleElement().satisfies(k -> {
      assertThat(k.kind()).isEqualTo(KnockOut.Kind.PREDICATE);
      assertThat(k.bound()).isEmpty();
    });
    assertThat(path.toText()).isEqualTo("the score reaches A; knock-outs hold it back: "
        + "reference (a predicate: the value that clears it cannot be computed)\n");
  }

  @Test
  void shortScore_andABlockingKnockOut_areBothShown() {
    // revenue 10 -> 4; margin 0.3 -> 15; years 2 -> 10; joint -> 10; discount 0.1 -> 6: 45,
    // tier C, 5 short of B, and minimum-revenue (cap C) blocks B whatever the score.
    // Years to 4: +10. Discount gives at most 4. Revenue: 4 + 5 = 9 points, 0.225, 22.5.
    // Margin: 15 + 5 = 20 points, utility 1, 0.4.
    TierPath path = TierPath.of(kam, kam.evaluate(Account.of("C-6", 10, 0.3, 2, true, 0.1)));

    assertThat(path.toText()).isEqualTo("""
        to reach B, change one of:
          raise contract-years from 2 to 4 (actionable)
          raise revenue from 10 to 22.5
          raise margin from 0.3 to 0.4
          not by one alone: joint-projects, discount
        knock-outs blocking B whatever the score: minimum-revenue (at least 20)
        """);
  }

  @Test
  void topTier_hasNoPath() {
    // 36 + 20 + 20 + 10 + 8 = 94: tier A
    TierPath path = TierPath.of(kam, kam.evaluate(Account.of("C-7", 90, 0.4, 4, true, 0.05)));

    assertThat(path.target()).isEmpty();
    assertThat(path.changes()).isEmpty();
    assertThat(path.plan()).isEmpty();
    assertThat(path.toText()).isEmpty();
    assertThat(path).hasToString("TierPath[A -> none, 0.0 points missing, 0 changes]");
  }

  @Test
  void missingOrdinalValue_isSetToTheWorstLevelThatReaches() {
    ScoringModel<Account> graded = Policies.graded();
    // volume 60 -> 0.6 * 50 = 30; grade missing, scored as the worst: 0. 30: tier C.
    // Grade: 20 more points, utility 0.4: MEDIUM (0.5) is the worst level that reaches it.
    // Volume: 30 + 20 = 50 points, utility 1, 100.
    TierPath path = TierPath.of(graded,
        graded.evaluate(Account.of("C-8", 60, 0, 0, false, 0).withGrade(null)));

    assertThat(path.toText()).isEqualTo("""
        to reach B, change one of:
          raise volume from 60 to 100
          set grade from missing to MEDIUM
        """);
    assertThat(path.changes().get(1).value()).hasValue(1.0); // MEDIUM's position
  }

  @Test
  void noActionableCriterion_plansOverAllCriteria() {
    ScoringModel<Account> graded = Policies.graded();
    // volume 20 -> 10; grade LOW -> 0: 10, tier C, 40 short of B; volume alone gives at most
    // 50 - 10 = 40: 100 reaches exactly. A: 65 short, more than either criterion's 40 or 50.
    TierPath toB = TierPath.of(graded,
        graded.evaluate(Account.of("C-9", 20, 0, 0, false, 0).withGrade(Account.Grade.LOW)));
    assertThat(toB.possibleChanges()).extracting(CriterionChange::criterion)
        .containsExactly("volume", "grade");
    assertThat(toB.plan()).isEmpty();

    // volume 0 -> 0; grade LOW -> 0: 0, 50 short of B: grade alone gives 50 (HIGH)
    TierPath fromZero = TierPath.of(graded,
        graded.evaluate(Account.of("C-10", 0, 0, 0, false, 0).withGrade(Account.Grade.LOW)));
    assertThat(fromZero.possibleChanges()).extracting(CriterionChange::valueText)
        .containsExactly(java.util.Optional.of("100"), java.util.Optional.of("HIGH"));
  }

  @Test
  void plan_overAllCriteria_whenNoneIsActionable() {
    ScoringModel<Account> graded = Policies.graded().toBuilder()
        .tiers(org.kamscore.Tiers.from("A", 90).otherwise("B")).build();
    // volume 30 -> 15; grade LOW -> 0: 15, 75 short of A; grade gives at most 50, volume 35:
    // neither alone. Together: grade first (50 points to give, more than volume's 35) to
    // HIGH, 65; then volume 25 more points: 15 + 25 = 40 of 50, utility 0.8, volume 80
    TierPath path = TierPath.of(graded,
        graded.evaluate(Account.of("C-11", 30, 0, 0, false, 0).withGrade(Account.Grade.LOW)));

    assertThat(path.possibleChanges()).isEmpty();
    assertThat(path.plan()).extracting(CriterionChange::criterion)
        .containsExactly("grade", "volume");
    assertThat(path.plan().get(0).valueText()).contains("HIGH");
    assertThat(path.plan().get(1).value().getAsDouble()).isCloseTo(80.0, within(1e-12));
  }

  @Test
  void explain_showsThePath_afterTheDistanceToTheNextTier() {
    assertThat(kam.evaluate(TYPICAL).explain()).contains("""
        next tier A from 75.00: 2.00 points missing
        to reach A, change one of:
          raise contract-years from 2 to 4 (actionable)
        """).doesNotContain(Account.SECRET);
  }

  @Test
  void evaluation_ofAnotherModel_isRejected() {
    ScoringModel<Account> other = kam.toBuilder().id("other", "2").weight("revenue", 41).build();
    Evaluation e = other.evaluate(TYPICAL);

    assertThatThrownBy(() -> TierPath.of(kam, e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation must come from model 'kam' 2026.1 (fingerprint "
            + kam.fingerprint() + ") but came from: 'other' 2 (fingerprint "
            + other.fingerprint() + ")");
    assertThatThrownBy(() -> TierMargin.of(kam, e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("evaluation must come from model 'kam' 2026.1");
  }

  @Test
  void nullArguments_areRejected() {
    assertThatThrownBy(() -> TierPath.of(null, kam.evaluate(TYPICAL)))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> TierPath.of(kam, null))
        .isInstanceOf(NullPointerException.class).hasMessage("evaluation");
  }

  @Test
  void replayedEvaluation_hasTheSamePath() {
    Evaluation e = kam.evaluate(TYPICAL);
    Evaluation replayed = kam.replay(List.of(80.0, 0.3, 2.0, 1.0, 0.1), List.of());

    assertThat(TierPath.of(kam, replayed).changes()).isEqualTo(TierPath.of(kam, e).changes());
  }

  private static CriterionChange change(TierPath path, String criterion) {
    return path.changes().stream().filter(c -> c.criterion().equals(criterion)).findFirst()
        .orElseThrow();
  }
}
