package org.kamscore;

import java.util.List;

/** Normalizes relative weights into the most points each criterion can earn. */
final class Weights {
  private Weights() {}

  /**
   * Returns {@code share * 100} per criterion. Weights are first divided by the largest, so
   * that weights as far apart as 1e-300 and 1e300 neither overflow nor vanish in the sum.
   */
  static double[] maximumPoints(List<? extends CriterionDefinition<?>> criteria) {
    int n = criteria.size();
    double largest = 0.0;
    for (CriterionDefinition<?> c : criteria) {
      largest = Math.max(largest, c.weight);
    }
    double[] scaled = new double[n];
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      scaled[i] = criteria.get(i).weight / largest;
      total += scaled[i];
    }
    double[] maximum = new double[n];
    for (int i = 0; i < n; i++) {
      maximum[i] = scaled[i] / total * 100.0;
    }
    return maximum;
  }
}
