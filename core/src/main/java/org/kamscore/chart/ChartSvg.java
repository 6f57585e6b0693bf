package org.kamscore.chart;

import static org.kamscore.chart.ChartGeometry.FONT;
import static org.kamscore.chart.ChartGeometry.PLOT_BOTTOM;
import static org.kamscore.chart.ChartGeometry.PLOT_LEFT;
import static org.kamscore.chart.ChartGeometry.PLOT_SIZE;
import static org.kamscore.chart.ChartGeometry.PLOT_TOP;
import static org.kamscore.chart.ChartGeometry.x;
import static org.kamscore.chart.ChartGeometry.y;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.chart.ChartBubbles.Bubble;
import org.kamscore.chart.ChartGeometry.Box;
import org.kamscore.chart.ChartLabels.Label;

/**
 * Draws a portfolio chart as SVG, back to front: title, cell regions tinted in their colour,
 * grid, band lines at the cut points, the bubbles (largest first), dashed rings around the
 * bubbles of capped customers, tick values and axis titles
 * (on top of bubbles that reach past the plot), the cell names on a translucent background,
 * the labels with a white halo, and the legend.
 */
final class ChartSvg {
  private static final double[] TICKS = {0, 25, 50, 75, 100};
  private static final double CELL_FONT_SIZE = 13;
  private static final double CELL_NAME_HEIGHT = 20;
  private static final double CELL_NAME_INSET = 6;
  private static final String INK = "#333333";
  /** The ring around a bubble whose customer a knock-out capped: dark and dashed. */
  static final String CAPPED_STROKE = "#222222";
  static final double CAPPED_STROKE_WIDTH = 1.5;
  static final String CAPPED_DASHES = "3 2";
  /** How far the ring lies outside its bubble, and its least radius. */
  private static final double CAPPED_RING_GAP = 2.5;
  private static final double CAPPED_RING_MIN = 6;
  /** The room for the title and subtitle, from the plot's left edge to the canvas's. */
  private static final double TEXT_WIDTH = ChartGeometry.WIDTH - PLOT_LEFT - 20;

  private ChartSvg() {}

  static String render(Classification<?> classification, List<Bubble> bubbles, String title,
      String measureName, int labelTop) {
    PortfolioMatrix<?> matrix = classification.matrix();
    ChartPalette palette = ChartPalette.of(classification);
    SvgWriter svg = new SvgWriter()
        .raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .open("svg", "xmlns", "http://www.w3.org/2000/svg",
            "viewBox", "0 0 " + (int) ChartGeometry.WIDTH + " " + (int) ChartGeometry.HEIGHT,
            "width", (int) ChartGeometry.WIDTH, "height", (int) ChartGeometry.HEIGHT,
            "font-family", FONT, "fill", INK)
        .text("title", title)
        .empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff")
        .text("text", ChartGeometry.fit(title, TEXT_WIDTH, 20), "class", "title",
            "x", PLOT_LEFT, "y", 36.0, "font-size", 20, "font-weight", "bold")
        .text("text", ChartGeometry.fit(matrix.id() + " " + matrix.version() + " · "
                + classification.size()
                + (classification.size() == 1 ? " customer" : " customers"), TEXT_WIDTH, 13),
            "class", "subtitle", "x", PLOT_LEFT, "y", 60.0, "font-size", 13, "fill", "#666666");
    regions(svg, matrix, palette);
    grid(svg);
    bandLines(svg, matrix);
    bubbles(svg, bubbles, palette);
    cappedMarks(svg, bubbles);
    axisLabels(svg, matrix);
    List<Box> names = cellNames(svg, matrix, palette);
    labels(svg, ChartLabels.place(bubbles, labelTop, names));
    ChartLegend.render(svg, palette, bubbles, measureName, hasCaps(matrix));
    return svg.close("svg").toString();
  }

  private static void regions(SvgWriter svg, PortfolioMatrix<?> matrix, ChartPalette palette) {
    svg.open("g", "class", "cells", "fill-opacity", "0.07");
    for (Cell cell : matrix.cells()) {
      Box box = region(cell);
      svg.empty("rect", "x", box.x(), "y", box.y(), "width", box.width(),
          "height", box.height(), "fill", palette.colourOf(cell));
    }
    svg.close("g");
  }

