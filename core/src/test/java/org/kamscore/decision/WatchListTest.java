package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;
import org.kamscore.decision.WatchEntry.Boundary;
import org.kamscore.decision.WatchEntry.Side;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** Worked examples of {@link WatchList}, distances checked by hand in the comments. */
final class WatchListTest {
  // weights 1:1, utilities value / 100, tiers A from 60, B from 40:
  // C-1: (90 + 40) / 2 = 65, A; C-2: (20 + 70) / 2 = 45, B; C-3: (50 + 20) / 2 = 35, C
  private static final List<Account> PORTFOLIO = Account.pairs(90, 40, 20, 70, 50, 20);

  private final ScoringModel<Account> model = Policies.twoCriteria("1", 1, 1);

  @Test
  void tierThresholds_nearestAboveAndBelow_rankedByDistanceThenKey() {
    // C-1 65: 5 above A (60); C-2 45: 5 above B (40), 15 below A; C-3 35: 5 below B
    WatchList list = WatchList.of(PORTFOLIO, model, Account::id);

    assertThat(list.entries()).extracting(WatchEntry::key, WatchEntry::label,
            WatchEntry::side, WatchEntry::distance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-1", "A", Side.ABOVE, 5.0),
            org.assertj.core.groups.Tuple.tuple("C-2", "B", Side.ABOVE, 5.0),
            org.assertj.core.groups.Tuple.tuple("C-3", "B", Side.BELOW, 5.0),
            org.assertj.core.groups.Tuple.tuple("C-2", "A", Side.BELOW, 15.0));
    assertThat(list.above()).extracting(WatchEntry::key).containsExactly("C-1", "C-2");
    assertThat(list.below()).extracting(WatchEntry::key).containsExactly("C-3", "C-2");
    assertThat(list.closest(2)).extracting(WatchEntry::key).containsExactly("C-1", "C-2");
    assertThat(list.toText(3)).isEqualTo("""
        C-1  5.00 points above tier A (60.00), score 65.00
        C-2  5.00 points above tier B (40.00), score 45.00
        C-3  5.00 points below tier B (40.00), score 35.00
        """);
    assertThat(list).hasToString("WatchList[4 entries, nearest C-1 at 5.0]");
  }

  @Test
  void bandCuts_ofBothAxes() {
    // rows: the two-criteria scores 65, 45, 35 against the cut at 50; columns: the margin
    // alone, 40, 70, 20, against the cut at 50.
    // C-1: row 15 above, column 10 below; C-2: row 5 below, column 20 above;
    // C-3: row 15 below, column 30 below
    PortfolioMatrix<Account> matrix = PortfolioMatrix.builder(Account.class).id("m", "1")
        .rows(model, Bands.cutAt(50)).columns(Policies.marginOnly(), Bands.cutAt(50))
        .cell("high", "high", "key account").cell("high", "low", "develop")
        .cell("low", "high", "maintain").cell("low", "low", "reduce").build();

    assertThat(WatchList.of(PORTFOLIO, matrix, Account::id).entries())
        .extracting(WatchEntry::key, WatchEntry::boundary, WatchEntry::side,
            WatchEntry::distance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-2", Boundary.ROW_BAND, Side.BELOW, 5.0),
            org.assertj.core.groups.Tuple.tuple("C-1", Boundary.COLUMN_BAND, Side.BELOW, 10.0),
            org.assertj.core.groups.Tuple.tuple("C-1", Boundary.ROW_BAND, Side.ABOVE, 15.0),
            org.assertj.core.groups.Tuple.tuple("C-3", Boundary.ROW_BAND, Side.BELOW, 15.0),
            org.assertj.core.groups.Tuple.tuple("C-2", Boundary.COLUMN_BAND, Side.ABOVE, 20.0),
            org.assertj.core.groups.Tuple.tuple("C-3", Boundary.COLUMN_BAND, Side.BELOW, 30.0));
    assertThat(WatchList.of(PORTFOLIO, matrix, Account::id).toText(1))
        .isEqualTo("C-2  5.00 points below row band high (50.00), score 45.00\n");
  }

  @Test
  void knockOutCap_leavesOutTheThresholdsAboveIt() {
    // C-1 fails b >= 50 and is capped at B: crossing 60 would not change its tier, so only
    // B's threshold counts, 65 - 40 = 25 above it
    ScoringModel<Account> capped = model.toBuilder()
        .knockOutBelow("volume", Account::margin, 50).cappedAt("B").build();

    assertThat(WatchList.of(PORTFOLIO.subList(0, 1), capped, Account::id).entries())
        .singleElement().satisfies(e -> {
          assertThat(e.label()).isEqualTo("B");
          assertThat(e.distance()).isEqualTo(25.0);
        });
  }

  @Test
  void knockOutCap_leavesOutTheBandCutsAboveIt() {
    // C-1's row score is 65, but it fails b >= 50, which caps its row at "medium": crossing the
    // cut at 60 would leave it there, so only the cut at 30 counts, 65 - 30 = 35 above it. Its
    // column (the margin alone, 40, no knock-out) is 10 below the cut at 50.
    ScoringModel<Account> capped = model.toBuilder()
        .knockOutBelow("volume", Account::margin, 50).cappedAt("B").build();
    PortfolioMatrix.Builder<Account> builder = PortfolioMatrix.builder(Account.class)
        .id("m", "1")
        .rows(capped, Bands.cutAt(30, 60).labelled("low", "medium", "high"))
        .columns(Policies.marginOnly(), Bands.cutAt(50))
        .knockOutCapsRowAt("volume", "medium");
    for (String row : List.of("low", "medium", "high")) {
      builder.cell(row, "low", row + "-low").cell(row, "high", row + "-high");
    }

    assertThat(WatchList.of(PORTFOLIO.subList(0, 1), builder.build(), Account::id).entries())
        .extracting(WatchEntry::boundary, WatchEntry::label, WatchEntry::side,
            WatchEntry::distance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Boundary.COLUMN_BAND, "high", Side.BELOW, 10.0),
            org.assertj.core.groups.Tuple.tuple(Boundary.ROW_BAND, "medium", Side.ABOVE, 35.0));
  }

  @Test
  void singleTier_hasNoBoundary() {
    assertThat(WatchList.of(PORTFOLIO, Policies.marginOnly(), Account::id).entries()).isEmpty();
  }

  @Test
  void badArguments_areRejected() {
    WatchList list = WatchList.of(PORTFOLIO, model, Account::id);
    assertThatThrownBy(() -> list.closest(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative but was: -1");
    assertThatThrownBy(() -> new WatchEntry("C-1", Boundary.TIER, "A", 60, 65, Side.ABOVE, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance of watch-list entry 'C-1' must be 5.0, at or above the TIER A at "
            + "60.0 from the score 65.0, but was: 4.0");
    assertThatThrownBy(() -> new WatchEntry("C-1", Boundary.TIER, "A", 101, 65, Side.BELOW, 36))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of watch-list entry 'C-1' must be in [0, 100] but was: 101.0");
  }
}
