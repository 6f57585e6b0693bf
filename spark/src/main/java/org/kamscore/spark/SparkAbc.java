package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.AbcClass;

/**
 * ABC (Pareto) classes of a portfolio held in a Spark {@code Dataset<Row>}, computed with Spark
 * and equal to {@link AbcAnalysis} in one JVM: the same order, the same classes decided on the
 * same exact boundaries, and the same reported shares, bit for bit.
 *
 * <pre>{@code
 * SparkAbc abc = SparkAbc.of(customers, "revenue", "id");
 * abc.count(AbcClass.A);                       // how many customers carry the first 80 %
 * abc.entries().filter("abc_class = 'A'").write().parquet("a-customers");
 * }</pre>
 *
 * <p><b>Rules.</b> Those of {@link AbcAnalysis}: customers in the order of measure descending,
 * equal measures by key ascending as {@link String#compareTo} orders them (by UTF-16 code
 * units, which Spark's own string order, by UTF-8 bytes, is not: the sort uses the keys'
 * UTF-16 bytes); class A while the exact measure ahead of a customer is below {@code a ×} the
 * exact total, B while below {@code b ×} the total, C after, and C for all when the total is
 * 0; each cut-off read as the decimal of 15 significant digits nearest to it.
 *
 * <p><b>How.</b> Spark sorts the customers into ranges, one per partition; a first job sums
 * each partition's measures exactly (as {@link java.math.BigDecimal}, never rounded), the
 * driver adds the few partition sums up into the exact measure ahead of each partition, and
 * later jobs walk each partition from there. Keys must be unique (one more job checks it) and
 * not null, measures finite and not negative; the measure column may be of any numeric type
 * and is read as Spark casts it to double. Building an analysis runs a few jobs; the result
 * is immutable.
 *
 * @since 0.1.0
 */
public final class SparkAbc {
  private static final double DEFAULT_A = 0.80;
  private static final double DEFAULT_B = 0.95;
  private static final StructType ENTRY = DataTypes.createStructType(List.of(
      DataTypes.createStructField("position", DataTypes.LongType, false),
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("measure", DataTypes.DoubleType, false),
      DataTypes.createStructField("share", DataTypes.DoubleType, false),
      DataTypes.createStructField("cumulative_share", DataTypes.DoubleType, false),
      DataTypes.createStructField("abc_class", DataTypes.StringType, false)));

  private final double cutoffA;
  private final double cutoffB;
  private final long size;
  private final double total;
  private final long[] counts;
  private final double[] measures;
  private final double[] shares;
  private final Dataset<Row> entries;

