package org.kamscore.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamscore.Attributes;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Reads a portfolio matrix document: two axes, each a model object, its bands and the bands
 * its knock-outs cap it at, and the named cells, all through the builders' checks.
 */
final class MatrixReader {
  private MatrixReader() {}

  /** An axis as read: the caps by knock-out name, each a cursor on its band label. */
  private record ReadAxis<T>(ScoringModel<T> model, Bands bands, Map<String, Cursor> caps) {}

  /** Declares a cap on one axis of a matrix builder. */
  private interface CapSetter<T> {
    void declare(PortfolioMatrix.Builder<T> builder, String knockOut, String band);
  }

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
    CapSetter<T> rowCap = PortfolioMatrix.Builder::knockOutCapsRowAt;
    CapSetter<T> columnCap = PortfolioMatrix.Builder::knockOutCapsColumnAt;
    declareCaps(builder, rows.caps(), rowCap);
    declareCaps(builder, columns.caps(), columnCap);
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
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // build() names no field; it checks the caps before the cells, so a cap that fails on
      // its own is at fault, and the first such cap in the document is the one it names
      String culprit = failingCap(type, id, version, rows, columns, rows.caps(), rowCap);
      if (culprit == null) {
        culprit = failingCap(type, id, version, rows, columns, columns.caps(), columnCap);
      }
      throw Located.at(culprit == null ? cells.pointer() : culprit, e);
    }
  }

  private static <T> void declareCaps(PortfolioMatrix.Builder<T> builder,
      Map<String, Cursor> caps, CapSetter<T> setter) {
    for (Map.Entry<String, Cursor> cap : caps.entrySet()) {
      String band = cap.getValue().text();
      Located.run(cap.getValue().pointer(), () -> setter.declare(builder, cap.getKey(), band));
    }
  }

  /**
   * The pointer of the first of an axis's caps that fails on its own, in a matrix of the axes
   * whose every cell is named; or null if none does.
   */
  private static <T> String failingCap(Class<T> type, String id, String version,
      ReadAxis<T> rows, ReadAxis<T> columns, Map<String, Cursor> caps, CapSetter<T> setter) {
    for (Map.Entry<String, Cursor> cap : caps.entrySet()) {
      PortfolioMatrix.Builder<T> alone = PortfolioMatrix.builder(type).id(id, version)
          .rows(rows.model(), rows.bands())
          .columns(columns.model(), columns.bands());
      for (String row : rows.bands().labels()) {
        for (String column : columns.bands().labels()) {
          alone.cell(row, column, "any");
        }
      }
      setter.declare(alone, cap.getKey(), cap.getValue().text());
      if (Located.fails(alone::build)) {
        return cap.getValue().pointer();
      }
    }
    return null;
  }

  private static <T> ReadAxis<T> axis(Cursor field, Attributes<T> attributes,
      List<Class<?>> levelTypes) {
    Cursor axis = field.object("an axis: a model, its bands and its knock-outs' caps",
        "model", "bands", "caps");
    ScoringModel<T> model = ModelReader.read(axis.at("model"), "a scoring model", attributes,
        levelTypes);
    Bands bands = bands(axis.at("bands"));
    Cursor caps = axis.at("caps");
    return new ReadAxis<>(model, bands, caps.present()
        ? caps.fields("the caps: a band label by knock-out name") : Map.of());
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