  private static void grid(SvgWriter svg) {
    svg.open("g", "class", "grid", "stroke", "#e6e6e6");
    for (double tick : TICKS) {
      svg.empty("line", "x1", x(tick), "y1", PLOT_TOP, "x2", x(tick), "y2", PLOT_BOTTOM)
          .empty("line", "x1", PLOT_LEFT, "y1", y(tick), "x2", PLOT_LEFT + PLOT_SIZE,
              "y2", y(tick));
    }
    svg.empty("rect", "x", PLOT_LEFT, "y", PLOT_TOP, "width", PLOT_SIZE, "height", PLOT_SIZE,
        "fill", "none", "stroke", "#999999").close("g");
  }

  /** Writes the ticks' values and the axis titles, on top of bubbles that reach past the plot. */
  private static void axisLabels(SvgWriter svg, PortfolioMatrix<?> matrix) {
    svg.open("g", "class", "axes", "font-size", 12, "fill", "#666666", "stroke", "#ffffff",
        "stroke-width", 3.0, "stroke-linejoin", "round", "paint-order", "stroke");
    for (double tick : TICKS) {
      svg.text("text", String.valueOf((int) tick), "x", x(tick), "y", PLOT_BOTTOM + 20,
              "text-anchor", "middle")
          .text("text", String.valueOf((int) tick), "x", PLOT_LEFT - 10, "y", y(tick) + 4,
              "text-anchor", "end");
    }
    double middle = PLOT_TOP + PLOT_SIZE / 2;
    svg.text("text", ChartGeometry.fit(matrix.columns().model().id(), PLOT_SIZE, 14),
            "class", "axis-title",
            "x", x(50), "y", PLOT_BOTTOM + 46, "text-anchor", "middle", "font-size", 14,
            "fill", INK)
        .text("text", ChartGeometry.fit(matrix.rows().model().id(), PLOT_SIZE, 14),
            "class", "axis-title",
            "x", PLOT_LEFT - 50, "y", middle, "text-anchor", "middle", "font-size", 14,
            "fill", INK, "transform",
            "rotate(-90 " + SvgWriter.number(PLOT_LEFT - 50) + " " + SvgWriter.number(middle)
                + ")")
        .close("g");
  }

  private static void bandLines(SvgWriter svg, PortfolioMatrix<?> matrix) {
    svg.open("g", "class", "band-lines", "stroke", "#555555", "stroke-width", 1.5,
        "stroke-dasharray", "6 4");
    for (Band band : matrix.columns().bands().all().subList(1, matrix.columns().bands().size())) {
      svg.empty("line", "x1", x(band.lower()), "y1", PLOT_TOP, "x2", x(band.lower()),
          "y2", PLOT_BOTTOM);
    }
    for (Band band : matrix.rows().bands().all().subList(1, matrix.rows().bands().size())) {
      svg.empty("line", "x1", PLOT_LEFT, "y1", y(band.lower()), "x2", PLOT_LEFT + PLOT_SIZE,
          "y2", y(band.lower()));
    }
    svg.close("g");
  }

  private static void bubbles(SvgWriter svg, List<Bubble> bubbles, ChartPalette palette) {
    svg.open("g", "class", "bubbles", "fill-opacity", "0.75", "stroke", "#ffffff",
        "stroke-width", 0.8);
    for (Bubble bubble : bubbles) {
      String title = bubble.label() + " · " + bubble.cell().name() + " · "
          + ChartLegend.formatMeasure(bubble.measure());
      if (bubble.capped()) {
        svg.open("circle", "class", "capped", "cx", bubble.x(), "cy", bubble.y(),
                "r", bubble.radius(), "fill", palette.colourOf(bubble.cell()))
            .text("title", title + " · capped by " + String.join(", ", bubble.cappedBy()));
      } else {
        svg.open("circle", "cx", bubble.x(), "cy", bubble.y(), "r", bubble.radius(),
                "fill", palette.colourOf(bubble.cell()))
            .text("title", title);
      }
      svg.close("circle");
    }
    svg.close("g");
  }

