package org.kamscore.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a {@link PolicyImpactRecord} ({@code record: policy-impact}), written and
 * read; {@code docs/decision-record.md} documents it. Like the other records of
 * {@link RecordJson}, every key is always written, with {@code null} where there is no value.
 */
final class ImpactJson {
  static final String RECORD = "policy-impact";

  private ImpactJson() {}

  // ---- writing ----

  static void impact(JsonGenerator g, PolicyImpactRecord r) {
    g.writeStartObject();
    RecordJson.header(g, RECORD);
    g.writeName("from");
    RecordJson.model(g, r.from());
    g.writeName("to");
    RecordJson.model(g, r.to());
    g.writeName("fromMatrix");
    matrix(g, r.fromMatrix());
    g.writeName("toMatrix");
    matrix(g, r.toMatrix());
    RecordJson.text(g, "keyAccountCell", r.keyAccountCell());
    g.writeNumberProperty("size", r.size());
    g.writeName("tiers");
    table(g, r.tiers());
    g.writeName("cells");
    if (r.cells().isPresent()) {
      table(g, r.cells().get());
    } else {
      g.writeNull();
    }
    g.writeNumberProperty("promotions", r.promotions());
    g.writeNumberProperty("demotions", r.demotions());
    RecordJson.strings(g, "newKeyAccounts", r.newKeyAccounts());
    RecordJson.strings(g, "lostKeyAccounts", r.lostKeyAccounts());
    g.writeName("changes");
    g.writeStartArray();
    for (CustomerImpactRecord change : r.changes()) {
      change(g, change);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void matrix(JsonGenerator g, Optional<MatrixReference> matrix) {
    if (matrix.isPresent()) {
      matrix(g, matrix.get());
    } else {
      g.writeNull();
    }
  }

  static void matrix(JsonGenerator g, MatrixReference matrix) {
    g.writeStartObject();
    g.writeStringProperty("id", matrix.id());
    g.writeStringProperty("version", matrix.version());
    g.writeEndObject();
  }

  static void table(JsonGenerator g, MigrationTable table) {
    g.writeStartObject();
    RecordJson.strings(g, "from", table.from());
    RecordJson.strings(g, "to", table.to());
    g.writeName("counts");
    g.writeStartArray();
    for (List<Integer> row : table.counts()) {
      g.writeStartArray();
      for (int count : row) {
        g.writeNumber(count);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void change(JsonGenerator g, CustomerImpactRecord c) {
    g.writeStartObject();
    g.writeStringProperty("key", c.key());
    g.writeStringProperty("fromTier", c.fromTier());
    g.writeStringProperty("toTier", c.toTier());
    RecordJson.number(g, "fromScore", c.fromScore());
    RecordJson.number(g, "toScore", c.toScore());
    RecordJson.text(g, "fromCell", c.fromCell());
    RecordJson.text(g, "toCell", c.toCell());
    g.writeName("reasons");
    g.writeStartArray();
    for (ReasonChangeRecord reason : c.reasons()) {
      reason(g, reason);
    }
    g.writeEndArray();
    RecordJson.strings(g, "knockOutsNowFailed", c.knockOutsNowFailed());
    RecordJson.strings(g, "knockOutsNoLongerFailed", c.knockOutsNoLongerFailed());
    g.writeEndObject();
  }

  static void reason(JsonGenerator g, ReasonChangeRecord r) {
    g.writeStartObject();
    g.writeStringProperty("model", r.model());
    g.writeStringProperty("criterion", r.criterion());
    points(g, "pointsBefore", r.pointsBefore());
    points(g, "pointsAfter", r.pointsAfter());
    RecordJson.number(g, "difference", r.difference());
    g.writeEndObject();
  }

  private static void points(JsonGenerator g, String name, OptionalDouble points) {
    if (points.isPresent()) {
      RecordJson.number(g, name, points.getAsDouble());
    } else {
      g.writeNullProperty(name);
    }
  }

  // ---- reading ----

  static PolicyImpactRecord impact(Cursor c) {
    c.object("a policy impact record", "format", "record", "from", "to", "fromMatrix",
        "toMatrix", "keyAccountCell", "size", "tiers", "cells", "promotions", "demotions",
        "newKeyAccounts", "lostKeyAccounts", "changes");
    RecordJson.header(c, RECORD);
    ModelReference from = RecordJson.model(c.at("from"));
    ModelReference to = RecordJson.model(c.at("to"));
    Optional<MatrixReference> fromMatrix = nullable(c.at("fromMatrix"), ImpactJson::matrix);
    Optional<MatrixReference> toMatrix = nullable(c.at("toMatrix"), ImpactJson::matrix);
    Optional<String> keyAccountCell = c.at("keyAccountCell").nullableText();
    int size = c.at("size").integer();
    MigrationTable tiers = table(c.at("tiers"));
    Optional<MigrationTable> cells = nullable(c.at("cells"), ImpactJson::table);
    int promotions = c.at("promotions").integer();
    int demotions = c.at("demotions").integer();
    List<String> gained = RecordJson.strings(c.at("newKeyAccounts"), "the new key accounts");
    List<String> lost = RecordJson.strings(c.at("lostKeyAccounts"), "the lost key accounts");
    List<CustomerImpactRecord> changes = new ArrayList<>();
    for (Cursor element : c.at("changes").elements("the changes")) {
      changes.add(change(element));
    }
    return Located.call(c.pointer(), () -> new PolicyImpactRecord(from, to, fromMatrix,
            toMatrix, keyAccountCell, size, tiers, cells, promotions, demotions, gained, lost,
            changes),
        "cells of change", "/changes", "tiers of change", "/changes", "changes", "/changes",
        "cells", "/cells", "key-account cell", "/keyAccountCell", "size", "/size",
        "promotions", "/promotions", "demotions", "/demotions",
        "new key accounts", "/newKeyAccounts", "lost key accounts", "/lostKeyAccounts");
  }

  /** A value, or empty where the field is absent or {@code null}. */
  private static <T> Optional<T> nullable(Cursor field, Function<Cursor, T> read) {
    return field.present() && !field.isNull() ? Optional.of(read.apply(field)) : Optional.empty();
  }

  static MatrixReference matrix(Cursor field) {
    Cursor c = field.object("a matrix reference", "id", "version");
    String id = c.at("id").text();
    String version = c.at("version").text();
    return Located.call(c.pointer(), () -> new MatrixReference(id, version));
  }

  static MigrationTable table(Cursor field) {
    Cursor c = field.object("a migration table", "from", "to", "counts");
    List<String> from = RecordJson.strings(c.at("from"), "the row names");
    List<String> to = RecordJson.strings(c.at("to"), "the column names");
    List<List<Integer>> counts = new ArrayList<>();
    for (Cursor row : c.at("counts").elements("the rows of counts")) {
      List<Integer> counted = new ArrayList<>();
      for (Cursor count : row.elements("a row of counts")) {
        counted.add(count.integer());
      }
      counts.add(counted);
    }
    return Located.call(c.pointer(), () -> new MigrationTable(from, to, counts),
        "row names", "/from", "column names", "/to", "counts", "/counts",
        "sum of the counts", "/counts");
  }

  static CustomerImpactRecord change(Cursor element) {
    Cursor c = element.object("a changed customer", "key", "fromTier", "toTier", "fromScore",
        "toScore", "fromCell", "toCell", "reasons", "knockOutsNowFailed",
        "knockOutsNoLongerFailed");
    String key = c.at("key").text();
    String fromTier = c.at("fromTier").text();
    String toTier = c.at("toTier").text();
    double fromScore = c.at("fromScore").number();
    double toScore = c.at("toScore").number();
    Optional<String> fromCell = c.at("fromCell").nullableText();
    Optional<String> toCell = c.at("toCell").nullableText();
    List<ReasonChangeRecord> reasons = new ArrayList<>();
    for (Cursor reason : c.at("reasons").elements("the reasons")) {
      reasons.add(reason(reason));
    }
    List<String> nowFailed = RecordJson.strings(c.at("knockOutsNowFailed"),
        "the knock-outs now failed");
    List<String> noLongerFailed = RecordJson.strings(c.at("knockOutsNoLongerFailed"),
        "the knock-outs no longer failed");
    return Located.call(c.pointer(), () -> new CustomerImpactRecord(key, fromTier, toTier,
            fromScore, toScore, fromCell, toCell, reasons, nowFailed, noLongerFailed),
        "tiers", "/fromTier", "scores", "/fromScore", "cells", "/fromCell",
        "knock-outs", "/knockOutsNowFailed");
  }

  static ReasonChangeRecord reason(Cursor element) {
    Cursor c = element.object("a reason", "model", "criterion", "pointsBefore", "pointsAfter",
        "difference");
    String model = c.at("model").text();
    String criterion = c.at("criterion").text();
    OptionalDouble before = points(c.at("pointsBefore"));
    OptionalDouble after = points(c.at("pointsAfter"));
    Cursor differenceField = c.at("difference");
    double difference = differenceField.number();
    ReasonChangeRecord record = Located.call(c.pointer(),
        () -> new ReasonChangeRecord(model, criterion, before, after));
    if (Double.doubleToLongBits(difference) != Double.doubleToLongBits(record.difference())) {
      throw differenceField.fail("be pointsAfter - pointsBefore, "
          + Numbers.shortest(record.difference()));
    }
    return record;
  }

  private static OptionalDouble points(Cursor field) {
    return field.present() && !field.isNull() ? OptionalDouble.of(field.number())
        : OptionalDouble.empty();
  }
}
