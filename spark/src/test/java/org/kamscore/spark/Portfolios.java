package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.AbcClass;
import org.kamscore.portfolio.AbcEntry;
import org.kamscore.portfolio.Concentration;
import org.kamscore.portfolio.CustomerShare;

/**
 * Portfolios of (key, measure) for the analytics tests, in Spark and in one JVM, and the
 * assertions that the Spark analytics equal kamscore core's, bit for bit.
 */
final class Portfolios {
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("revenue", DataTypes.DoubleType, true)));

  private Portfolios() {}

  /** The customers as rows of three partitions, so that every pass crosses partitions. */
  static Dataset<Row> dataset(SparkSession spark, List<Map.Entry<String, Double>> customers) {
    List<Row> rows = new ArrayList<>();
    customers.forEach(c -> rows.add(RowFactory.create(c.getKey(), c.getValue())));
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 3), SCHEMA);
  }

  /** Customers C-0, C-1, ... with these measures. */
  static List<Map.Entry<String, Double>> of(double... measures) {
    List<Map.Entry<String, Double>> customers = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      customers.add(Map.entry("C-" + i, measures[i]));
    }
    return customers;
  }

  static AbcAnalysis<Map.Entry<String, Double>> abc(List<Map.Entry<String, Double>> customers) {
    return AbcAnalysis.of(customers, Map.Entry::getValue, Map.Entry::getKey);
  }

  static Concentration<Map.Entry<String, Double>> concentration(
      List<Map.Entry<String, Double>> customers) {
    return Concentration.of(customers, Map.Entry::getValue, Map.Entry::getKey);
  }

  static void assertSame(SparkAbc actual, AbcAnalysis<?> expected) {
    List<Row> entries = actual.entries().collectAsList();
    assertThat(entries).hasSameSizeAs(expected.entries());
    assertThat(actual.size()).isEqualTo(expected.entries().size());
    for (int i = 0; i < entries.size(); i++) {
      Row row = entries.get(i);
      AbcEntry<?> entry = expected.entries().get(i);
      assertThat(row.getLong(0)).isEqualTo(entry.position());
      assertThat(row.getString(1)).isEqualTo(entry.key());
      assertBits(row.getDouble(2), entry.measure());
      assertBits(row.getDouble(3), entry.share());
      assertBits(row.getDouble(4), entry.cumulativeShare());
      assertThat(row.getString(5)).as(entry.key()).isEqualTo(entry.abcClass().name());
    }
    for (AbcClass abcClass : AbcClass.values()) {
      assertThat(actual.count(abcClass)).isEqualTo(expected.count(abcClass));
      assertBits(actual.measure(abcClass), expected.measure(abcClass));
      assertBits(actual.share(abcClass), expected.share(abcClass));
    }
    assertBits(actual.total(), expected.total());
  }

  static void assertSame(SparkConcentration actual, Concentration<?> expected) {
    assertThat(actual.size()).isEqualTo(expected.shares().size());
    assertBits(actual.hhi(), expected.hhi());
    assertBits(actual.hhiPoints(), expected.hhiPoints());
    assertThat(actual.level()).isEqualTo(expected.level());
    int size = expected.shares().size();
    for (int n : new int[] {1, 3, size / 2 + 1, size + 5}) {
      assertBits(actual.topShare(n), expected.topShare(n));
    }
    assertThat(actual.dependencies()).hasSameSizeAs(expected.dependencies());
    for (int i = 0; i < actual.dependencies().size(); i++) {
      KeyShare share = actual.dependencies().get(i);
      CustomerShare<?> oracle = expected.dependencies().get(i);
      assertThat(share.position()).isEqualTo(oracle.position());
      assertThat(share.key()).isEqualTo(oracle.key());
      assertBits(share.measure(), oracle.measure());
      assertBits(share.share(), oracle.share());
    }
  }

  static void assertBits(double actual, double expected) {
    assertThat(Double.doubleToRawLongBits(actual))
        .as("%s bit for bit", expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }
}
