package org.kamscore.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of decision records, written and read; {@code docs/decision-record.md}
 * documents it. A record at the top carries {@code format} and {@code record}; an evaluation
 * inside a placement or batch is the same object without them. Optional values are written as
 * {@code null}, so every key is always there.
 */
final class RecordJson {
  static final String FORMAT = "kamscore-decision/1";

  private static final String[] EVALUATION = {"customerId", "model", "score", "tier",
      "scoreTier", "nextTier", "pointsToNextTier", "failedKnockOuts", "reasons",
      "contributions"};

  private RecordJson() {}

  // ---- writing ----

  static void evaluation(JsonGenerator g, DecisionRecord r, boolean top) {
    g.writeStartObject();
    if (top) {
      header(g, "evaluation");
    }
    text(g, "customerId", r.customerId());
    g.writeName("model");
    model(g, r.model());
    number(g, "score", r.score());
    g.writeStringProperty("tier", r.tier());
    g.writeStringProperty("scoreTier", r.scoreTier());
    text(g, "nextTier", r.nextTier());
    g.writeName("pointsToNextTier");
    if (r.pointsToNextTier().isPresent()) {
      g.writeNumber(Numbers.shortest(r.pointsToNextTier().getAsDouble()));
    } else {
      g.writeNull();
    }
    strings(g, "failedKnockOuts", r.failedKnockOuts());
    strings(g, "reasons", r.reasons());
    g.writeName("contributions");
    g.writeStartArray();
    for (ContributionRecord c : r.contributions()) {
      contribution(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void contribution(JsonGenerator g, ContributionRecord c) {
    g.writeStartObject();
    g.writeStringProperty("criterion", c.criterion());
    g.writeName("value");
    if (Double.isNaN(c.value())) {
      g.writeNull();
    } else {
      g.writeNumber(Numbers.shortest(c.value()));
    }
    g.writeStringProperty("displayValue", c.displayValue());
    g.writeBooleanProperty("missing", c.missing());
    number(g, "utility", c.utility());
    number(g, "weightShare", c.weightShare());
    number(g, "points", c.points());
    number(g, "maximum", c.maximum());
    number(g, "pointsLost", c.pointsLost());
    g.writeEndObject();
  }

  static void placement(JsonGenerator g, PlacementRecord r) {
    g.writeStartObject();
    header(g, "placement");
    text(g, "customerId", r.customerId());
    g.writeStringProperty("cell", r.cell());
    text(g, "treatment", r.treatment());
    g.writeStringProperty("rowBand", r.rowBand());
    g.writeStringProperty("columnBand", r.columnBand());
    g.writeName("row");
    evaluation(g, r.row(), false);
    g.writeName("column");
    evaluation(g, r.column(), false);
    g.writeEndObject();
  }

  static void batch(JsonGenerator g, BatchRecord r) {
    g.writeStartObject();
    header(g, "batch");
    g.writeNumberProperty("size", r.size());
    g.writeName("evaluations");
    g.writeStartArray();
    for (DecisionRecord e : r.evaluations()) {
      evaluation(g, e, false);
    }
    g.writeEndArray();
    g.writeName("errors");
    g.writeStartArray();
    for (ErrorRecord e : r.errors()) {
      error(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void error(JsonGenerator g, ErrorRecord e) {
    g.writeStartObject();
    g.writeName("customerIndex");
    if (e.customerIndex().isPresent()) {
      g.writeNumber(e.customerIndex().getAsInt());
    } else {
      g.writeNull();
    }
    g.writeStringProperty("modelId", e.modelId());
    text(g, "criterion", e.criterion());
    g.writeStringProperty("message", e.message());
    g.writeEndObject();
  }

  static void classification(JsonGenerator g, ClassificationRecord r) {
    g.writeStartObject();
    header(g, "classification");
    g.writeName("matrix");
    g.writeStartObject();
    g.writeStringProperty("id", r.matrixId());
    g.writeStringProperty("version", r.matrixVersion());
    g.writeEndObject();
    g.writeName("rows");
    model(g, r.rows());
    g.writeName("columns");
    model(g, r.columns());
    g.writeNumberProperty("size", r.size());
    g.writeName("cells");
    g.writeStartArray();
    for (CellCount cell : r.cells()) {
      cell(g, cell);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void cell(JsonGenerator g, CellCount cell) {
    g.writeStartObject();
    g.writeStringProperty("row", cell.row());
    g.writeStringProperty("column", cell.column());
    g.writeStringProperty("name", cell.name());
    text(g, "treatment", cell.treatment());
    g.writeNumberProperty("count", cell.count());
    g.writeEndObject();
  }

  static void model(JsonGenerator g, ModelReference model) {
    g.writeStartObject();
    g.writeStringProperty("id", model.id());
    g.writeStringProperty("version", model.version());
    g.writeStringProperty("fingerprint", model.fingerprint());
    g.writeEndObject();
  }

  private static void header(JsonGenerator g, String record) {
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("record", record);
  }

  private static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    g.writeNumber(Numbers.shortest(value));
  }

  private static void text(JsonGenerator g, String name, Optional<String> value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  // ---- reading ----

  static DecisionRecord evaluation(Cursor c, boolean top) {
    if (top) {
      c.object("a decision record", with("format", "record", EVALUATION));
      header(c, "evaluation");
    } else {
      c.object("an evaluation", EVALUATION);
    }
    Optional<String> customerId = c.at("customerId").nullableText();
    ModelReference model = model(c.at("model"));
    double score = c.at("score").number();
    String tier = c.at("tier").text();
    String scoreTier = c.at("scoreTier").text();
    Optional<String> nextTier = c.at("nextTier").nullableText();
    Cursor pointsField = c.at("pointsToNextTier");
    OptionalDouble pointsToNextTier = pointsField.present() && !pointsField.isNull()
        ? OptionalDouble.of(pointsField.number()) : OptionalDouble.empty();
    List<String> failed = strings(c.at("failedKnockOuts"), "the failed knock-outs");
    List<String> reasons = strings(c.at("reasons"), "the reasons");
    List<ContributionRecord> contributions = new ArrayList<>();
    for (Cursor element : c.at("contributions").elements("the contributions")) {
      contributions.add(contribution(element));
    }
    return Located.call(c.pointer(), () -> new DecisionRecord(model, customerId, score, tier,
            scoreTier, nextTier, pointsToNextTier, failed, contributions, reasons),
        "score tier", "/scoreTier", "score", "/score", "tier", "/tier",
        "points to the next", "/pointsToNextTier", "contributions", "/contributions",
        "reason", "/reasons");
  }

  static ContributionRecord contribution(Cursor element) {
    Cursor c = element.object("a contribution", "criterion", "value", "displayValue",
        "missing", "utility", "weightShare", "points", "maximum", "pointsLost");
    String criterion = c.at("criterion").text();
    double value = c.at("value").nullableNumber();
    String display = c.at("displayValue").text();
    boolean missing = c.at("missing").bool();
    double utility = c.at("utility").number();
    double weightShare = c.at("weightShare").number();
    double points = c.at("points").number();
    double maximum = c.at("maximum").number();
    Cursor lostField = c.at("pointsLost");
    double lost = lostField.number();
    ContributionRecord record = Located.call(c.pointer(), () -> new ContributionRecord(
            criterion, value, display, missing, utility, weightShare, points, maximum),
        "value", "/value", "utility", "/utility", "weight share", "/weightShare",
        "maximum", "/maximum", "points", "/points", "criterion", "/criterion");
    if (Double.doubleToLongBits(lost) != Double.doubleToLongBits(record.pointsLost())) {
      throw lostField.fail("be maximum - points, " + Numbers.shortest(record.pointsLost()));
    }
    return record;
  }

  static PlacementRecord placement(Cursor c) {
    c.object("a placement record", "format", "record", "customerId", "cell", "treatment",
        "rowBand", "columnBand", "row", "column");
    header(c, "placement");
    Optional<String> customerId = c.at("customerId").nullableText();
    String cell = c.at("cell").text();
    Optional<String> treatment = c.at("treatment").nullableText();
    String rowBand = c.at("rowBand").text();
    String columnBand = c.at("columnBand").text();
    DecisionRecord row = evaluation(c.at("row"), false);
    DecisionRecord column = evaluation(c.at("column"), false);
    return Located.call(c.pointer(), () -> new PlacementRecord(customerId, cell, treatment,
            rowBand, columnBand, row, column),
        "cell", "/cell", "row band", "/rowBand", "column band", "/columnBand");
  }

  static BatchRecord batch(Cursor c) {
    c.object("a batch record", "format", "record", "size", "evaluations", "errors");
    header(c, "batch");
    int size = c.at("size").integer();
    List<DecisionRecord> evaluations = new ArrayList<>();
    for (Cursor element : c.at("evaluations").elements("the evaluations")) {
      evaluations.add(evaluation(element, false));
    }
    List<ErrorRecord> errors = new ArrayList<>();
    for (Cursor element : c.at("errors").elements("the errors")) {
      errors.add(error(element));
    }
    return Located.call(c.pointer(), () -> new BatchRecord(size, evaluations, errors),
        "size", "/size");
  }

  static ErrorRecord error(Cursor element) {
    Cursor c = element.object("an error", "customerIndex", "modelId", "criterion", "message");
    Cursor indexField = c.at("customerIndex");
    OptionalInt index = indexField.present() && !indexField.isNull()
        ? OptionalInt.of(indexField.integer()) : OptionalInt.empty();
    String modelId = c.at("modelId").text();
    Optional<String> criterion = c.at("criterion").nullableText();
    String message = c.at("message").text();
    return Located.call(c.pointer(), () -> new ErrorRecord(modelId, criterion, index, message),
        "customer index", "/customerIndex");
  }

  static ClassificationRecord classification(Cursor c) {
    c.object("a classification record", "format", "record", "matrix", "rows", "columns",
        "size", "cells");
    header(c, "classification");
    Cursor matrix = c.at("matrix").object("a matrix reference", "id", "version");
    String id = matrix.at("id").text();
    String version = matrix.at("version").text();
    ModelReference rows = model(c.at("rows"));
    ModelReference columns = model(c.at("columns"));
    int size = c.at("size").integer();
    List<CellCount> cells = new ArrayList<>();
    for (Cursor element : c.at("cells").elements("the cells")) {
      cells.add(cell(element));
    }
    return Located.call(c.pointer(),
        () -> new ClassificationRecord(id, version, rows, columns, size, cells),
        "matrix", "/matrix", "size", "/size");
  }

  static CellCount cell(Cursor element) {
    Cursor cell = element.object("a cell count", "row", "column", "name", "treatment", "count");
    String row = cell.at("row").text();
    String column = cell.at("column").text();
    String name = cell.at("name").text();
    Optional<String> treatment = cell.at("treatment").nullableText();
    int count = cell.at("count").integer();
    return Located.call(cell.pointer(),
        () -> new CellCount(row, column, name, treatment, count), "count", "/count");
  }

  static ModelReference model(Cursor field) {
    Cursor c = field.object("a model reference", "id", "version", "fingerprint");
    String id = c.at("id").text();
    String version = c.at("version").text();
    String fingerprint = c.at("fingerprint").text();
    return Located.call(c.pointer(), () -> new ModelReference(id, version, fingerprint),
        "model id", "/id", "model version", "/version", "fingerprint", "/fingerprint");
  }

  private static void header(Cursor c, String record) {
    Cursor format = c.at("format");
    if (!FORMAT.equals(format.text())) {
      throw format.fail("be '" + FORMAT + "', the version this library reads");
    }
    Cursor kind = c.at("record");
    if (!record.equals(kind.text())) {
      throw kind.fail("be '" + record + "'");
    }
  }

  private static List<String> strings(Cursor field, String what) {
    List<String> values = new ArrayList<>();
    for (Cursor element : field.elements(what)) {
      values.add(element.text());
    }
    return values;
  }

  private static String[] with(String first, String second, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = first;
    all[1] = second;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
