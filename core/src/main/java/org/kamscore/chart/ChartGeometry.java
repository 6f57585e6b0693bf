package org.kamscore.chart;

/**
 * The fixed geometry of a portfolio chart, in SVG user units: the canvas, the square plot area
 * that maps both 0–100 scores, the legend column to its right, and an estimate of text widths
 * (SVG text is measured by the browser, not here).
 */
final class ChartGeometry {
  static final double WIDTH = 1000;
  static final double HEIGHT = 790;
  static final double PLOT_LEFT = 90;
  static final double PLOT_TOP = 84;
  static final double PLOT_SIZE = 620;
  static final double PLOT_RIGHT = PLOT_LEFT + PLOT_SIZE;
  static final double PLOT_BOTTOM = PLOT_TOP + PLOT_SIZE;
  static final double LEGEND_LEFT = PLOT_RIGHT + 36;
  static final double LEGEND_WIDTH = WIDTH - LEGEND_LEFT - 20;
  /** The radius of the bubble of the largest measure. */
  static final double MAX_RADIUS = 30;
  /** The radius of a bubble whose measure is 0 or too small to show at its true size. */
  static final double MIN_RADIUS = 2;
  static final String FONT = "sans-serif";
  /** The estimated width of a character, in ems: an upper bound for most sans-serif text. */
  private static final double CHAR_WIDTH = 0.6;

  private ChartGeometry() {}

  /** The x coordinate of a column score in [0, 100]. */
  static double x(double score) {
    return PLOT_LEFT + score / 100.0 * PLOT_SIZE;
  }

  /** The y coordinate of a row score in [0, 100]: higher scores are higher up. */
  static double y(double score) {
    return PLOT_BOTTOM - score / 100.0 * PLOT_SIZE;
  }

  /**
   * An upper estimate of the width of a text in a sans-serif font of the given size: wide
   * enough for most glyphs, so boxes built from it rarely underlap the rendered text.
   */
  static double textWidth(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * CHAR_WIDTH;
  }

  /** Shortens a text to fit a width at a font size, by {@link #textWidth}; keeps 2 or more. */
  static String fit(String text, double width, double fontSize) {
    return shorten(text, Math.max(2, (int) (width / (fontSize * CHAR_WIDTH))));
  }

  /** Shortens a text to at most {@code max} code points, ending with an ellipsis if cut. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** An axis-aligned rectangle: a text's box, or an area a label must avoid. */
  record Box(double x, double y, double width, double height) {

    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    boolean intersects(Box other) {
      return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    boolean intersectsCircle(double cx, double cy, double r) {
      double dx = cx - Math.max(x, Math.min(cx, right()));
      double dy = cy - Math.max(y, Math.min(cy, bottom()));
      return dx * dx + dy * dy < r * r;
    }

    boolean inside(Box outer) {
      return x >= outer.x && y >= outer.y && right() <= outer.right()
          && bottom() <= outer.bottom();
    }
  }
}
