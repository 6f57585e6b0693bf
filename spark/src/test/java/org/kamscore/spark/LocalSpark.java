package org.kamscore.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session: local mode on two threads, the driver on the loopback address,
 * no web UI, UTC, and four shuffle partitions that adaptive execution may not merge: the tests'
 * data is small, and the analytics must be tested across partitions. Spark stops the session
 * when the JVM exits. Public for the example job's test, in another package.
 */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  /**
   * Returns the session, started at the first call.
   *
   * @return the tests' session
   */
  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("kamscore-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }
}
