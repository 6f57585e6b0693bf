package org.kamscore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Ranks evaluated customers: score descending, equal scores in input order. */
final class Ranking {
  private static final Comparator<Evaluation> BY_SCORE_DESCENDING =
      Comparator.comparingDouble(Evaluation::score).reversed();

  private Ranking() {}

  /**
   * Ranks customers by their evaluations, which carry their index in the batch. The sort is
   * stable, so equal scores keep input order; it sorts the evaluations themselves, boxing
   * nothing.
   */
  static <T> List<Ranked<T>> of(List<T> customers, List<Evaluation> evaluations) {
    Evaluation[] order = evaluations.toArray(new Evaluation[0]);
    Arrays.sort(order, BY_SCORE_DESCENDING);
    List<Ranked<T>> ranking = new ArrayList<>(order.length);
    for (int p = 0; p < order.length; p++) {
      int i = order[p].index();
      ranking.add(new Ranked<>(p + 1, i, customers.get(i), order[p]));
    }
    return List.copyOf(ranking);
  }
}
