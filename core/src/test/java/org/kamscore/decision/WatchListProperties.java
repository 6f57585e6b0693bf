package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.decision.Generators.cases;
import static org.kamscore.decision.Generators.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.decision.Generators.Row;
import org.kamscore.matrix.Axis;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** Properties of {@link WatchList}, against the tiers the model awards when scores move. */
final class WatchListProperties {

  @Test
  void entries_areTheNearestThresholdsThatMatter_rankedByDistance() {
    qt().forAll(cases()).checkAssert(c -> {
      WatchList list = WatchList.of(c.rows(), c.model(), Row::id);
      List<Evaluation> evaluations = c.model().evaluateAll(c.rows());
      List<Tier> ladder = c.model().tiers().all();
      for (WatchEntry entry : list.entries()) {
        Evaluation e = evaluations.get(Integer.parseInt(entry.key().substring(2)) - 1);
        assertThat(entry.score()).isEqualTo(e.score());
        assertThat(entry.distance()).isEqualTo(Math.abs(e.score() - entry.threshold()));
        assertThat(entry.side() == WatchEntry.Side.ABOVE)
            .isEqualTo(e.score() >= entry.threshold());
        // no other threshold lies between the score and the entry's
        for (Tier t : ladder.subList(0, ladder.size() - 1)) {
          double m = t.minimumScore();
          boolean between = entry.side() == WatchEntry.Side.ABOVE
              ? m > entry.threshold() && m <= e.score()
              : m < entry.threshold() && m > e.score();
          assertThat(between && matters(c.model(), e, t)).as("%s beyond %s", entry, t).isFalse();
        }
      }
      List<WatchEntry> sorted = new ArrayList<>(list.entries());
      sorted.sort((a, b) -> Double.compare(a.distance(), b.distance()));
      assertThat(list.entries()).extracting(WatchEntry::distance)
          .isEqualTo(sorted.stream().map(WatchEntry::distance).toList());
      assertThat(list.above()).allMatch(x -> x.side() == WatchEntry.Side.ABOVE);
      assertThat(list.above().size() + list.below().size()).isEqualTo(list.entries().size());
    });
  }

