package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link SparkScoring} and {@link SparkMatrix} share: the shipped policy, the key column
 * that names customers in messages, and the prefix of the added columns. Immutable.
 */
final class Settings {
  private static final int DEFAULT_REASONS = 3;

  final ShippedPolicy shipped;
  final String keyColumn;
  final String prefix;

  private Settings(ShippedPolicy shipped, String keyColumn, String prefix) {
    this.shipped = shipped;
    this.keyColumn = keyColumn;
    this.prefix = prefix;
  }

  static Settings of(ShippedPolicy shipped) {
    return new Settings(shipped.reasons(DEFAULT_REASONS), null, "");
  }

  Settings keyColumn(String column) {
    return new Settings(shipped, Checks.requireName(column, "key column"), prefix);
  }

  Settings reasons(int count) {
    Checks.requireArgument(count >= 0, "count of reasons must not be negative but was: %d",
        count);
    return new Settings(shipped.reasons(count), keyColumn, prefix);
  }

  Settings prefix(String prefix) {
    return new Settings(shipped, keyColumn, requireNonNull(prefix, "prefix"));
  }

  List<String> columns() {
    return Columns.prefixed(prefix, Outputs.names(shipped.matrix));
  }

  Dataset<Row> score(Dataset<Row> customers) {
    return DatasetScoring.score(customers, shipped, prefix, keyColumn);
  }

  /** The settings as the end of a summary: attributes, key, reasons and prefix. */
  String describe() {
    return Checks.format("%d attributes, key %s, %d reasons, prefix \"%s\"",
        shipped.attributes().size(), keyColumn, shipped.reasons, prefix);
  }
}
