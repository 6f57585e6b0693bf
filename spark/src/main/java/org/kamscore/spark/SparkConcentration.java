package org.kamscore.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.kamscore.portfolio.Concentration;
import org.kamscore.portfolio.ConcentrationLevel;

/**
 * How concentrated a portfolio held in a Spark {@code Dataset<Row>} is, computed with Spark and
 * equal to {@link Concentration} in one JVM: the top-N shares, the Herfindahl–Hirschman index,
 * the dependencies and the verdict, decided on the same exact boundaries.
 *
 * <pre>{@code
 * SparkConcentration c = SparkConcentration.of(customers, "revenue", "id");
 * c.topShare(10);        // the ten largest customers' share
 * c.hhi();               // 0.0123
 * c.dependencies();      // customers with a share above 10 %
 * c.level();             // ConcentrationLevel.DIVERSIFIED
 * }</pre>
 *
 * <p><b>Rules.</b> Those of {@link Concentration}: a dependency's exact measure is above
 * {@code t ×} the exact total; the verdict compares the exact sum of squared measures with
 * {@code l ×} and {@code u ×} the squared total; each threshold and limit is read as the
 * decimal of 15 significant digits nearest to it; reported values are the exact values
 * rounded to the nearest double.
 *
 * <p><b>How.</b> One job sums each partition's measures and their squares exactly (as
 * {@link java.math.BigDecimal}) and the driver adds the partition sums up; one job checks that
 * keys are unique; one filters the dependencies with an exact comparison, and each call of
 * {@link #topShare(int)} runs one that takes the N largest measures. Keys and measures are
 * checked as {@link SparkAbc} checks them, and the total must be positive. Per-customer shares
 * are the {@code share} column of {@link SparkAbc#entries()}. The result is immutable.
 *
 * @since 0.1.0
 */
public final class SparkConcentration {
  private static final double DEFAULT_DEPENDENCY = 0.10;
  private static final double DEFAULT_MODERATE = 0.10;
  private static final double DEFAULT_CONCENTRATED = 0.25;

  private final Dataset<Row> measures;
  private final Totals totals;
  private final double dependencyThreshold;
  private final double moderateFrom;
  private final double concentratedAbove;
  private final List<KeyShare> dependencies;

  private SparkConcentration(Dataset<Row> measures, Totals totals, double dependencyThreshold,
      double moderateFrom, double concentratedAbove, List<KeyShare> dependencies) {
    this.measures = measures;
    this.totals = totals;
    this.dependencyThreshold = dependencyThreshold;
    this.moderateFrom = moderateFrom;
    this.concentratedAbove = concentratedAbove;
    this.dependencies = dependencies;
  }

  /**
   * Measures the concentration of a portfolio with the default dependency threshold (0.10)
   * and verdict bands (0.10 and 0.25).
   *
   * @param customers the customers, one per row
   * @param measureColumn the column of the measure, such as revenue: numeric, finite and not
   *     negative
   * @param keyColumn the column of the key, such as the CRM id: string, unique, not null
   * @return the concentration
   * @throws IllegalArgumentException if a column is missing or of the wrong type, a key is
   *     null or repeats, a measure is negative, {@code NaN}, infinite or null, or the total is
   *     0 or overflows to infinity
   */
  public static SparkConcentration of(Dataset<Row> customers, String measureColumn,
      String keyColumn) {
    Dataset<Row> measures = Measures.select(customers, measureColumn, keyColumn);
    Totals totals = Totals.combine(
        measures.javaRDD().mapPartitionsWithIndex(new Totals.Pass(true), true).collect());
    Measures.check(measures, totals);
    Checks.requireArgument(totals.sum.signum() > 0,
        "total measure of %d customers must be positive for a concentration but was: %s",
        totals.count, Exactly.nearest(totals.sum));
    return new SparkConcentration(measures, totals, DEFAULT_DEPENDENCY, DEFAULT_MODERATE,
        DEFAULT_CONCENTRATED, dependencies(measures, totals.sum, DEFAULT_DEPENDENCY));
  }

  /**
   * Returns this concentration with another dependency threshold, running one job to find
   * the dependencies. This one is unchanged.
   *
   * @param threshold the share a dependency must exceed, in {@code (0, 1)}; read as the
   *     decimal number of 15 significant digits nearest to it
   * @return the concentration with the new threshold
   * @throws IllegalArgumentException if {@code threshold} is not in {@code (0, 1)}
   */
  public SparkConcentration withDependencyThreshold(double threshold) {
    Checks.requireArgument(threshold > 0.0 && threshold < 1.0,
        "dependency threshold must be in (0, 1) but was: %s", threshold);
    return new SparkConcentration(measures, totals, threshold, moderateFrom, concentratedAbove,
        dependencies(measures, totals.sum, threshold));
  }