  /**
   * Rings every bubble whose customer a knock-out capped with a dark dashed circle, a little
   * outside the bubble and never smaller than {@link #CAPPED_RING_MIN}, so that even the
   * smallest bubbles stand out. The group is written only if a customer was capped.
   */
  private static void cappedMarks(SvgWriter svg, List<Bubble> bubbles) {
    if (bubbles.stream().noneMatch(Bubble::capped)) {
      return;
    }
    svg.open("g", "class", "capped-marks", "fill", "none", "stroke", CAPPED_STROKE,
        "stroke-width", CAPPED_STROKE_WIDTH, "stroke-dasharray", CAPPED_DASHES);
    for (Bubble bubble : bubbles) {
      if (bubble.capped()) {
        svg.empty("circle", "cx", bubble.x(), "cy", bubble.y(),
            "r", Math.max(bubble.radius() + CAPPED_RING_GAP, CAPPED_RING_MIN));
      }
    }
    svg.close("g");
  }

  /** Writes every cell's name in its top left corner and returns the boxes they take. */
  private static List<Box> cellNames(SvgWriter svg, PortfolioMatrix<?> matrix,
      ChartPalette palette) {
    List<Box> boxes = new ArrayList<>();
    svg.open("g", "class", "cell-names", "font-size", CELL_FONT_SIZE, "font-weight", "bold");
    for (Cell cell : matrix.cells()) {
      Box region = region(cell);
      String name = ChartGeometry.fit(cell.name(),
          region.width() - 2 * CELL_NAME_INSET - 10, CELL_FONT_SIZE);
      Box box = new Box(region.x() + CELL_NAME_INSET, region.y() + CELL_NAME_INSET,
          ChartGeometry.textWidth(name, CELL_FONT_SIZE) + 10, CELL_NAME_HEIGHT);
      boxes.add(box);
      svg.empty("rect", "x", box.x(), "y", box.y(), "width", box.width(),
              "height", box.height(), "rx", 3.0, "fill", "#ffffff", "fill-opacity", "0.8",
              "stroke", palette.colourOf(cell))
          .text("text", name, "x", box.x() + 5, "y", box.y() + 14.5);
    }
    svg.close("g");
    return boxes;
  }

  private static void labels(SvgWriter svg, List<Label> labels) {
    svg.open("g", "class", "labels", "font-size", ChartLabels.FONT_SIZE, "stroke", "#ffffff",
        "stroke-width", 3.0, "stroke-linejoin", "round", "paint-order", "stroke");
    for (Label label : labels) {
      Box box = label.box();
      Bubble bubble = label.bubble();
      if (label.leader()) {
        double tx = Math.max(box.x(), Math.min(bubble.x(), box.right()));
        double ty = Math.max(box.y(), Math.min(bubble.y(), box.bottom()));
        double length = Math.hypot(tx - bubble.x(), ty - bubble.y());
        double ex = bubble.x() + (tx - bubble.x()) * bubble.radius() / length;
        double ey = bubble.y() + (ty - bubble.y()) * bubble.radius() / length;
        svg.empty("line", "x1", ex, "y1", ey, "x2", tx, "y2", ty, "stroke", "#888888",
            "stroke-width", 1.0);
      }
      svg.text("text", label.text(), "x", label.textX(), "y", box.y() + ChartLabels.BASELINE,
          "text-anchor", label.anchor());
    }
    svg.close("g");
  }

  /** Whether either axis's model has knock-outs, which may cap customers. */
  private static boolean hasCaps(PortfolioMatrix<?> matrix) {
    return !matrix.rows().caps().isEmpty() || !matrix.columns().caps().isEmpty();
  }

  /** The area of a cell on the plot. */
  private static Box region(Cell cell) {
    Band column = cell.columnBand();
    Band row = cell.rowBand();
    return new Box(x(column.lower()), y(row.upper()), x(column.upper()) - x(column.lower()),
        y(row.lower()) - y(row.upper()));
  }
}
