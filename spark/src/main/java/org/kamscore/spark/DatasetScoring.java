package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Adds a shipped policy's columns to a dataset: binds the policy's attributes to columns by
 * name, once, on the driver, and calls the scoring UDF on a struct of those columns. Rows are
 * neither added nor dropped. The fingerprints are constants: an executor whose model has
 * another fingerprint fails its task before it scores a row.
 */
final class DatasetScoring {
  private DatasetScoring() {}

  static Dataset<Row> score(Dataset<Row> customers, ShippedPolicy shipped, String prefix,
      String keyColumn) {
    requireNonNull(customers, "customers");
    List<String> columns = Arrays.asList(customers.columns());
    List<Column> inputs = new ArrayList<>();
    for (String attribute : shipped.attributes()) {
      Checks.requireArgument(columns.contains(attribute),
          "columns of the dataset must include attribute '%s', which the policy reads, "
              + "but were: %s", attribute, columns);
      inputs.add(column(attribute).as("_" + inputs.size()));
    }
    if (keyColumn != null) {
      Checks.requireArgument(columns.contains(keyColumn),
          "key column must be a column of the dataset but was: '%s' (columns: %s)", keyColumn,
          columns);
      inputs.add(column(keyColumn).as("_" + inputs.size()));
    }
    List<String> outputs = Outputs.names(shipped.matrix);
    for (String output : outputs) {
      Checks.requireArgument(!columns.contains(prefix + output),
          "output column '%s' must not be a column of the dataset already (set another "
              + "prefix with withColumnPrefix) but was: %s", prefix + output, columns);
    }
    String result = prefix + "kamscore";
    while (columns.contains(result)) {
      result = "_" + result;
    }
    UserDefinedFunction udf = functions.udf(
        new PolicyUdf(shipped.keyed(keyColumn != null)), Outputs.type(shipped.matrix))
        .withName("kamscore");
    Dataset<Row> withResult = customers.withColumn(
        result, udf.apply(functions.struct(inputs.toArray(new Column[0]))));
    List<Column> selected = new ArrayList<>();
    selected.add(functions.col("*"));
    for (String output : outputs) {
      int fingerprint = Outputs.fingerprintOf(output);
      selected.add((fingerprint < 0 ? column(result).getField(output)
          : functions.lit(shipped.fingerprints().get(fingerprint))).as(prefix + output));
    }
    return withResult.select(selected.toArray(new Column[0])).drop(result);
  }

  /** A top-level column by its exact name, dots and back-ticks included. */
  static Column column(String name) {
    return functions.col("`" + name.replace("`", "``") + "`");
  }
}
