package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

final class DriftTest {
  /** One criterion, "value": the score is the value; tiers A >= 75, B >= 50, C. */
  private static final ScoringModel<Account> MODEL = Models.single(Models.abc());
  /** The hand arithmetic below keeps 10 digits of each logarithm. */
  private static final Offset<Double> HAND = within(1e-9);

  private static List<Evaluation> scored(double... values) {
    List<Evaluation> list = new ArrayList<>();
    for (double value : values) {
      Evaluation e = MODEL.evaluate(Account.passing("any", value));
      assertThat(e.score()).isEqualTo(value); // so that the arithmetic below is exact
      list.add(e);
    }
    return list;
  }

  /**
   * Reference scores 10 20 30 40 45 50 60 70 80 90; current scores 10 20 30 40 45 46 47 48 60
   * 80. Score bins [0, 50) and [50, 100]: reference 5 and 5 (shares 0.5 and 0.5), current 8
   * and 2 (0.8 and 0.2).
   */
  @Test
  void workedExample_declaredBins_checkedByHand() {
    List<Evaluation> reference = scored(10, 20, 30, 40, 45, 50, 60, 70, 80, 90);
    List<Evaluation> current = scored(10, 20, 30, 40, 45, 46, 47, 48, 60, 80);

    DriftReport report = Drift.builder().scoreBins(50).utilityBins(0.5).build()
        .between(reference, current);

    // score: (0.8 - 0.5) * ln(0.8 / 0.5) = 0.3 * 0.4700036292 = 0.1410010888
    //      + (0.2 - 0.5) * ln(0.2 / 0.5) = -0.3 * -0.9162907319 = 0.2748872196
    //      = 0.4158883083 > 0.25: significant
    PopulationStability score = report.score();
    assertThat(score.value()).isCloseTo(0.4158883083, HAND);
    assertThat(score.verdict()).isEqualTo(DriftVerdict.SIGNIFICANT);
    assertThat(score.cuts()).containsExactly(50.0);
    assertThat(score.bins()).extracting(PsiBin::label).containsExactly("[0, 50)", "[50, 100]");
    assertThat(score.bins()).extracting(PsiBin::referenceCount).containsExactly(5, 5);
    assertThat(score.bins()).extracting(PsiBin::currentCount).containsExactly(8, 2);
    assertThat(score.bins().get(0).currentShare()).isEqualTo(0.8);
    assertThat(score.bins().get(1).term()).isCloseTo(0.2748872196, HAND);
    // tiers: reference A 80 90 (0.2), B 50 60 70 (0.3), C the other 5 (0.5);
    // current A 80 (0.1), B 60 (0.1), C the other 8 (0.8)
    // A: (0.1 - 0.2) * ln(0.1 / 0.2) = -0.1 * -0.6931471806 = 0.0693147181
    // B: (0.1 - 0.3) * ln(0.1 / 0.3) = -0.2 * -1.0986122887 = 0.2197224577
    // C: (0.8 - 0.5) * ln(0.8 / 0.5) =  0.3 *  0.4700036292 = 0.1410010888
    //    = 0.4300382646 > 0.25: significant
    PopulationStability tiers = report.tiers();
    assertThat(tiers.value()).isCloseTo(0.4300382646, HAND);
    assertThat(tiers.bins()).extracting(PsiBin::label).containsExactly("A", "B", "C");
    assertThat(tiers.bins()).extracting(PsiBin::referenceCount).containsExactly(2, 3, 5);
    assertThat(tiers.cuts()).isEmpty();
    // the utility of "value" is the score / 100, cut at 0.5: the same as the score
    assertThat(report.criterion("value").value()).isCloseTo(0.4158883083, HAND);
    assertThat(report.criteria()).extracting(PopulationStability::name)
        .containsExactly("value");
    assertThat(report.criterion("value").bins()).extracting(PsiBin::label)
        .containsExactly("[0, 0.5)", "[0.5, 1]");
    assertThat(report.verdict()).isEqualTo(DriftVerdict.SIGNIFICANT);
    assertThat(report.referenceSize()).isEqualTo(10);
    assertThat(report.currentSize()).isEqualTo(10);
  }