  @Test
  void everyThresholdThatWouldChangeTheTier_hasItsNearestEntry() {
    qt().forAll(cases()).checkAssert(c -> {
      WatchList list = WatchList.of(c.rows(), c.model(), Row::id);
      List<Evaluation> evaluations = c.model().evaluateAll(c.rows());
      List<Tier> ladder = c.model().tiers().all();
      for (int i = 0; i < evaluations.size(); i++) {
        Evaluation e = evaluations.get(i);
        String key = c.rows().get(i).id();
        boolean anyAbove = false;
        boolean anyBelow = false;
        for (Tier t : ladder.subList(0, ladder.size() - 1)) {
          if (matters(c.model(), e, t)) {
            anyAbove |= t.minimumScore() > e.score();
            anyBelow |= t.minimumScore() <= e.score();
          }
        }
        assertThat(list.below().stream().anyMatch(x -> x.key().equals(key))).isEqualTo(anyAbove);
        assertThat(list.above().stream().anyMatch(x -> x.key().equals(key))).isEqualTo(anyBelow);
      }
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(cases()).checkAssert(c -> {
      List<Row> reversed = new ArrayList<>(c.rows());
      Collections.reverse(reversed);
      assertThat(WatchList.of(reversed, c.model(), Row::id).entries())
          .isEqualTo(WatchList.of(c.rows(), c.model(), Row::id).entries());
    });
  }

  /**
   * Given a matrix whose two axes are the generated model, with three bands cut at random and
   * the model's knock-outs capping the rows at bands chosen at random (and the columns at the
   * lowest, the default), each customer's entries per axis are the nearest cuts above and at or
   * below its score among those whose crossing changes the band awarded — found here by
   * comparing the band awarded just below and at each cut.
   */
  @Test
  void bandEntries_areTheNearestCutsWhoseCrossingChangesTheBand() {
    qt().forAll(cases(), doubles().between(1, 49), doubles().between(51, 99),
            integers().between(0, 2))
        .checkAssert((c, low, high, firstCap) -> {
          List<String> labels = List.of("low", "medium", "high");
          Bands bands = Bands.cutAt(low, high).labelled("low", "medium", "high");
          PortfolioMatrix.Builder<Row> builder = PortfolioMatrix.builder(Row.class).id("m", "1")
              .rows(c.model(), bands).columns(c.model(), bands);
          List<KnockOut> knockOuts = c.model().knockOuts();
          for (int k = 0; k < knockOuts.size(); k++) {
            builder.knockOutCapsRowAt(knockOuts.get(k).name(), labels.get((firstCap + k) % 3));
          }
          for (String row : labels) {
            for (String column : labels) {
              builder.cell(row, column, row + "/" + column);
            }
          }
          PortfolioMatrix<Row> matrix = builder.build();

          List<WatchEntry> entries = WatchList.of(c.rows(), matrix, Row::id).entries();

          List<Evaluation> evaluations = c.model().evaluateAll(c.rows());
          for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            String key = c.rows().get(i).id();
            for (WatchEntry.Boundary boundary
                : List.of(WatchEntry.Boundary.ROW_BAND, WatchEntry.Boundary.COLUMN_BAND)) {
              Axis<Row> axis = boundary == WatchEntry.Boundary.ROW_BAND
                  ? matrix.rows() : matrix.columns();
              Double nearestAbove = null;
              Double nearestAtOrBelow = null;
              for (double cut : bands.cuts()) {
                if (awarded(axis, e, Math.nextDown(cut)) == awarded(axis, e, cut)) {
                  continue;
                }
                if (cut > e.score() && (nearestAbove == null || cut < nearestAbove)) {
                  nearestAbove = cut;
                }
                if (cut <= e.score() && (nearestAtOrBelow == null || cut > nearestAtOrBelow)) {
                  nearestAtOrBelow = cut;
                }
              }
              List<WatchEntry> own = entries.stream()
                  .filter(x -> x.key().equals(key) && x.boundary() == boundary).toList();
              assertThat(own.stream().filter(x -> x.side() == WatchEntry.Side.BELOW)
                      .map(WatchEntry::threshold).toList())
                  .as("%s %s below", key, boundary)
                  .isEqualTo(nearestAbove == null ? List.of() : List.of(nearestAbove));
              assertThat(own.stream().filter(x -> x.side() == WatchEntry.Side.ABOVE)
                      .map(WatchEntry::threshold).toList())
                  .as("%s %s above", key, boundary)
                  .isEqualTo(nearestAtOrBelow == null ? List.of() : List.of(nearestAtOrBelow));
            }
          }
        });
  }

  /**
   * The position of the band an axis awards a customer with this evaluation's failed
   * knock-outs at a score: the score's band, or the lowest cap of a failed knock-out if lower.
   */
  private static int awarded(Axis<Row> axis, Evaluation e, double score) {
    int band = axis.bands().of(score).index();
    for (String knockOut : e.failedKnockOuts()) {
      band = Math.min(band, axis.caps().get(knockOut).index());
    }
    return band;
  }

  /**
   * Whether the score crossing a tier's threshold changes the tier awarded: the awarded tier
   * is the worse of the score's tier and the caps of the failed knock-outs, so crossing the
   * threshold of tier {@code t} shows unless a cap lies below {@code t}.
   */
  private static boolean matters(ScoringModel<Row> model, Evaluation e, Tier t) {
    for (KnockOut k : model.knockOuts()) {
      if (e.failedKnockOuts().contains(k.name())) {
        for (Tier cap : model.tiers().all()) {
          if (cap.label().equals(k.cap()) && cap.rank() > t.rank()) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
