package org.kamscore.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;

/**
 * The bubbles of a portfolio chart: one per customer, at (column score, row score), with an
 * area proportional to the customer's measure. They are listed largest measure first, equal
 * measures by input index, which is both the drawing order (small bubbles end up on top) and
 * the labelling order.
 */
final class ChartBubbles {
  private static final Comparator<Bubble> LARGEST_FIRST =
      Comparator.comparingDouble(Bubble::measure).reversed()
          .thenComparingInt(Bubble::index);

  private ChartBubbles() {}

  /** Reads and checks every customer's measure, in input order; -0.0 becomes 0.0. */
  static <T> double[] measures(Classification<T> classification,
      ToDoubleFunction<? super T> measure) {
    List<T> customers = classification.customers();
    double[] measures = new double[customers.size()];
    for (int i = 0; i < measures.length; i++) {
      double value = measure.applyAsDouble(customers.get(i));
      if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) { // no boxing per customer
        throw new IllegalArgumentException(Checks.format(
            "measure of customer at index %d must be finite and not negative but was: %s",
            i, value));
      }
      measures[i] = value + 0.0;
    }
    return measures;
  }

  /**
   * Places the bubbles: radius {@code MAX_RADIUS * sqrt(measure / largest measure)}, at least
   * {@code MIN_RADIUS}, so that areas are proportional to measures above the smallest size.
   */
  static <T> List<Bubble> of(Classification<T> classification, double[] measures,
      Function<? super T, String> label) {
    double largest = 0.0;
    for (double m : measures) {
      largest = Math.max(largest, m);
    }
    List<T> customers = classification.customers();
    List<Bubble> bubbles = new ArrayList<>(measures.length);
    for (int i = 0; i < measures.length; i++) {
      String text = label == null ? "customer " + i : label.apply(customers.get(i));
      if (text == null) {
        throw new NullPointerException(
            Checks.format("label of customer at index %d must not be null", i));
      }
      Placement placement = classification.placements().get(i);
      double radius = largest > 0.0
          ? ChartGeometry.MAX_RADIUS * Math.sqrt(measures[i] / largest)
          : 0.0;
      bubbles.add(new Bubble(i, text, measures[i],
          ChartGeometry.x(placement.columnScore()), ChartGeometry.y(placement.rowScore()),
          Math.max(radius, ChartGeometry.MIN_RADIUS), placement.cell(), cappedBy(placement)));
    }
    bubbles.sort(LARGEST_FIRST);
    return List.copyOf(bubbles);
  }

  /** The knock-outs that capped a placement on either axis, rows first; empty if none. */
  private static List<String> cappedBy(Placement placement) {
    if (!placement.isCapped()) {
      return List.of();
    }
    List<String> cappedBy = new ArrayList<>(placement.rowCappedBy());
    for (String knockOut : placement.columnCappedBy()) {
      if (!cappedBy.contains(knockOut)) {
        cappedBy.add(knockOut);
      }
    }
    return List.copyOf(cappedBy);
  }

  /**
   * One customer's bubble: input index, label, measure, centre, radius, cell, and the
   * knock-outs that held it below the band of its score (empty if none).
   */
  record Bubble(int index, String label, double measure, double x, double y, double radius,
      Cell cell, List<String> cappedBy) {

    /** Whether a knock-out held the customer below the band of its score. */
    boolean capped() {
      return !cappedBy.isEmpty();
    }
  }
}
