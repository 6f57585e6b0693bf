package org.kamscore.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Small helpers for the columns that scoring adds and the counts read from them. */
final class Columns {
  private Columns() {}

  static List<String> prefixed(String prefix, List<String> names) {
    List<String> prefixed = new ArrayList<>();
    names.forEach(name -> prefixed.add(prefix + name));
    return List.copyOf(prefixed);
  }

  /** Counts the rows per values of the given string columns; rows with a null are left out. */
  static Map<List<String>, Long> counts(Dataset<Row> scored, String... names) {
    Objects.requireNonNull(scored, "scored");
    List<String> columns = Arrays.asList(scored.columns());
    Column[] grouping = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      Checks.requireArgument(columns.contains(names[i]),
          "columns of the scored dataset must include '%s' but were: %s", names[i], columns);
      grouping[i] = DatasetScoring.column(names[i]);
    }
    Dataset<Row> groups = scored;
    for (Column column : grouping) {
      groups = groups.filter(column.isNotNull());
    }
    Map<List<String>, Long> counts = new HashMap<>();
    for (Row row : groups.groupBy(grouping).count().collectAsList()) {
      List<String> key = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        key.add(row.getString(i));
      }
      counts.put(key, row.getLong(names.length));
    }
    return counts;
  }
}
