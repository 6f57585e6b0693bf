package org.kamscore.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.kamscore.Attributes;
import org.kamscore.ScoringModel;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The policies built in this JVM, one per shipped document: an executor reads a document once,
 * however many tasks and partitions score with it, and checks that the models it built have
 * the fingerprints the driver read. The cache holds the last few documents, so that a
 * long-lived executor serving many policies does not keep them all.
 */
final class ExecutorPolicies {
  private static final int CAPACITY = 16;
  private static final Map<Key, RowPolicy> BUILT = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, RowPolicy> eldest) {
      return size() > CAPACITY;
    }
  };

  private ExecutorPolicies() {}

  /** What identifies a built policy: the same document read the same way. */
  private record Key(boolean matrix, String document, List<String> levelTypes, boolean keyed,
      int reasons) {}

  /**
   * Returns this JVM's policy for a shipped document, building it at the first call.
   *
   * @throws IllegalStateException if a model built here has another fingerprint than on the
   *     driver, as when executors run another version of kamscore
   */
  static RowPolicy of(ShippedPolicy shipped) {
    List<String> typeNames = new ArrayList<>();
    shipped.levelTypes().forEach(type -> typeNames.add(type.getName()));
    Key key = new Key(shipped.matrix, shipped.document, typeNames, shipped.keyed,
        shipped.reasons);
    synchronized (BUILT) {
      RowPolicy policy = BUILT.get(key);
      if (policy == null) {
        policy = build(shipped);
        BUILT.put(key, policy);
      }
      return policy;
    }
  }

  /** How many policies this JVM holds, for tests. */
  static int size() {
    synchronized (BUILT) {
      return BUILT.size();
    }
  }

  private static RowPolicy build(ShippedPolicy shipped) {
    Map<String, Function<Row, Object>> readers = new LinkedHashMap<>();
    for (int i = 0; i < shipped.attributes().size(); i++) {
      readers.put(shipped.attributes().get(i), new Field(i));
    }
    Attributes<Row> attributes = Attributes.of(Row.class, readers);
    PolicyFormat format = PolicyFormat.json()
        .withLevelTypes(shipped.levelTypes().toArray(new Class<?>[0]));
    Field key = shipped.keyed ? new Field(shipped.attributes().size()) : null;
    if (shipped.matrix) {
      PortfolioMatrix<Row> matrix = format.readMatrix(shipped.document, attributes);
      ScoringModel<Row> rows = withKey(matrix.rows().model(), key);
      ScoringModel<Row> columns = withKey(matrix.columns().model(), key);
      requireFingerprint(rows, shipped.fingerprints().get(0));
      requireFingerprint(columns, shipped.fingerprints().get(1));
      if (key != null) {
        matrix = matrix.toBuilder().rows(rows, matrix.rows().bands())
            .columns(columns, matrix.columns().bands()).build();
      }
      return new MatrixRows(matrix, shipped.reasons);
    }
    ScoringModel<Row> model = withKey(format.readModel(shipped.document, attributes), key);
    requireFingerprint(model, shipped.fingerprints().get(0));
    return new ModelRows(model, shipped.reasons);
  }

  private static ScoringModel<Row> withKey(ScoringModel<Row> model, Field key) {
    return key == null ? model : model.toBuilder().customerId(key).build();
  }

  private static void requireFingerprint(ScoringModel<Row> model, String expected) {
    if (!model.fingerprint().equals(expected)) {
      throw new IllegalStateException(Checks.format(
          "fingerprint of model '%s' %s built on this executor must be the driver's %s but "
              + "was: %s (do driver and executors run the same kamscore?)",
          model.id(), model.version(), expected, model.fingerprint()));
    }
  }

  /** Reads a field of the UDF's struct by its index. */
  private static final class Field implements Function<Row, Object> {
    private final int index;

    Field(int index) {
      this.index = index;
    }

    @Override
    public Object apply(Row row) {
      return row.get(index);
    }
  }
}
