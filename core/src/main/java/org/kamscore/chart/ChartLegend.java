package org.kamscore.chart;

import static org.kamscore.chart.ChartGeometry.LEGEND_LEFT;
import static org.kamscore.chart.ChartGeometry.LEGEND_WIDTH;
import static org.kamscore.chart.ChartGeometry.MAX_RADIUS;
import static org.kamscore.chart.ChartGeometry.PLOT_TOP;

import java.util.List;
import java.util.Locale;
import org.kamscore.chart.ChartBubbles.Bubble;

/**
 * Draws the legend of a portfolio chart, right of the plot: one entry per distinct cell name
 * with its colour and member count; if an axis has knock-outs, an entry for the customers a
 * knock-out capped (their dashed ring and count); then a key of bubble sizes for the largest
 * measure and a quarter of it (half the radius), then the number of customers and the total
 * measure.
 */
final class ChartLegend {
  private static final double FONT_SIZE = 13;
  /** The height the cell entries may take before their spacing shrinks. */
  private static final double ENTRIES_HEIGHT = 420;
  private static final double MAX_SPACING = 24;
  /** The legend's name for customers that a knock-out held below the band of their score. */
  private static final String CAPPED = "capped by a knock-out";

  private ChartLegend() {}

  static void render(SvgWriter svg, ChartPalette palette, List<Bubble> bubbles,
      String measureName, boolean caps) {
    double right = LEGEND_LEFT + LEGEND_WIDTH;
    List<ChartPalette.Entry> entries = palette.entries();
    double spacing = Math.min(MAX_SPACING, ENTRIES_HEIGHT / Math.max(entries.size(), 1));
    double y = PLOT_TOP + 14;
    svg.open("g", "class", "legend", "font-size", FONT_SIZE)
        .text("text", "cells", "x", LEGEND_LEFT, "y", y, "font-weight", "bold");
    for (ChartPalette.Entry entry : entries) {
      y += spacing;
      String count = String.valueOf(entry.count());
      double room = LEGEND_WIDTH - 22 - ChartGeometry.textWidth(count, FONT_SIZE) - 8;
      String name = ChartGeometry.fit(entry.name(), room, FONT_SIZE);
      svg.open("g", "class", "legend-entry")
          .empty("circle", "cx", LEGEND_LEFT + 7, "cy", y - 4.5, "r", 7.0,
              "fill", entry.colour(), "fill-opacity", "0.75")
          .text("text", name, "x", LEGEND_LEFT + 22, "y", y)
          .text("text", count, "x", right, "y", y, "text-anchor", "end")
          .close("g");
    }
    if (caps) {
      y += MAX_SPACING;
      long capped = bubbles.stream().filter(Bubble::capped).count();
      svg.open("g", "class", "legend-capped")
          .empty("circle", "cx", LEGEND_LEFT + 7, "cy", y - 4.5, "r", 7.0,
              "fill", "#ffffff", "stroke", ChartSvg.CAPPED_STROKE,
              "stroke-width", ChartSvg.CAPPED_STROKE_WIDTH,
              "stroke-dasharray", ChartSvg.CAPPED_DASHES)
          .text("text", CAPPED, "x", LEGEND_LEFT + 22, "y", y)
          .text("text", String.valueOf(capped), "x", right, "y", y, "text-anchor", "end")
          .close("g");
    }
    sizeKey(svg, bubbles, measureName, y + 44);
    svg.close("g");
  }

  /** The key of bubble sizes, its title at {@code top}. */
  private static void sizeKey(SvgWriter svg, List<Bubble> bubbles, String measureName,
      double top) {
    double total = 0.0;
    for (Bubble bubble : bubbles) { // largest first: the same sum for the same portfolio
      total += bubble.measure();
    }
    double largest = bubbles.isEmpty() ? 0.0 : bubbles.get(0).measure();
    svg.text("text", ChartGeometry.fit("bubble area ∝ " + measureName, LEGEND_WIDTH,
            FONT_SIZE), "x", LEGEND_LEFT, "y", top,
        "font-weight", "bold");
    double bottom = top + 16 + 2 * MAX_RADIUS;
    if (largest > 0.0) {
      double cx = LEGEND_LEFT + MAX_RADIUS + 2;
      double[][] keys = {{largest, MAX_RADIUS}, {largest / 4, MAX_RADIUS / 2}};
      for (double[] key : keys) {
        double cy = bottom - key[1];
        svg.empty("circle", "cx", cx, "cy", cy, "r", key[1], "fill", "none",
                "stroke", "#888888")
            .empty("line", "x1", cx, "y1", cy - key[1], "x2", cx + MAX_RADIUS + 12,
                "y2", cy - key[1], "stroke", "#bbbbbb", "stroke-dasharray", "2 2")
            .text("text", formatMeasure(key[0]), "x", cx + MAX_RADIUS + 16,
                "y", cy - key[1] + 4.5, "font-size", 12);
      }
    } else {
      svg.text("text", bubbles.isEmpty() ? "no customers" : "every measure is 0",
          "x", LEGEND_LEFT, "y", top + 22, "font-size", 12);
    }
    svg.text("text", bubbles.size() + (bubbles.size() == 1 ? " customer" : " customers")
            + ", total " + formatMeasure(total),
        "x", LEGEND_LEFT, "y", bottom + 28, "font-size", 12, "fill", "#666666");
  }

  /**
   * Formats a measure for people: whole numbers with grouping commas from 1,000, otherwise at
   * most two decimals, in {@link Locale#ROOT}.
   */
  static String formatMeasure(double measure) {
    if (measure >= 1000 || measure == Math.rint(measure)) {
      return String.format(Locale.ROOT, "%,.0f", measure);
    }
    String text = String.format(Locale.ROOT, "%.2f", measure);
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }
}
