package org.kamscore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Ranks evaluated customers: score descending, equal scores in input order. */
final class Ranking {
  private Ranking() {}

  /**
   * Ranks customers by their evaluations, in the same order. The sort is stable, so equal
   * scores keep input order.
   */
  static <T> List<Ranked<T>> of(List<T> customers, List<Evaluation> evaluations) {
    double[] scores = new double[evaluations.size()];
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = evaluations.get(i).score();
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    List<Ranked<T>> ranking = new ArrayList<>(order.length);
    for (int p = 0; p < order.length; p++) {
      int i = order[p];
      ranking.add(new Ranked<>(p + 1, i, customers.get(i), evaluations.get(i)));
    }
    return List.copyOf(ranking);
  }
}
