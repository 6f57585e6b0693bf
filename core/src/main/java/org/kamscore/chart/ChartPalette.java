package org.kamscore.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The colours of a portfolio chart: one per distinct cell name, so cells that share a name
 * (as in the nine-box) share a colour and a legend entry. Names are taken best cell first: top
 * row band first and, within a row, highest column band first; the first names get the first
 * colours of a fixed qualitative palette (green, blue, orange, grey, ...), further names hues a
 * golden angle apart.
 */
final class ChartPalette {
  private static final String[] COLOURS = {
      "#59a14f", "#4e79a7", "#f28e2b", "#79706e", "#b07aa1", "#e15759",
      "#76b7b2", "#c9a227", "#ff9da7", "#9c755f"};

  private final List<Entry> entries;
  private final Map<String, Integer> positions;

  private ChartPalette(List<Entry> entries, Map<String, Integer> positions) {
    this.entries = List.copyOf(entries);
    this.positions = positions;
  }

  /** The palette of a classification's matrix, with the member count of every name. */
  static ChartPalette of(Classification<?> classification) {
    PortfolioMatrix<?> matrix = classification.matrix();
    List<String> names = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    for (int c = matrix.cells().size() - 1; c >= 0; c--) {
      Cell cell = matrix.cells().get(c);
      int position = positions.computeIfAbsent(cell.name(), name -> {
        names.add(name);
        counts.add(0);
        return names.size() - 1;
      });
      counts.set(position, counts.get(position) + classification.count(cell));
    }
    List<Entry> entries = new ArrayList<>();
    for (int p = 0; p < names.size(); p++) {
      entries.add(new Entry(names.get(p), colour(p), counts.get(p)));
    }
    return new ChartPalette(entries, positions);
  }

  /** The n-th colour: the fixed palette, then hues a golden angle apart. */
  static String colour(int n) {
    if (n < COLOURS.length) {
      return COLOURS[n];
    }
    long hue = Math.round((n - COLOURS.length) * 137.508 + 20) % 360;
    return String.format(Locale.ROOT, "hsl(%d,55%%,48%%)", hue);
  }

  /** The legend entries, best cell first. */
  List<Entry> entries() {
    return entries;
  }

  /** The colour of a cell of the matrix. */
  String colourOf(Cell cell) {
    return entries.get(positions.get(cell.name())).colour();
  }

  /** One distinct cell name: its colour and the number of customers in cells of that name. */
  record Entry(String name, String colour, int count) {}
}
