package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.PortfolioMatrix;

final class TrendsTest {
  /** value weight 60, margin weight 40: score = value * 0.6 + margin * 0.4, tiers A/B/C. */
  private static final ScoringModel<Account> MODEL = Models.two("2026.1");

  private static Evaluation scored(double value, double margin, double score) {
    Evaluation e = MODEL.evaluate(new Account("any", value, margin, 1_000, 5));
    assertThat(e.score()).isEqualTo(score); // so that the arithmetic below is exact
    return e;
  }

  /**
   * Two cycles. Previous: C-1 30 + 20 = 50 (B), C-2 48 + 30 = 78 (A), C-3 24 + 10 = 34 (C),
   * C-4 36 + 24 = 60 (B), C-5 6 + 4 = 10 (C). Current: C-1 45 + 20 = 65 (B), C-2 36 + 20 = 56
   * (B), C-3 24 + 12 = 36 (C), C-4 60 again, C-6 54 + 36 = 90 (A). Steady within 2 points.
   * The scores come out exact; a criterion's points may be off by an ulp or two
   * ({@code utility * maximum} rounds), so changes of points are compared within 1e-12.
   */
  @Test
  void workedExample_twoCycles_checkedByHand() {
    Cycle previous = Cycle.of(Map.of(
        "C-1", scored(50, 50, 50), "C-2", scored(80, 75, 78), "C-3", scored(40, 25, 34),
        "C-4", scored(60, 60, 60), "C-5", scored(10, 10, 10)));
    Cycle current = Cycle.of(Map.of(
        "C-1", scored(75, 50, 65), "C-2", scored(60, 50, 56), "C-3", scored(40, 30, 36),
        "C-4", scored(60, 60, 60), "C-6", scored(90, 90, 90)));

    TrendReport report = Trends.steadyWithin(2).compare(previous, current);

    assertThat(report.trends()).extracting(Trend::id)
        .containsExactly("C-1", "C-2", "C-3", "C-4", "C-5", "C-6");
    // C-1: 65 - 50 = +15 > 2, improving; only value moved: 45 - 30 = +15 points
    Trend c1 = report.trend("C-1");
    assertThat(c1.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(c1.scoreChange()).hasValue(15.0);
    assertThat(c1.tierSteps()).hasValue(0);
    assertThat(c1.drivers()).extracting(CriterionChange::criterion).containsExactly("value");
    assertThat(c1.drivers().get(0).change()).isCloseTo(15.0, within(1e-12));
    // C-2: 56 - 78 = -22 < -2, declining from A to B (rank 0 -> 1: -1 step); value lost
    // 36 - 48 = -12, margin 20 - 30 = -10: value first
    Trend c2 = report.trend("C-2");
    assertThat(c2.direction()).isEqualTo(TrendDirection.DECLINING);
    assertThat(c2.scoreChange()).hasValue(-22.0);
    assertThat(c2.tierSteps()).hasValue(-1);
    assertThat(c2.drivers()).extracting(CriterionChange::criterion)
        .containsExactly("value", "margin");
    assertThat(c2.drivers().get(0).change()).isCloseTo(-12.0, within(1e-12));
    assertThat(c2.drivers().get(1).change()).isCloseTo(-10.0, within(1e-12));
    // C-3: 36 - 34 = +2, exactly the band: steady; margin moved 12 - 10 = +2
    assertThat(report.trend("C-3").direction()).isEqualTo(TrendDirection.STEADY);
    assertThat(report.trend("C-3").drivers()).singleElement()
        .satisfies(change -> assertThat(change.change()).isCloseTo(2.0, within(1e-12)));
    // C-4: no change, no drivers
    assertThat(report.trend("C-4").direction()).isEqualTo(TrendDirection.STEADY);
    assertThat(report.trend("C-4").drivers()).isEmpty();
    // C-5 gone, C-6 new
    Trend c5 = report.trend("C-5");
    assertThat(c5.direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
    assertThat(c5.scoreChange()).isEmpty();
    assertThat(c5.tierSteps()).isEmpty();
    assertThat(c5.after()).isEmpty();
    assertThat(c5.before()).isPresent();
    assertThat(report.trend("C-6").before()).isEmpty();
    // movers: |-22| before |+15|; the steady ones are no movers
    assertThat(report.movers(10)).extracting(Trend::id).containsExactly("C-2", "C-1");
    assertThat(report.movers(1)).extracting(Trend::id).containsExactly("C-2");
    assertThat(report.movers(0)).isEmpty();
    assertThat(report.count(TrendDirection.IMPROVING)).isEqualTo(1);
    assertThat(report.count(TrendDirection.DECLINING)).isEqualTo(1);
    assertThat(report.trends(TrendDirection.STEADY)).extracting(Trend::id)
        .containsExactly("C-3", "C-4");
    assertThat(report.trends(TrendDirection.NOT_ENOUGH_DATA)).extracting(Trend::id)
        .containsExactly("C-5", "C-6");
    assertThat(report.toString()).isEqualTo(
        "TrendReport[6 customers: 1 improving, 2 steady, 1 declining, 2 not enough data]");
    assertThat(c2.toString()).isEqualTo("Trend[C-2 DECLINING, score 78.0 -> 56.0, tier A -> B]");
    assertThat(c5.toString()).isEqualTo("Trend[C-5 NOT_ENOUGH_DATA, score 10.0 -> none, "
        + "tier C -> none]");
    assertThat(c2.drivers().get(0).toString())
        .matches("CriterionChange\\[value 48\\.0\\d* -> 36\\.0\\d* \\(-12\\.0\\d*\\)]");
    assertThat(report.steadyBand()).isEqualTo(2.0);
  }

  @Test
  void steadyBandOfZero_makesEveryChangeAMove() {
    Cycle previous = Cycle.of(Map.of("C-1", scored(40, 25, 34)));
    Cycle current = Cycle.of(Map.of("C-1", scored(40, 30, 36)));

    assertThat(Trends.steadyWithin(0).compare(previous, current).trend("C-1").direction())
        .isEqualTo(TrendDirection.IMPROVING);
    assertThat(Trends.steadyWithin(0).compare(previous, previous).trend("C-1").direction())
        .isEqualTo(TrendDirection.STEADY);
    assertThat(Trends.steadyWithin(0).toString()).isEqualTo("Trends[steady within 0.0 points]");
  }

  @Test
  void matrixCycles_reportTheCellMovement() {
    PortfolioMatrix<Account> matrix = Matrices.threeByTwo();
    List<Account> before = List.of(new Account("C-1", 72, 60, 1_000, 5),
        new Account("C-2", 50, 60, 1_000, 5));
    List<Account> after = List.of(new Account("C-1", 64, 60, 1_000, 5),
        new Account("C-2", 51, 60, 1_000, 5));

    TrendReport report = Trends.steadyWithin(2).compare(
        Cycle.ofPlacements(before, matrix.classifyAll(before).placements(), Account::id),
        Cycle.ofPlacements(after, matrix.classifyAll(after).placements(), Account::id));

    Trend c1 = report.trend("C-1");
    assertThat(c1.cellBefore().orElseThrow().name()).isEqualTo("key account");
    assertThat(c1.cellAfter().orElseThrow().name()).isEqualTo("maintain");
    assertThat(c1.cellChanged()).isTrue();
    assertThat(c1.direction()).isEqualTo(TrendDirection.DECLINING); // row score 72 -> 64
    assertThat(c1.toString()).isEqualTo(
        "Trend[C-1 DECLINING, score 72.0 -> 64.0, tier all -> all, cell key account -> "
            + "maintain]");
    assertThat(report.trend("C-2").cellChanged()).isFalse();
    assertThat(report.trend("C-2").direction()).isEqualTo(TrendDirection.STEADY);
  }

  @Test
  void cyclesThatCannotBeCompared_areRejected() {
    Cycle evaluations = Cycle.of(Map.of("C-1", scored(50, 50, 50)));
    List<Account> accounts = Models.accounts(50);
    Cycle placements = Cycle.ofPlacements(accounts,
        Matrices.threeByTwo().classifyAll(accounts).placements(), Account::id);
    ScoringModel<Account> relabelled = MODEL.toBuilder()
        .tiers(Tiers.from("Gold", 75).then("Silver", 50).otherwise("Bronze")).build();
    Cycle silver = Cycle.of(Map.of("C-1",
        relabelled.evaluate(new Account("C-1", 50, 50, 1_000, 5))));
    Trends trends = Trends.steadyWithin(1);

    assertThatThrownBy(() -> trends.compare(evaluations, placements))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria of the current cycle must be [value, margin] as in the previous "
            + "cycle but were: [value]");
    assertThatThrownBy(() -> trends.compare(evaluations, silver))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier of rank 1 in the current cycle must be 'B' as in the previous cycle "
            + "but was: 'Silver'");
    Cycle rowsOnly = Cycle.of(Map.of("C-0", Matrices.rows().evaluate(accounts.get(0))));
    assertThatThrownBy(() -> trends.compare(rowsOnly, placements))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current cycle must hold evaluations only, as the previous cycle does, but "
            + "held: placements");
    assertThatThrownBy(() -> trends.compare(null, evaluations))
        .isInstanceOf(NullPointerException.class).hasMessage("previous");
  }

  @Test
  void badArguments_areRejected() {
    TrendReport report = Trends.steadyWithin(1).compare(Cycle.of(Map.of()), Cycle.of(Map.of()));

    assertThatThrownBy(() -> Trends.steadyWithin(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steady band must not be negative but was: -1.0");
    assertThatThrownBy(() -> Trends.steadyWithin(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steady band must be finite but was: NaN");
    assertThatThrownBy(() -> report.trend("C-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer id must be in either cycle but was: 'C-1'");
    assertThatThrownBy(() -> report.movers(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of movers must not be negative but was: -1");
    assertThat(report.trends()).isEmpty();
  }
}
