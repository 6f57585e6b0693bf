package org.kamscore.spark.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.Cell;
import org.kamscore.portfolio.AbcClass;
import org.kamscore.spark.SparkAbc;
import org.kamscore.spark.SparkConcentration;
import org.kamscore.spark.SparkMatrix;

/**
 * The CRM example on Spark: reads the CRM export as CSV, places every customer in the
 * key-account matrix of a policy document, writes the customers with their scores, tiers,
 * bands and cells as Parquet, and prints the counts per cell, the ABC classes and the
 * concentration of revenue.
 *
 * <pre>
 * mvn -B -q -pl spark -am test-compile exec:exec \
 *   -Dkamscore.spark.args="examples/src/main/resources/org/kamscore/examples/crm/crm-portfolio.csv target/crm-placed.parquet"
 * </pre>
 *
 * <p>Arguments: the CSV file, the Parquet directory to write (replaced if it exists), and
 * optionally a policy document in YAML (by default {@code crm-policy.yaml} beside this class).
 * Without a {@code spark.master} setting the job runs in local mode on every core; with
 * {@code spark-submit} it runs where it is sent.
 */
public final class CrmSparkJob {
  /** The columns of the CRM export, read with these types rather than guessed. */
  static final StructType CSV = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("name", DataTypes.StringType, true),
      DataTypes.createStructField("industry", DataTypes.StringType, true),
      DataTypes.createStructField("revenue", DataTypes.DoubleType, true),
      DataTypes.createStructField("contribution_margin", DataTypes.DoubleType, true),
      DataTypes.createStructField("growth_rating", DataTypes.IntegerType, true),
      DataTypes.createStructField("strategic_relevance", DataTypes.StringType, true),
      DataTypes.createStructField("market_share", DataTypes.DoubleType, true),
      DataTypes.createStructField("contract_years", DataTypes.IntegerType, true),
      DataTypes.createStructField("cooperation", DataTypes.StringType, true),
      DataTypes.createStructField("discount_demanded", DataTypes.DoubleType, true)));

  private CrmSparkJob() {}

  /**
   * Runs the job.
   *
   * @param args the CSV file, the Parquet directory, and optionally a policy document
   * @throws IOException if the policy document cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: CrmSparkJob <crm.csv> <out.parquet> [policy.yaml]");
      System.exit(2);
    }
    String policy = args.length == 3 ? Files.readString(Path.of(args[2])) : defaultPolicy();
    SparkSession.Builder builder = SparkSession.builder().appName("kamscore-crm");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]").config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, args[0], args[1], policy, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads, classifies, writes and reports.
   *
   * @param spark the session
   * @param csv the CRM export
   * @param parquet the directory to write, replaced if it exists
   * @param policy the policy document, a portfolio matrix in YAML
   * @param out where the report goes
   * @return the number of customers written
   */
  static long run(SparkSession spark, String csv, String parquet, String policy,
      PrintStream out) {
    // README:spark:begin
    Dataset<Row> customers = spark.read().option("header", "true").schema(CSV).csv(csv);
    SparkMatrix matrix = SparkMatrix.of(PolicyFormat.yaml(), policy).withKeyColumn("id");
    Dataset<Row> placed = matrix.classify(customers); // every row, with scores, bands, cell
    placed.write().mode(SaveMode.Overwrite).parquet(parquet);

    Dataset<Row> written = spark.read().parquet(parquet);
    Map<Cell, Long> perCell = matrix.cellCounts(written);
    SparkAbc abc = SparkAbc.of(customers, "revenue", "id");
    SparkConcentration concentration = SparkConcentration.of(customers, "revenue", "id");
    // README:spark:end

    long rows = written.count();
    out.printf(Locale.ROOT, "%d customers placed in %s%n", rows, parquet);
    out.printf(Locale.ROOT, "%d rows with an error%n", written.filter("error is not null").count());
    for (Map.Entry<Cell, Long> cell : perCell.entrySet()) {
      out.printf(Locale.ROOT, "  %-5s x %-5s %-12s %4d%n", cell.getKey().rowBand().label(),
          cell.getKey().columnBand().label(), cell.getKey().name(), cell.getValue());
    }
    for (AbcClass abcClass : AbcClass.values()) {
      out.printf(Locale.ROOT, "ABC %s: %d customers, %.1f %% of revenue%n", abcClass,
          abc.count(abcClass), 100 * abc.share(abcClass));
    }
    out.printf(Locale.ROOT, "revenue: top-1 %.1f %%, top-10 %.1f %%, HHI %.0f points, %s, "
            + "%d dependencies%n", 100 * concentration.topShare(),
        100 * concentration.topShare(10), concentration.hhiPoints(), concentration.level(),
        concentration.dependencies().size());
    return rows;
  }

  /**
   * Returns the policy document that the job uses by default.
   *
   * @return {@code crm-policy.yaml}, beside this class
   */
  static String defaultPolicy() {
    try (InputStream in = CrmSparkJob.class.getResourceAsStream("crm-policy.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the test class path must hold crm-policy.yaml");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
