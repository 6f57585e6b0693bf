package org.kamscore;

import java.util.List;

/** Normalizes relative weights into the most points each criterion can earn. */
final class Weights {
  private Weights() {}

  /**
   * Returns {@code share * 100} per criterion. Weights are first divided by the largest, so
   * that weights as far apart as 1e-300 and 1e300 neither overflow nor vanish in the sum. The
   * maxima add up, in declaration order, to at least 100.
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
    int top = 0;
    for (int i = 0; i < n; i++) {
      maximum[i] = scaled[i] / total * 100.0;
      top = maximum[i] > maximum[top] ? i : top;
    }
    // shares such as 2/3 and 1/3 add up to a hair below 100 in binary: lift the largest by
    // the shortfall, so a customer perfect on every criterion scores 100 (a tier at 100 is
    // reachable); a sum above 100 is clamped by the model
    for (double sum = sum(maximum); sum < 100.0; sum = sum(maximum)) {
      double lifted = maximum[top] + (100.0 - sum);
      maximum[top] = lifted > maximum[top] ? lifted : Math.nextUp(maximum[top]);
    }
    return maximum;
  }

  /** The sum in declaration order, as the model adds the points. */
  private static double sum(double[] values) {
    double sum = 0.0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
