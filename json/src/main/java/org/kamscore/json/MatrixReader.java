package org.kamscore.json;

import java.util.List;
import java.util.Optional;
import org.kamscore.Attributes;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Reads a portfolio matrix document: two axes, each a model object and its bands, and the
 * named cells, all through the builders' checks.
 */
final class MatrixReader {
  private MatrixReader() {}

  /** An axis as read. */
  private record ReadAxis<T>(ScoringModel<T> model, Bands bands) {}

  static <T> PortfolioMatrix<T> read(Cursor root, Attributes<T> attributes,
      List<Class<?>> levelTypes) {
    root.object("a portfolio matrix document",
        "$schema", "format", "kind", "id", "version", "rows", "columns", "cells");
    String id = root.at("id").text();
    String version = root.at("version").text();
    ReadAxis<T> rows = axis(root.at("rows"), attributes, levelTypes);
    ReadAxis<T> columns = axis(root.at("columns"), attributes, levelTypes);
    @SuppressWarnings("unchecked") // Attributes<T> reads customers of type T
    Class<T> type = (Class<T>) attributes.type();
    PortfolioMatrix.Builder<T> builder = PortfolioMatrix.builder(type);
    Located.run(root.pointer(), () -> builder.id(id, version),
        "matrix id", "/id", "matrix version", "/version");
    builder.rows(rows.model(), rows.bands());
    builder.columns(columns.model(), columns.bands());
    Cursor cells = root.at("cells");
    for (Cursor element : cells.elements("the cells")) {
      Cursor cell = element.object("a cell", "row", "column", "name", "treatment");
      String row = cell.at("row").text();
      String column = cell.at("column").text();
      String name = cell.at("name").text();
      Optional<String> treatment = cell.at("treatment").optionalText();
      Located.run(cell.pointer(), () -> {
        if (treatment.isPresent()) {
          builder.cell(row, column, name, treatment.get());
        } else {
          builder.cell(row, column, name);
        }
      }, "row band", "/row", "column band", "/column", "cell name", "/name",
          "cell treatment", "/treatment");
    }
    return Located.call(cells.pointer(), builder::build);
  }

  private static <T> ReadAxis<T> axis(Cursor field, Attributes<T> attributes,
      List<Class<?>> levelTypes) {
    Cursor axis = field.object("an axis: a model and its bands", "model", "bands");
    ScoringModel<T> model = ModelReader.read(axis.at("model"), "a scoring model", attributes,
        levelTypes);
    return new ReadAxis<>(model, bands(axis.at("bands")));
  }

  private static Bands bands(Cursor field) {
    Cursor bands = field.object("the bands of an axis", "cuts", "labels");
    Cursor cutsField = bands.at("cuts");
    List<Cursor> cutList = cutsField.elements("the cut points, increasing");
    double[] cuts = new double[cutList.size()];
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = cutList.get(i).number();
    }
    Bands cut;
    try {
      cut = Bands.cutAt(cuts);
    } catch (IllegalArgumentException e) {
      // the first cut point whose prefix fails is the one at fault; none means there are none
      int count = Located.firstFailing(1, cuts.length,
          n -> Located.fails(() -> Bands.cutAt(java.util.Arrays.copyOf(cuts, n))));
      throw Located.at(count < 0 ? cutsField.pointer() : cutList.get(count - 1).pointer(), e);
    }
    Cursor labelsField = bands.at("labels");
    if (!labelsField.present()) {
      return cut;
    }
    List<Cursor> labelList = labelsField.elements("the labels, lowest band first");
    String[] labels = new String[labelList.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = labelList.get(i).text();
    }
    return Located.call(labelsField.pointer(), () -> cut.labelled(labels));
  }
}