  /**
   * Returns this concentration with other verdict bands. This one is unchanged.
   *
   * @param moderateFrom the least HHI that is moderate, such as 0.15
   * @param concentratedAbove the greatest HHI that is still moderate, such as 0.25
   * @return the concentration with the new bands
   * @throws IllegalArgumentException unless {@code 0 < moderateFrom < concentratedAbove < 1}
   */
  public SparkConcentration withLevels(double moderateFrom, double concentratedAbove) {
    Checks.requireArgument(
        moderateFrom > 0.0 && moderateFrom < concentratedAbove && concentratedAbove < 1.0,
        "concentration levels must satisfy 0 < moderateFrom < concentratedAbove < 1 "
            + "but were: moderateFrom = %s, concentratedAbove = %s",
        moderateFrom, concentratedAbove);
    return new SparkConcentration(measures, totals, dependencyThreshold, moderateFrom,
        concentratedAbove, dependencies);
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of rows measured
   */
  public long size() {
    return totals.count;
  }

  /**
   * Returns the total measure.
   *
   * @return the exact sum of all measures, rounded to the nearest double
   */
  public double total() {
    return Exactly.nearest(totals.sum);
  }

  /**
   * Returns the share of the largest customer, running one job.
   *
   * @return the top-1 share, in {@code (0, 1]}
   */
  public double topShare() {
    return topShare(1);
  }

  /**
   * Returns the share of the {@code n} largest customers together, running one job.
   *
   * @param n how many customers, at least 1; more than the portfolio holds means all
   * @return the exact quotient of the sum of their measures by the total, rounded to the
   *     nearest double
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public double topShare(int n) {
    Checks.requireArgument(n >= 1, "n of a top-n share must be at least 1 but was: %d", n);
    if (n >= totals.count) {
      return Exactly.ratio(totals.sum, totals.sum);
    }
    Dataset<Row> largest = measures.orderBy(functions.col(Measures.MEASURE).desc()).limit(n);
    Totals top = Totals.combine(
        largest.javaRDD().mapPartitionsWithIndex(new Totals.Pass(false), true).collect());
    return Exactly.ratio(top.sum, totals.sum);
  }

  /**
   * Returns the Herfindahl–Hirschman index on the 0..1 scale: the sum of the squared shares.
   *
   * @return the exact index rounded to the nearest double
   */
  public double hhi() {
    return Exactly.ratio(totals.squares, totals.sum.multiply(totals.sum));
  }

  /**
   * Returns the Herfindahl–Hirschman index on the 0..10,000 scale.
   *
   * @return {@link #hhi()} times 10,000
   */
  public double hhiPoints() {
    return hhi() * 10_000.0;
  }

  /**
   * Returns the customers whose exact share is strictly above the dependency threshold.
   *
   * @return an unmodifiable list of their shares, largest first; empty if there are none
   */
  public List<KeyShare> dependencies() {
    return dependencies;
  }

  /**
   * Returns the share a customer must exceed to be a dependency.
   *
   * @return the threshold, 0.10 unless set by {@link #withDependencyThreshold(double)}
   */
  public double dependencyThreshold() {
    return dependencyThreshold;
  }

  /**
   * Returns the least HHI that is {@link ConcentrationLevel#MODERATE}.
   *
   * @return the lower limit, 0.10 unless set by {@link #withLevels(double, double)}
   */
  public double moderateFrom() {
    return moderateFrom;
  }

  /**
   * Returns the greatest HHI that is still {@link ConcentrationLevel#MODERATE}.
   *
   * @return the upper limit, 0.25 unless set by {@link #withLevels(double, double)}
   */
  public double concentratedAbove() {
    return concentratedAbove;
  }

  /**
   * Returns the verdict on the exact HHI.
   *
   * @return {@code DIVERSIFIED} below the lower limit, {@code CONCENTRATED} above the upper
   *     one, {@code MODERATE} from one to the other, both included
   */
  public ConcentrationLevel level() {
    BigDecimal squaredTotal = totals.sum.multiply(totals.sum);
    return totals.squares.compareTo(Exactly.limit(moderateFrom).multiply(squaredTotal)) < 0
        ? ConcentrationLevel.DIVERSIFIED
        : totals.squares.compareTo(Exactly.limit(concentratedAbove).multiply(squaredTotal)) > 0
            ? ConcentrationLevel.CONCENTRATED
            : ConcentrationLevel.MODERATE;
  }

  private static List<KeyShare> dependencies(Dataset<Row> measures, BigDecimal total,
      double threshold) {
    List<Row> above = measures.filter(new Above(Exactly.limit(threshold).multiply(total)))
        .collectAsList();
    List<Row> ordered = new ArrayList<>(above);
    ordered.sort(Comparator.<Row>comparingDouble(row -> row.getDouble(1)).reversed()
        .thenComparing(row -> row.getString(0)));
    List<KeyShare> shares = new ArrayList<>();
    for (Row row : ordered) {
      double measure = row.getDouble(1);
      shares.add(new KeyShare(shares.size() + 1, row.getString(0), measure,
          Exactly.ratio(Exactly.of(measure), total)));
    }
    return List.copyOf(shares);
  }

  /**
   * Returns a summary such as
   * {@code SparkConcentration[100000 customers, HHI 1.2E-4, DIVERSIFIED, 0 dependencies]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("SparkConcentration[%d customers, HHI %s, %s, %d dependencies]",
        totals.count, hhi(), level(), dependencies.size());
  }

  /** Keeps the customers whose exact measure is above a bound. */
  private static final class Above implements FilterFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final BigDecimal bound;

    Above(BigDecimal bound) {
      this.bound = bound;
    }

    @Override
    public boolean call(Row row) {
      return Exactly.of(row.getDouble(1)).compareTo(bound) > 0;
    }
  }
}
