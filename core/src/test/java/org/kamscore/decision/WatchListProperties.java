package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.decision.Generators.cases;
import static org.kamscore.decision.Generators.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.decision.Generators.Row;

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
