package org.kamscore.decision;

import java.util.List;

/** A count table as text: a header of column labels, then a row per row label. */
final class TableText {
  private TableText() {}

  static String of(List<String> rows, List<String> columns, List<List<Integer>> counts) {
    int first = 0;
    for (String row : rows) {
      first = Math.max(first, row.length());
    }
    int[] widths = new int[columns.size()];
    for (int j = 0; j < widths.length; j++) {
      widths[j] = columns.get(j).length();
      for (List<Integer> row : counts) {
        widths[j] = Math.max(widths[j], String.valueOf(row.get(j)).length());
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(" ".repeat(first));
    for (int j = 0; j < widths.length; j++) {
      s.append("  ").append(pad(columns.get(j), widths[j]));
    }
    s.append('\n');
    for (int i = 0; i < rows.size(); i++) {
      s.append(rows.get(i)).append(" ".repeat(first - rows.get(i).length()));
      for (int j = 0; j < widths.length; j++) {
        s.append("  ").append(pad(String.valueOf(counts.get(i).get(j)), widths[j]));
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** Right-aligned in a width. */
  private static String pad(String text, int width) {
    return " ".repeat(width - text.length()) + text;
  }
}
