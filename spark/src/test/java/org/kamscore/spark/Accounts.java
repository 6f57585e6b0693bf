package org.kamscore.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generates accounts from a seed: values spread over and beyond every scale, values that sit
 * exactly on breakpoints, thresholds and knock-out bounds, undeclared levels, and missing
 * values of every kind ({@code null}, and {@code NaN} in a double column), some under a reject
 * policy or a knock-out, so that a few percent of the rows are bad.
 */
final class Accounts {
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("revenue", DataTypes.DoubleType, true),
      DataTypes.createStructField("margin", DataTypes.DoubleType, true),
      DataTypes.createStructField("growth", DataTypes.IntegerType, true),
      DataTypes.createStructField("segment", DataTypes.StringType, true),
      DataTypes.createStructField("rating", DataTypes.LongType, true),
      DataTypes.createStructField("reference", DataTypes.BooleanType, true),
      DataTypes.createStructField("discount", DataTypes.DoubleType, true),
      DataTypes.createStructField("contractYears", DataTypes.IntegerType, true),
      DataTypes.createStructField("cooperation", DataTypes.StringType, true),
      DataTypes.createStructField("shareOfWallet", DataTypes.DoubleType, true)));

  private static final double[] REVENUE_EDGES = {250_000, 50_000, 5_000_000, 0.0, 1e12};
  private static final double[] DISCOUNT_EDGES = {0.1, 0.2, 0.3, 0.0};
  private static final String[] SEGMENTS = {"small", "mid", "key", "unknown"};
  private static final String[] COOPERATION = {"low", "medium", "high", "none"};

  private Accounts() {}

  static List<Account> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Account> accounts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      accounts.add(new Account(String.format("C-%06d", i),
          revenue(random), maybe(random, 0.01, random.nextDouble(-0.05, 0.5)),
          maybe(random, 0.03, random.nextInt(0, 7)),
          maybe(random, 0.02, SEGMENTS[random.nextInt(random.nextInt(20) == 0 ? 4 : 3)]),
          maybe(random, 0.02, (long) random.nextInt(1, 8)),
          maybe(random, 0.05, random.nextBoolean()),
          maybe(random, 0.01, random.nextInt(10) == 0
              ? DISCOUNT_EDGES[random.nextInt(DISCOUNT_EDGES.length)]
              : random.nextDouble(0.0, 0.4)),
          maybe(random, 0.02, random.nextInt(0, 11)),
          maybe(random, 0.01, COOPERATION[random.nextInt(random.nextInt(20) == 0 ? 4 : 3)]),
          maybe(random, 0.03, random.nextDouble(0.0, 0.8))));
    }
    return accounts;
  }

  private static Double revenue(SplittableRandom random) {
    int pick = random.nextInt(200);
    if (pick < 4) {
      return null;
    }
    if (pick == 4) {
      return Double.NaN;
    }
    if (pick < 15) {
      return REVENUE_EDGES[random.nextInt(REVENUE_EDGES.length)];
    }
    return Math.rint(Math.exp(random.nextDouble(Math.log(10_000), Math.log(20_000_000))));
  }

  private static <V> V maybe(SplittableRandom random, double missing, V value) {
    return random.nextDouble() < missing ? null : value;
  }

  static Dataset<Row> dataset(SparkSession spark, List<Account> accounts) {
    List<Row> rows = new ArrayList<>(accounts.size());
    for (Account a : accounts) {
      rows.add(RowFactory.create(a.id(), a.revenue(), a.margin(), a.growth(), a.segment(),
          a.rating(), a.reference(), a.discount(), a.contractYears(), a.cooperation(),
          a.shareOfWallet()));
    }
    // from an RDD of four partitions, not a local relation, which Spark's optimizer would
    // evaluate on the driver: the rows go through tasks, as a real job's do
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 4), SCHEMA);
  }
}