  private SparkAbc(Dataset<Row> customers, String measureColumn, String keyColumn,
      double cutoffA, double cutoffB) {
    this.cutoffA = cutoffA;
    this.cutoffB = cutoffB;
    Dataset<Row> keyed = Measures.select(customers, measureColumn, keyColumn);
    JavaRDD<Row> ordered = keyed
        .orderBy(functions.col(Measures.MEASURE).desc(),
            functions.encode(functions.col(Measures.KEY), "UTF-16BE").asc())
        .javaRDD();
    List<Totals> partitions = ordered.mapPartitionsWithIndex(new Totals.Pass(false), true)
        .collect();
    Totals all = Totals.combine(partitions);
    Measures.check(keyed, all);
    AbcPasses.Rule rule = new AbcPasses.Rule(all.sum, cutoffA, cutoffB, partitions);
    AbcPasses.ClassTotals classes = AbcPasses.ClassTotals.combine(
        ordered.mapPartitionsWithIndex(new AbcPasses.Summary(rule), true).collect());
    this.size = all.count;
    this.total = Exactly.nearest(all.sum);
    this.counts = classes.counts;
    this.measures = new double[counts.length];
    this.shares = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      measures[c] = Exactly.nearest(classes.sums[c]);
      shares[c] = Exactly.ratio(classes.sums[c], all.sum);
    }
    this.entries = customers.sparkSession().createDataFrame(
        ordered.mapPartitionsWithIndex(new AbcPasses.Entries(rule), true), ENTRY);
  }

  /**
   * Classes a portfolio with the default cut-offs: A up to 80 %, B up to 95 %, C the rest.
   *
   * @param customers the customers, one per row
   * @param measureColumn the column of the measure, such as revenue: numeric, finite and not
   *     negative
   * @param keyColumn the column of the key, such as the CRM id: string, unique, not null
   * @return the analysis
   * @throws IllegalArgumentException if a column is missing or of the wrong type, a key is
   *     null or repeats, a measure is negative, {@code NaN}, infinite or null, or the total
   *     overflows to infinity; the message names the customer's key and value
   */
  public static SparkAbc of(Dataset<Row> customers, String measureColumn, String keyColumn) {
    return new SparkAbc(customers, measureColumn, keyColumn, DEFAULT_A, DEFAULT_B);
  }

  /**
   * Classes a portfolio with other cut-offs, each read as the decimal number of 15
   * significant digits nearest to it.
   *
   * @param customers the customers, one per row
   * @param measureColumn the column of the measure: numeric, finite and not negative
   * @param keyColumn the column of the key: string, unique, not null
   * @param cutoffA the cumulative share that ends A, such as 0.7
   * @param cutoffB the cumulative share that ends B, such as 0.9
   * @return the analysis
   * @throws IllegalArgumentException unless {@code 0 < cutoffA < cutoffB <= 1}, or for the
   *     reasons of {@link #of(Dataset, String, String)}
   */
  public static SparkAbc of(Dataset<Row> customers, String measureColumn, String keyColumn,
      double cutoffA, double cutoffB) {
    Checks.requireArgument(cutoffA > 0.0 && cutoffA < cutoffB && cutoffB <= 1.0,
        "ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = %s, b = %s", cutoffA, cutoffB);
    return new SparkAbc(customers, measureColumn, keyColumn, cutoffA, cutoffB);
  }

  /**
   * Returns the cumulative share that ends class A.
   *
   * @return the A cut-off
   */
  public double cutoffA() {
    return cutoffA;
  }

  /**
   * Returns the cumulative share that ends class B.
   *
   * @return the B cut-off
   */
  public double cutoffB() {
    return cutoffB;
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of rows analysed
   */
  public long size() {
    return size;
  }

  /**
   * Returns the number of customers in a class.
   *
   * @param abcClass the class
   * @return the number of its customers
   */
  public long count(AbcClass abcClass) {
    return counts[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the measure a class carries.
   *
   * @param abcClass the class
   * @return the exact sum of its customers' measures, rounded to the nearest double
   */
  public double measure(AbcClass abcClass) {
    return measures[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the share of the total a class carries.
   *
   * @param abcClass the class
   * @return the exact quotient of its measure by the total, rounded to the nearest double; 0
   *     if the total is 0
   */
  public double share(AbcClass abcClass) {
    return shares[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the total measure.
   *
   * @return the exact sum of all measures, rounded to the nearest double; 0 for no customers
   */
  public double total() {
    return total;
  }

  /**
   * Returns every customer's entry, as {@link org.kamscore.portfolio.AbcEntry} has it, with
   * the columns {@code position} (long, from 1 in the analysis order), {@code key},
   * {@code measure}, {@code share}, {@code cumulative_share} (the exact shares rounded to the
   * nearest double) and {@code abc_class} ({@code "A"}, {@code "B"} or {@code "C"}). The
   * dataset is computed when an action asks for it, in the analysis order.
   *
   * @return the entries, one per customer
   */
  public Dataset<Row> entries() {
    return entries;
  }

  /**
   * Returns a summary such as
   * {@code SparkAbc[100000 customers, cut-offs 0.8/0.95, A 20412, B 31830, C 47758]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("SparkAbc[%d customers, cut-offs %s/%s, A %d, B %d, C %d]", size,
        cutoffA, cutoffB, counts[0], counts[1], counts[2]);
  }
}
