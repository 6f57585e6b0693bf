package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.matrix.ChartBubbles.Bubble;
import org.kamscore.matrix.ChartGeometry.Box;
import org.kamscore.matrix.ChartLabels.Label;
import org.kamscore.matrix.GeneratedMatrices.MatrixSpec;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Properties of the portfolio chart's bubbles and labels over generated matrices, customers
 * and measures; the number of examples comes from the system property
 * {@code kamscore.properties.examples}.
 */
final class PortfolioChartProperties implements WithQuickTheories {
  private static final int EXAMPLES =
      Integer.getInteger("kamscore.properties.examples", 1000) / 4;
  private static final Box PLOT = new Box(ChartGeometry.PLOT_LEFT, ChartGeometry.PLOT_TOP,
      ChartGeometry.PLOT_SIZE, ChartGeometry.PLOT_SIZE);
  private final GeneratedMatrices generated = new GeneratedMatrices();

  @Test
  void largerMeasure_neverGivesASmallerBubble_andAreasFollowTheMeasures() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(30), measures())
        .checkAssert((spec, customers, measures) -> {
          List<Bubble> bubbles = bubbles(spec, customers, measures);
          assertThat(bubbles).hasSize(customers.size())
              .isSortedAccordingTo(Comparator.comparingDouble(Bubble::measure).reversed()
                  .thenComparingInt(Bubble::index))
              .isSortedAccordingTo(Comparator.comparingDouble(Bubble::radius).reversed());
          double largest = bubbles.isEmpty() ? 0.0 : bubbles.get(0).measure();
          for (Bubble b : bubbles) {
            assertThat(b.radius()).isBetween(ChartGeometry.MIN_RADIUS, ChartGeometry.MAX_RADIUS);
            if (b.radius() > ChartGeometry.MIN_RADIUS) {
              assertThat(b.radius() * b.radius() / (ChartGeometry.MAX_RADIUS
                  * ChartGeometry.MAX_RADIUS)).isCloseTo(b.measure() / largest, offset(1e-12));
            }
          }
        });
  }

  @Test
  void labels_stayInThePlot_andTouchNeitherEachOtherNorTheCellNames() {
    qt().withExamples(EXAMPLES)
        .forAll(generated.matrices(), generated.portfolios(60), measures(),
            integers().between(0, 40))
        .checkAssert((spec, customers, measures, count) -> {
          List<Bubble> bubbles = bubbles(spec, customers, measures);
          List<Box> obstacles = List.of(new Box(100, 100, 120, 20), new Box(420, 400, 90, 20));
          List<Label> labels = ChartLabels.place(bubbles, count, obstacles);
          assertThat(labels.size()).isLessThanOrEqualTo(Math.min(count, bubbles.size()));
          List<Box> placed = new ArrayList<>();
          for (Label label : labels) {
            assertThat(label.box().inside(PLOT)).isTrue();
            assertThat(placed).noneMatch(label.box()::intersects);
            assertThat(obstacles).noneMatch(label.box()::intersects);
            assertThat(label.box().intersectsCircle(label.bubble().x(), label.bubble().y(),
                label.bubble().radius())).isFalse();
            placed.add(label.box());
          }
          assertThat(labels).extracting(Label::bubble)
              .isSubsetOf(bubbles.subList(0, Math.min(count, bubbles.size())));
        });
  }

  /** Measures for up to 60 customers, many of them equal or 0. */
  private Gen<List<Double>> measures() {
    Gen<Double> measure = integers().between(0, 9).zip(doubles().between(0, 1e7),
        (kind, value) -> kind == 0 ? 0.0 : kind == 1 ? 1000.0 : value);
    return lists().of(measure).ofSize(60);
  }

  private static List<Bubble> bubbles(MatrixSpec spec, List<double[]> customers,
      List<Double> measures) {
    Classification<double[]> classification = spec.build().classifyAll(customers);
    double[] values = new double[customers.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = measures.get(i);
    }
    return ChartBubbles.of(classification, values, c -> "customer " + c.length);
  }
}