  /**
   * Reference scores 10 ... 40, all below 50; current nine below 50 and one at 60. The bin
   * [50, 100] is empty in the reference: its share 0 is replaced by 0.0001.
   */
  @Test
  void workedExample_anEmptyBin_takesTheEmptyBinShare() {
    List<Evaluation> reference = scored(10, 10, 20, 20, 30, 30, 40, 40, 45, 45);
    List<Evaluation> current = scored(10, 10, 20, 20, 30, 30, 40, 40, 45, 60);

    PopulationStability score = Drift.builder().scoreBins(50).build()
        .between(reference, current).score();

    // [0, 50):   (0.9 - 1.0)    * ln(0.9 / 1.0)    = -0.1    * -0.1053605157 = 0.0105360516
    // [50, 100]: (0.1 - 0.0001) * ln(0.1 / 0.0001) =  0.0999 *  6.9077552790 = 0.6900847524
    //            = 0.7006208040
    assertThat(score.value()).isCloseTo(0.7006208040, HAND);
    assertThat(score.bins().get(1).referenceShare()).isEqualTo(0.0);
    assertThat(score.bins().get(1).term()).isCloseTo(0.6900847524, HAND);
    // another empty-bin share: (0.1 - 0.01) * ln(0.1 / 0.01) = 0.09 * 2.302585093 = 0.2072326584
    PopulationStability coarse = Drift.builder().scoreBins(50).emptyBinShare(0.01).build()
        .between(reference, current).score();
    assertThat(coarse.value()).isCloseTo(0.0105360516 + 0.2072326584, HAND);
  }

