package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;

/**
 * The input of the portfolio analytics: a key and a measure per customer, checked as
 * {@link org.kamscore.portfolio.AbcAnalysis} and {@link org.kamscore.portfolio.Concentration}
 * check theirs. Keys must be unique and not null; measures finite and not negative.
 */
final class Measures {
  static final String KEY = "key";
  static final String MEASURE = "measure";

  private Measures() {}

  /**
   * Selects the key and the measure, as a double, from the customers.
   *
   * @throws IllegalArgumentException if a column is missing or of the wrong type
   */
  static Dataset<Row> select(Dataset<Row> customers, String measureColumn, String keyColumn) {
    requireNonNull(customers, "customers");
    Checks.requireName(measureColumn, "measure column");
    Checks.requireName(keyColumn, "key column");
    List<String> columns = Arrays.asList(customers.columns());
    Checks.requireArgument(columns.contains(measureColumn),
        "measure column must be a column of the dataset but was: '%s' (columns: %s)",
        measureColumn, columns);
    Checks.requireArgument(columns.contains(keyColumn),
        "key column must be a column of the dataset but was: '%s' (columns: %s)", keyColumn,
        columns);
    DataType measureType = customers.schema().apply(measureColumn).dataType();
    Checks.requireArgument(measureType instanceof NumericType,
        "measure column '%s' must be of a numeric type but was: %s", measureColumn,
        measureType.simpleString());
    DataType keyType = customers.schema().apply(keyColumn).dataType();
    Checks.requireArgument(keyType.equals(DataTypes.StringType),
        "key column '%s' must be of type string but was: %s", keyColumn, keyType.simpleString());
    return customers.select(DatasetScoring.column(keyColumn).as(KEY),
        DatasetScoring.column(measureColumn).cast(DataTypes.DoubleType).as(MEASURE));
  }

  /**
   * Checks what the totals of a pass over all customers found: no null key, no bad measure,
   * a finite total; then, with one more job, that no key repeats.
   */
  static void check(Dataset<Row> measures, Totals totals) {
    Checks.requireArgument(totals.nullKeys == 0,
        "key of every customer must not be null but was null in %d rows", totals.nullKeys);
    Checks.requireArgument(totals.badKey == null,
        "measure of customer '%s' must be finite and not negative but was: %s", totals.badKey,
        totals.badValue);
    double total = Exactly.nearest(totals.sum);
    Checks.requireArgument(Double.isFinite(total),
        "total measure of %d customers must be finite but was: %s", totals.count, total);
    List<Row> repeated = measures.groupBy(KEY).count()
        .filter(functions.col("count").gt(1))
        .orderBy(functions.encode(functions.col(KEY), "UTF-16BE"))
        .limit(1).collectAsList();
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException(Checks.format(
          "key of every customer must be unique but was: '%s' (in %d rows)",
          repeated.get(0).getString(0), repeated.get(0).getLong(1)));
    }
  }
}
