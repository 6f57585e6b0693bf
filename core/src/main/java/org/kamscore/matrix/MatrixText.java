package org.kamscore.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a matrix as a fixed-width text grid: top row band first, lowest column band on the
 * left, every cell's name and, when counts are given, its member count in parentheses.
 * Columns are padded by characters; lines are separated by {@code \n} and carry no trailing
 * spaces.
 */
final class MatrixText {
  private MatrixText() {}

  /** Renders the grid; {@code counts} holds one count per cell in cell order, or is null. */
  static String render(PortfolioMatrix<?> matrix, int[] counts) {
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
        line[c + 1] = matrix.cells().get(cell).name()
            + (counts == null ? "" : " (" + counts[cell] + ")");
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
    if (counts != null) {
      int total = 0;
      for (int count : counts) {
        total += count;
      }
      text.append(": ").append(total).append(total == 1 ? " customer" : " customers");
    }
    text.append("\nrows:    ").append(matrix.rows())
        .append("\ncolumns: ").append(matrix.columns()).append("\n\n");
    appendLine(text, table.get(0), widths);
    text.append('\n');
    for (int c = 0; c < widths.length; c++) {
      text.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    for (String[] line : table.subList(1, table.size())) {
      text.append('\n');
      appendLine(text, line, widths);
    }
    return text.toString();
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
