package org.kamscore.chart;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.chart.ChartBubbles.Bubble;
import org.kamscore.chart.ChartGeometry.Box;

/**
 * Places the labels of the largest customers so that they stay readable. For each labelled
 * bubble, largest first, it tries boxes right of, left of, above, below and diagonal to the
 * bubble, first touching it, then on two rings further out (drawn with a leader line). A box
 * must lie in the plot area and must not touch a label already placed or an obstacle such as a
 * cell name. Of those, the box that touches the fewest other bubbles wins, ties by ring, then
 * by direction in the order above. A label without any such box is left out rather than
 * drawn over another text. The text is anchored at the box's side nearest the bubble.
 */
final class ChartLabels {
  static final double FONT_SIZE = 12;
  /** The height of a label's box: the font size plus room for the halo. */
  static final double HEIGHT = 15;
  /** The baseline of a label's text below the top of its box. */
  static final double BASELINE = 11.5;
  /** The longest label, in code points; longer ones end with an ellipsis. */
  static final int MAX_LENGTH = 32;
  private static final double GAP = 3;
  private static final double[] RINGS = {0, 16, 34};
  private static final double DIAGONAL = Math.sqrt(0.5);

  private ChartLabels() {}

  /**
   * Places the labels of the first {@code count} bubbles.
   *
   * @param bubbles every bubble, largest first
   * @param count how many of the first bubbles to label
   * @param obstacles boxes no label may touch
   * @return the placed labels, largest bubble first
   */
  static List<Label> place(List<Bubble> bubbles, int count, List<Box> obstacles) {
    Box plot = new Box(ChartGeometry.PLOT_LEFT, ChartGeometry.PLOT_TOP,
        ChartGeometry.PLOT_SIZE, ChartGeometry.PLOT_SIZE);
    List<Box> taken = new ArrayList<>(obstacles);
    List<Label> labels = new ArrayList<>();
    for (Bubble bubble : bubbles.subList(0, Math.min(count, bubbles.size()))) {
      String text = ChartGeometry.shorten(bubble.label(), MAX_LENGTH);
      double width = ChartGeometry.textWidth(text, FONT_SIZE) + 4;
      Label best = null;
      int bestCost = Integer.MAX_VALUE;
      for (int ring = 0; ring < RINGS.length && bestCost > 0; ring++) {
        for (Box box : candidates(bubble, RINGS[ring], width)) {
          if (!box.inside(plot) || taken.stream().anyMatch(box::intersects)) {
            continue;
          }
          int cost = overlaps(box, bubble, bubbles);
          if (cost < bestCost) {
            best = new Label(text, box, bubble, ring > 0);
            bestCost = cost;
          }
          if (cost == 0) {
            break;
          }
        }
      }
      if (best != null) {
        labels.add(best);
        taken.add(best.box());
      }
    }
    return List.copyOf(labels);
  }

  /** The boxes to try around a bubble at a distance from its edge, in order of preference. */
  private static List<Box> candidates(Bubble bubble, double distance, double width) {
    double x = bubble.x();
    double y = bubble.y();
    double r = bubble.radius() + GAP + distance;
    double d = r * DIAGONAL;
    return List.of(
        new Box(x + r, y - HEIGHT / 2, width, HEIGHT),
        new Box(x - r - width, y - HEIGHT / 2, width, HEIGHT),
        new Box(x - width / 2, y - r - HEIGHT, width, HEIGHT),
        new Box(x - width / 2, y + r, width, HEIGHT),
        new Box(x + d, y - d - HEIGHT, width, HEIGHT),
        new Box(x + d, y + d, width, HEIGHT),
        new Box(x - d - width, y - d - HEIGHT, width, HEIGHT),
        new Box(x - d - width, y + d, width, HEIGHT));
  }

  /** The number of bubbles other than the labelled one that a box touches. */
  private static int overlaps(Box box, Bubble own, List<Bubble> bubbles) {
    int count = 0;
    for (Bubble other : bubbles) {
      if (other != own && box.intersectsCircle(other.x(), other.y(), other.radius())) {
        count++;
      }
    }
    return count;
  }

  /**
   * A placed label.
   *
   * @param text the text, shortened to {@link #MAX_LENGTH}
   * @param box where it is drawn
   * @param bubble the bubble it names
   * @param leader whether it is away from its bubble and needs a leader line
   */
  record Label(String text, Box box, Bubble bubble, boolean leader) {

    /**
     * The text anchor that keeps the text next to its bubble, as the box's width is only an
     * upper estimate: {@code end} left of the bubble, {@code start} right of it, {@code middle}
     * above or below it.
     */
    String anchor() {
      return box.right() <= bubble.x() ? "end" : box.x() >= bubble.x() ? "start" : "middle";
    }

    /** The x coordinate of the text for its {@link #anchor()}. */
    double textX() {
      return switch (anchor()) {
        case "end" -> box.right() - 2;
        case "start" -> box.x() + 2;
        default -> box.x() + box.width() / 2;
      };
    }
  }
}
