package org.kamscore.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a matrix as a fixed-width text grid: top row band first, lowest column band on the
 * left, every cell's name and, when counts are given, its member count in parentheses, with
 * the number of members a knock-out capped, if any. Without counts, each axis whose model has
 * knock-outs lists their caps under it; with counts, the caps are listed under the grid when a
 * customer was capped. Columns are padded by characters; lines are separated by {@code \n}
 * and carry no trailing spaces.
 */
final class MatrixText {
  private MatrixText() {}

  /**
   * Renders the grid; {@code counts} and {@code capped} hold the members and the capped members
   * per cell in cell order, or are both null.
   */
  static String render(PortfolioMatrix<?> matrix, int[] counts, int[] capped) {
    List<Band> rowBands = matrix.rows().bands().all();
    List<Band> columnBands = matrix.columns().bands().all();
    int columns = columnBands.size();
    // table[0] is the header; table[1..] are the rows, top band first
    List<String[]> table = new ArrayList<>();
    String[] header = new String[columns + 1];
    header[0] = "";
    for (int c = 0; c < columns; c++) {
      header[c + 1] = columnBands.get(c).label();
    }
    table.add(header);
    for (int r = rowBands.size() - 1; r >= 0; r--) {
      String[] line = new String[columns + 1];
      line[0] = rowBands.get(r).label();
      for (int c = 0; c < columns; c++) {
        int cell = r * columns + c;
        line[c + 1] = matrix.cells().get(cell).name() + (counts == null ? ""
            : " (" + counts[cell] + (capped[cell] == 0 ? "" : ", " + capped[cell] + " capped")
                + ")");
      }
      table.add(line);
    }
    int[] widths = new int[columns + 1];
    for (String[] line : table) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }

    StringBuilder text = new StringBuilder(matrix.id()).append(' ').append(matrix.version());
    int totalCapped = 0;
    if (counts != null) {
      int total = 0;
      for (int c = 0; c < counts.length; c++) {
        total += counts[c];
        totalCapped += capped[c];
      }
      text.append(": ").append(total).append(total == 1 ? " customer" : " customers");
      if (totalCapped > 0) {
        text.append(", ").append(totalCapped)
            .append(totalCapped == 1 ? " capped by a knock-out" : " capped by knock-outs");
      }
    }
    appendAxis(text, "\nrows:    ", matrix.rows(), counts == null);
    appendAxis(text, "\ncolumns: ", matrix.columns(), counts == null);
    text.append("\n\n");
    appendLine(text, table.get(0), widths);
    text.append('\n');
    for (int c = 0; c < widths.length; c++) {
      text.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    for (String[] line : table.subList(1, table.size())) {
      text.append('\n');
      appendLine(text, line, widths);
    }
    if (totalCapped > 0) {
      text.append("\n\ncapped: a failed knock-out held the customer below the band of its "
          + "score");
      appendCaps(text, "\n  rows:    ", matrix.rows());
      appendCaps(text, "\n  columns: ", matrix.columns());
    }
    return text.toString();
  }

  /** Appends an axis's model, version and bands, and, if asked, its caps on a line below. */
  private static void appendAxis(StringBuilder text, String heading, Axis<?> axis,
      boolean caps) {
    text.append(heading).append(axis.model().id()).append(' ').append(axis.model().version())
        .append(" (").append(axis.bands()).append(')');
    if (caps && !axis.caps().isEmpty()) {
      text.append('\n').append(" ".repeat(heading.length() - 1)).append("knock-out caps: ");
      appendCaps(text, "", axis);
    }
  }

  /** Appends the caps of an axis's knock-outs, such as {@code minimum-revenue -> low}. */
  private static void appendCaps(StringBuilder text, String heading, Axis<?> axis) {
    if (axis.caps().isEmpty()) {
      return;
    }
    text.append(heading);
    String separator = "";
    for (Map.Entry<String, Band> cap : axis.caps().entrySet()) {
      text.append(separator).append(cap.getKey()).append(" -> ").append(cap.getValue().label());
      separator = ", ";
    }
  }

  private static void appendLine(StringBuilder text, String[] line, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < line.length; c++) {
      s.append(c == 0 ? "" : " | ").append(line[c]);
      if (c < line.length - 1) {
        s.append(" ".repeat(widths[c] - line[c].length()));
      }
    }
    text.append(s.toString().stripTrailing());
  }
}
