package org.kamscore.spark.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.kamscore.json.PolicyFormat;
import org.kamscore.spark.SparkScoring;

/**
 * Rows per second of {@link SparkScoring}, with its three reasons per row and without
 * reasons, against a hand-written Spark UDF of the same scorecard (score and tier), on
 * generated customers in local mode. Not a test and not run in CI: run it with
 *
 * <pre>
 * mvn -B -q -pl spark -am test-compile exec:exec -Dkamscore.spark.heap=-Xmx8g \
 *   -Dkamscore.spark.main=org.kamscore.spark.bench.SparkScoringBenchmark \
 *   -Dkamscore.spark.args="10000000 5"
 * </pre>
 *
 * <p>Arguments: rows (default 10,000,000) and measured rounds (default 5). The customers are
 * generated and cached in memory first, so that each round times the scoring alone: the added
 * columns summed up, in a new job per contestant and round (Spark would reuse the shuffle of a
 * job run before), the two contestants taking turns; a first round warms both up and is not
 * counted. Before timing, one job checks
 * that both contestants give every row the same score, bit for bit, and the same tier.
 */
public final class SparkScoringBenchmark {
  private SparkScoringBenchmark() {}

  /**
   * Runs the benchmark and prints the results.
   *
   * @param args the number of rows and of measured rounds
   */
  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark = SparkSession.builder().master("local[*]").appName("kamscore-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      System.out.printf(Locale.ROOT, "%s, %d cores, %s, load before: %s%n",
          System.getProperty("java.vm.version"), cores, spark.version(), load());
      Dataset<Row> customers = BenchmarkData.customers(spark, rows, 4 * cores)
          .persist(StorageLevel.MEMORY_ONLY());
      System.out.printf(Locale.ROOT, "%d rows cached%n", customers.count());
      SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), policy());
      Dataset<Row> scored = scoring.score(customers);
      long differ = scored.withColumn("hand", BenchmarkData.handWritten(scored))
          .filter(col("score").notEqual(col("hand.score"))
              .or(col("tier").notEqual(col("hand.tier"))).or(col("error").isNotNull()))
          .count();
      if (differ != 0) {
        throw new IllegalStateException(differ + " rows differ between the contestants");
      }
      System.out.println("same scores and tiers on every row: checked");
      List<Double> kamscoreRates = new ArrayList<>();
      List<Double> noReasonRates = new ArrayList<>();
      List<Double> handRates = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        double k = rate(kamscoreJob(scoring, customers), rows);
        double n = rate(kamscoreJob(scoring.withReasons(0), customers), rows);
        double h = rate(handWrittenJob(customers), rows);
        System.out.printf(Locale.ROOT, "round %d%s: kamscore %,.0f rows/s, kamscore without "
            + "reasons %,.0f rows/s, hand-written UDF %,.0f rows/s; load %s%n", round,
            round == 0 ? " (warm-up)" : "", k, n, h, load());
        if (round > 0) {
          kamscoreRates.add(k);
          noReasonRates.add(n);
          handRates.add(h);
        }
      }
      double k = median(kamscoreRates);
      double n = median(noReasonRates);
      double h = median(handRates);
      System.out.printf(Locale.ROOT, "median of %d rounds: kamscore %,.0f rows/s (%.2f of the "
          + "hand-written UDF), without reasons %,.0f rows/s (%.2f), hand-written UDF %,.0f "
          + "rows/s%n", rounds, k, k / h, n, n / h, h);
    } finally {
      spark.stop();
    }
  }

  /**
   * A new job each round: Spark reuses the shuffle output of a plan it has run, so running one
   * aggregation twice would time only its last stage.
   */
  private static Dataset<Row> kamscoreJob(SparkScoring scoring, Dataset<Row> customers) {
    return scoring.score(customers).agg(sum("score"), count(when(col("tier").equalTo("A"), 1)),
        sum(size(col("reasons"))), sum(size(col("failed_knock_outs"))));
  }

  private static Dataset<Row> handWrittenJob(Dataset<Row> customers) {
    return customers.select(BenchmarkData.handWritten(customers).as("hand"))
        .agg(sum("hand.score"), count(when(col("hand.tier").equalTo("A"), 1)));
  }

  private static double rate(Dataset<Row> job, long rows) {
    long start = System.nanoTime();
    job.collectAsList();
    return rows / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String policy() {
    try (InputStream in = SparkScoring.class.getResourceAsStream("attractiveness.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the test class path must hold attractiveness.yaml");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
