package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.kamscore.Attributes;
import org.kamscore.json.PolicyDocumentException;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Places every row of a Spark {@code Dataset<Row>} in a portfolio matrix from a policy
 * document: both axes' evaluations, the row band, the column band and the cell, equal to
 * {@link PortfolioMatrix#classify(Object)} in one JVM, scores bit for bit.
 *
 * <pre>{@code
 * SparkMatrix matrix = SparkMatrix.of(PolicyFormat.yaml(), Files.readString(policy))
 *     .withKeyColumn("id");
 * Dataset<Row> placed = matrix.classify(customers);
 * placed.filter("cell = 'key account'").write().parquet("key-accounts");
 * Map<Cell, Long> perCell = matrix.cellCounts(placed);
 * }</pre>
 *
 * <p><b>Columns.</b> Columns are bound to attributes as {@link SparkScoring} binds them. The
 * added columns are the evaluation columns of {@link SparkScoring} for the row model, prefixed
 * {@code row_} ({@code row_score}, {@code row_tier}, {@code row_score_tier},
 * {@code row_failed_knock_outs}, {@code row_reasons}, {@code row_fingerprint}), the same for
 * the column model, prefixed {@code column_}, then {@code row_band} and {@code column_band}
 * (the labels of the bands, after knock-out caps), {@code cell} and {@code treatment} (the
 * cell's name and treatment, or {@code null} for none) and {@code error}: {@code null}, or the
 * message of the {@link org.kamscore.ScoringException} that stopped the row, whose other
 * columns are then {@code null} but the fingerprints. No row is dropped or added.
 *
 * <p>Executors build the matrix once per JVM from the document and check both models'
 * fingerprints against the driver's, as {@link SparkScoring} does. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class SparkMatrix {
  private final PortfolioMatrix<?> matrix;
  private final Settings settings;

  private SparkMatrix(PortfolioMatrix<?> matrix, Settings settings) {
    this.matrix = matrix;
    this.settings = settings;
  }

  /**
   * Reads a portfolio matrix from a policy document of {@code kind: portfolio-matrix}.
   *
   * @param format the document's format, with the enums its ordinal scales may name
   * @param document the document's text
   * @return the classification, with no key column, 3 reasons and no column prefix
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   */
  public static SparkMatrix of(PolicyFormat format, String document) {
    requireNonNull(format, "format");
    requireNonNull(document, "document");
    return of(format.readMatrix(document, Attributes.ofMaps()));
  }

  /**
   * Classifies with a matrix built in Java whose models read attributes by name: it is
   * shipped to the executors as its policy document.
   *
   * @param matrix the matrix, both models bound to attributes by name
   * @return the classification, with no key column, 3 reasons and no column prefix
   * @throws IllegalArgumentException if a criterion or knock-out of either model reads a
   *     function or a predicate instead of an attribute
   */
  public static SparkMatrix of(PortfolioMatrix<?> matrix) {
    requireNonNull(matrix, "matrix");
    return new SparkMatrix(matrix, Settings.of(ShippedPolicy.of(matrix)));
  }

  /**
   * Names customers in error messages by a column, such as the CRM id.
   *
   * @param column the key column's exact name
   * @return a new classification
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public SparkMatrix withKeyColumn(String column) {
    return new SparkMatrix(matrix, settings.keyColumn(column));
  }

  /**
   * Sets how many reasons each axis reports per row.
   *
   * @param count the most reasons per axis and row, 0 for none
   * @return a new classification
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public SparkMatrix withReasons(int count) {
    return new SparkMatrix(matrix, settings.reasons(count));
  }

  /**
   * Puts a prefix before the names of the added columns.
   *
   * @param prefix the prefix, possibly empty
   * @return a new classification
   */
  public SparkMatrix withColumnPrefix(String prefix) {
    return new SparkMatrix(matrix, settings.prefix(prefix));
  }

  /**
   * Returns the fingerprints of the row and the column model, which every row carries.
   *
   * @return the two fingerprints, rows first
   */
  public List<String> fingerprints() {
    return settings.shipped.fingerprints();
  }

  /**
   * Returns the names of the columns that {@link #classify(Dataset)} adds, prefix included.
   *
   * @return an unmodifiable list of the names, in the order they are added
   */
  public List<String> columns() {
    return settings.columns();
  }

  /**
   * Adds the matrix's columns to every row. Nothing runs until an action asks for the rows.
   *
   * @param customers the customers, one per row, with a column per attribute either model reads
   * @return the customers with the added columns, row for row
   * @throws IllegalArgumentException if an attribute or the key column is not a column of the
   *     dataset, or an added column's name is one already
   */
  public Dataset<Row> classify(Dataset<Row> customers) {
    return settings.score(customers);
  }

  /**
   * Counts the classified rows per cell, with one Spark job.
   *
   * @param classified rows that {@link #classify(Dataset)} returned, possibly filtered
   * @return per cell, in the order of {@link PortfolioMatrix#cells()}, the number of rows in
   *     it, 0 included; rows with an error are in none
   * @throws IllegalArgumentException if the dataset has no band columns of this classification
   */
  public Map<Cell, Long> cellCounts(Dataset<Row> classified) {
    Map<List<String>, Long> found = Columns.counts(classified,
        settings.prefix + "row_band", settings.prefix + "column_band");
    Map<Cell, Long> counts = new LinkedHashMap<>();
    for (Cell cell : matrix.cells()) {
      List<String> key = List.of(cell.rowBand().label(), cell.columnBand().label());
      counts.put(cell, found.getOrDefault(key, 0L));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns a summary such as
   * {@code SparkMatrix[key-accounts 2026.1, 9 attributes, key id, 3 reasons, prefix ""]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("SparkMatrix[%s %s, %s]", matrix.id(), matrix.version(),
        settings.describe());
  }
}
