package org.kamscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.chart.ChartBubbles.Bubble;
import org.kamscore.chart.ChartGeometry.Box;
import org.kamscore.chart.ChartLabels.Label;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.GeneratedMatrices;
import org.kamscore.matrix.GeneratedMatrices.MatrixSpec;
import org.kamscore.matrix.Placement;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Properties of the portfolio chart's bubbles and labels over generated matrices, customers
 * and measures; the number of examples comes from the system property
 * {@code kamscore.properties.examples}. The oracles are the documented geometry — a 620-unit
 * square plot at (90, 84), radii from 2 to 30 — and rectangle and circle tests written here,
 * not the chart's own comparator or boxes.
 */
final class PortfolioChartProperties implements WithQuickTheories {
  private static final int EXAMPLES =
      Integer.getInteger("kamscore.properties.examples", 1000) / 4;
  private static final double PLOT_LEFT = 90;
  private static final double PLOT_TOP = 84;
  private static final double PLOT_SIZE = 620;
  private static final double MIN_RADIUS = 2;
  private static final double MAX_RADIUS = 30;
  private final GeneratedMatrices generated = new GeneratedMatrices();

  @Test
  void bubbles_areLargestFirst_tiesByIndex_atTheirScores_withAreasFollowingTheMeasures() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(30), measures())
        .checkAssert((spec, customers, measures) -> {
          Classification<double[]> classification = spec.build().classifyAll(customers);
          List<Bubble> bubbles = bubbles(classification, measures);
          double largest = 0.0;
          for (int i = 0; i < customers.size(); i++) {
            largest = Math.max(largest, measures.get(i));
          }
          assertThat(bubbles).extracting(Bubble::index)
              .containsExactlyInAnyOrderElementsOf(indexes(customers.size()));
          for (int b = 0; b < bubbles.size(); b++) {
            Bubble bubble = bubbles.get(b);
            Placement placement = classification.placements().get(bubble.index());
            assertThat(bubble.measure()).isEqualTo(measures.get(bubble.index()));
            assertThat(bubble.cell()).isEqualTo(placement.cell());
            assertThat(bubble.capped()).isEqualTo(placement.isCapped());
            assertThat(bubble.x())
                .isCloseTo(PLOT_LEFT + placement.columnScore() * 6.2, offset(1e-9));
            assertThat(bubble.y())
                .isCloseTo(PLOT_TOP + PLOT_SIZE - placement.rowScore() * 6.2, offset(1e-9));
            assertThat(bubble.radius()).isBetween(MIN_RADIUS, MAX_RADIUS);
            if (bubble.measure() == largest && largest > 0.0) {
              assertThat(bubble.radius()).isEqualTo(MAX_RADIUS);
            }
            if (bubble.radius() > MIN_RADIUS) {
              // the area relative to the largest bubble's is the measure relative to the largest
              assertThat(bubble.radius() * bubble.radius() / (MAX_RADIUS * MAX_RADIUS))
                  .isCloseTo(bubble.measure() / largest, offset(1e-12));
            }
            if (b > 0) {
              Bubble before = bubbles.get(b - 1);
              assertThat(before.measure() > bubble.measure()
                  || before.measure() == bubble.measure() && before.index() < bubble.index())
                  .as("bubble %d (measure %s) after bubble %d (measure %s)", bubble.index(),
                      bubble.measure(), before.index(), before.measure())
                  .isTrue();
              assertThat(before.radius()).isGreaterThanOrEqualTo(bubble.radius());
            }
          }
        });
  }

  @Test
  void labels_stayInThePlot_andTouchNeitherEachOtherNorTheCellNamesNorTheirBubble() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(60), measures(),
            integers().between(0, 40))
        .checkAssert((spec, customers, measures, count) -> {
          List<Bubble> bubbles = bubbles(spec.build().classifyAll(customers), measures);
          List<Box> obstacles = List.of(new Box(100, 100, 120, 20), new Box(420, 400, 90, 20));
          List<Label> labels = ChartLabels.place(bubbles, count, obstacles);
          assertThat(labels.size()).isLessThanOrEqualTo(Math.min(count, bubbles.size()));
          for (int l = 0; l < labels.size(); l++) {
            Box box = labels.get(l).box();
            assertThat(box.x()).isGreaterThanOrEqualTo(PLOT_LEFT);
            assertThat(box.y()).isGreaterThanOrEqualTo(PLOT_TOP);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(PLOT_LEFT + PLOT_SIZE);
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(PLOT_TOP + PLOT_SIZE);
            for (Label other : labels.subList(0, l)) {
              assertThat(apart(box, other.box())).as("label %d and an earlier one", l).isTrue();
            }
            for (Box obstacle : obstacles) {
              assertThat(apart(box, obstacle)).as("label %d and a cell name", l).isTrue();
            }
            Bubble own = labels.get(l).bubble();
            assertThat(clearOf(box, own.x(), own.y(), own.radius()))
                .as("label %d and its bubble", l).isTrue();
          }
          List<Bubble> labelled = bubbles.subList(0, Math.min(count, bubbles.size()));
          assertThat(labels).extracting(Label::bubble).isSubsetOf(labelled);
        });
  }

  /** Whether two rectangles share no inner point: one lies wholly beside or above the other. */
  private static boolean apart(Box a, Box b) {
    return a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
  }

  /** Whether a rectangle and a circle share no inner point: the rectangle's nearest point to
   * the centre is at least a radius away. */
  private static boolean clearOf(Box box, double cx, double cy, double r) {
    double dx = cx < box.x() ? box.x() - cx
        : cx > box.x() + box.width() ? cx - box.x() - box.width() : 0.0;
    double dy = cy < box.y() ? box.y() - cy
        : cy > box.y() + box.height() ? cy - box.y() - box.height() : 0.0;
    return Math.hypot(dx, dy) >= r;
  }

  private static List<Integer> indexes(int size) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  /** Measures for up to 60 customers, many of them equal or 0. */
  private Gen<List<Double>> measures() {
    Gen<Double> measure = integers().between(0, 9).zip(doubles().between(0, 1e7),
        (kind, value) -> kind == 0 ? 0.0 : kind == 1 ? 1000.0 : value);
    return lists().of(measure).ofSize(60);
  }

  private static List<Bubble> bubbles(Classification<double[]> classification,
      List<Double> measures) {
    double[] values = new double[classification.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = measures.get(i);
    }
    return ChartBubbles.of(classification, values, c -> "customer " + c.length);
  }
}