  /**
   * Reference scores 10, 20, ..., 100: n = 10, so the k-th decile is the score at index
   * floor(10k / 10) = k of the sorted scores: 20, 30, ..., 100, one reference score per bin.
   * Current: 95 instead of 100.
   */
  @Test
  void workedExample_referenceDeciles_checkedByHand() {
    List<Evaluation> reference = scored(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    List<Evaluation> current = scored(10, 20, 30, 40, 50, 60, 70, 80, 90, 95);

    PopulationStability score = Drift.builder().build().between(reference, current).score();

    assertThat(score.cuts()).containsExactly(20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0,
        100.0);
    assertThat(score.bins()).extracting(PsiBin::label).containsExactly("[0, 20)", "[20, 30)",
        "[30, 40)", "[40, 50)", "[50, 60)", "[60, 70)", "[70, 80)", "[80, 90)", "[90, 100)",
        "[100, 100]");
    // eight bins alike: 0; [90, 100) holds 90 and 95 now: (0.2 - 0.1) * ln 2 = 0.0693147181;
    // [100, 100] is empty now: (0.0001 - 0.1) * ln(0.0001 / 0.1) = 0.6900847524
    assertThat(score.value()).isCloseTo(0.0693147181 + 0.6900847524, HAND);
    // the same cycle again: every term is exactly 0
    assertThat(Drift.builder().build().between(reference, reference).score().value())
        .isEqualTo(0.0);
  }

  @Test
  void deciles_dropCutsAtZeroAndRepeats() {
    // sorted 0 0 0 0 0 50 50 50 50 50: deciles at indexes 1..9 are 0 (dropped: at 0) and 50
    List<Evaluation> reference = scored(0, 0, 0, 0, 0, 50, 50, 50, 50, 50);
    List<Evaluation> alike = scored(30, 30, 30);
    List<Evaluation> zeros = scored(0, 0, 0);

    assertThat(Drift.builder().build().between(reference, reference).score().cuts())
        .containsExactly(50.0);
    // all alike: one cut, at that score, so that a current score below it shows
    assertThat(Drift.builder().build().between(alike, reference).score().cuts())
        .containsExactly(30.0);
    // all 0: no cut at all, one bin, an index of 0 whatever the current cycle
    PopulationStability single = Drift.builder().build().between(zeros, reference).score();
    assertThat(single.cuts()).isEmpty();
    assertThat(single.bins()).extracting(PsiBin::label).containsExactly("[0, 100]");
    assertThat(single.value()).isEqualTo(0.0);
  }

  @Test
  void verdicts_areStableBelow_moderateFromTheFirstBoundToTheSecondInclusive_significantAbove() {
    List<Evaluation> reference = scored(10, 20, 30, 40, 45, 50, 60, 70, 80, 90);
    List<Evaluation> current = scored(10, 20, 30, 40, 45, 46, 47, 48, 60, 80);
    double psi = Drift.builder().scoreBins(50).build().between(reference, current).score()
        .value();

    assertThat(verdict(psi, 2 * psi, reference, current)).isEqualTo(DriftVerdict.MODERATE);
    assertThat(verdict(Math.nextUp(psi), 2 * psi, reference, current))
        .isEqualTo(DriftVerdict.STABLE);
    assertThat(verdict(psi / 2, psi, reference, current)).isEqualTo(DriftVerdict.MODERATE);
    assertThat(verdict(psi / 2, Math.nextDown(psi), reference, current))
        .isEqualTo(DriftVerdict.SIGNIFICANT);
    // defaults: 0.0693147181 (one bin's share halved, see above) is stable, an index in
    // [0.10, 0.25] moderate
    assertThat(Drift.builder().scoreBins(50).build().between(
        scored(10, 20, 30, 40, 45, 50, 60, 70, 80, 90),
        scored(10, 20, 30, 40, 45, 50, 60, 70, 80, 90)).verdict()).isEqualTo(DriftVerdict.STABLE);
  }

  private static DriftVerdict verdict(double moderate, double significant,
      List<Evaluation> reference, List<Evaluation> current) {
    return Drift.builder().scoreBins(50).verdicts(moderate, significant).build()
        .between(reference, current).score().verdict();
  }

  @Test
  void cycles_withIds_giveTheSameDrift() {
    List<Evaluation> reference = scored(10, 60, 80);
    List<Evaluation> current = scored(20, 70, 90);

    DriftReport fromCycles = Drift.builder().build().between(
        Cycle.of(Map.of("C-1", reference.get(0), "C-2", reference.get(1), "C-3",
            reference.get(2))),
        Cycle.of(Map.of("C-3", current.get(0), "C-1", current.get(1), "C-2", current.get(2))));
    DriftReport fromLists = Drift.builder().build().between(reference, current);

    assertThat(fromCycles.score()).isEqualTo(fromLists.score());
    assertThat(fromCycles.tiers()).isEqualTo(fromLists.tiers());
    assertThat(fromCycles.criteria()).isEqualTo(fromLists.criteria());
  }

  @Test
  void badSettings_areRejected() {
    Drift.Builder builder = Drift.builder().scoreBins(50).utilityBins(0.5).verdicts(0.2, 0.3)
        .emptyBinShare(0.001);

    assertThatThrownBy(() -> Drift.builder().scoreBins())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of score cut points must be at least 1 but was: 0");
    assertThatThrownBy(() -> Drift.builder().scoreBins(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score cut point must be inside (0, 100) but was: 0.0");
    assertThatThrownBy(() -> Drift.builder().scoreBins(50, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score cut point must be above the previous cut point 50.0 but was: 40.0");
    assertThatThrownBy(() -> Drift.builder().utilityBins(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility cut point must be inside (0, 1) but was: 1.0");
    assertThatThrownBy(() -> Drift.builder().utilityBins(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility cut point must be inside (0, 1) but was: NaN");
    assertThatThrownBy(() -> Drift.builder().verdicts(0.3, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("verdict bounds must satisfy 0 < moderate < significant < infinity but "
            + "were: moderate = 0.3, significant = 0.2");
    assertThatThrownBy(() -> Drift.builder().verdicts(0.0, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("verdict bounds must satisfy 0 < moderate < significant < infinity but "
            + "were: moderate = 0.0, significant = 0.2");
    assertThatThrownBy(() -> Drift.builder().emptyBinShare(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty-bin share must be inside (0, 1) but was: 0.0");
    assertThatThrownBy(() -> builder.scoreBins(60))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score bins were already set to cuts [50.0]");
    assertThatThrownBy(() -> builder.utilityBins(0.6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("utility bins were already set to cuts [0.5]");
    assertThatThrownBy(() -> builder.verdicts(0.1, 0.2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("verdict bounds were already set to moderate = 0.2, significant = 0.3");
    assertThatThrownBy(() -> builder.emptyBinShare(0.01))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("empty-bin share was already set to 0.001");
    assertThat(builder.build().toString()).isEqualTo("Drift[score bins: cuts [50.0], utility "
        + "bins: cuts [0.5], verdicts 0.2/0.3, empty-bin share 0.001]");
    assertThat(builder.build().toBuilder().scoreBins(10).verdicts(0.1, 0.5).build().toString())
        .isEqualTo("Drift[score bins: cuts [10.0], utility bins: cuts [0.5], verdicts 0.1/0.5, "
            + "empty-bin share 0.001]");
    assertThat(Drift.builder().build().toString()).isEqualTo("Drift[score bins: reference "
        + "deciles, utility bins: reference deciles, verdicts 0.1/0.25, empty-bin share 1.0E-4]");
  }

  @Test
  void cyclesThatCannotBeMeasured_areRejected() {
    Drift drift = Drift.builder().build();
    List<Evaluation> some = scored(10, 20);
    ScoringModel<Account> relabelled =
        Models.single(Tiers.from("Gold", 75).then("Silver", 50).otherwise("Bronze"));
    List<Evaluation> other = List.of(relabelled.evaluate(Account.passing("C-1", 10)));

    assertThatThrownBy(() -> drift.between(List.of(), some))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference cycle must hold at least one evaluation but held: 0");
    assertThatThrownBy(() -> drift.between(some, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current cycle must hold at least one evaluation but held: 0");
    assertThatThrownBy(() -> drift.between(some, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier of rank 2 in the current cycle must be 'C' as in the reference cycle "
            + "but was: 'Bronze'");
    List<Evaluation> mixed = new ArrayList<>(some);
    mixed.addAll(other);
    assertThatThrownBy(() -> drift.between(mixed, some))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier of rank 2 of evaluation 2 of the reference cycle must be 'C' as in "
            + "the others but was: 'Bronze'");
    assertThatThrownBy(() -> drift.between((List<Evaluation>) null, some))
        .isInstanceOf(NullPointerException.class).hasMessage("reference");
    assertThatThrownBy(() -> drift.between(some, List.of(some.get(0))).criterion("margin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be one of [value] but was: 'margin'");
  }

  @Test
  void report_toString_namesEveryIndex() {
    DriftReport report = Drift.builder().build().between(scored(10, 20), scored(10, 20));

    assertThat(report.toString()).isEqualTo("DriftReport[2 -> 2 evaluations, score 0.0 STABLE, "
        + "tier 0.0 STABLE, value 0.0 STABLE]");
    assertThat(report.score().toString())
        .isEqualTo("PopulationStability[score: 0.0 STABLE, 3 bins]");
    // deciles of 10 and 20: indexes floor(2k / 10) = 0 for k = 1..4, 1 for k = 5..9
    assertThat(report.score().cuts()).containsExactly(10.0, 20.0);
    assertThat(report.score().bins().get(1).toString())
        .isEqualTo("PsiBin[[10, 20): 1 -> 1, term 0.0]");
  }
}
