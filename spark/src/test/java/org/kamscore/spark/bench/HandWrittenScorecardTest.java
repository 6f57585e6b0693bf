package org.kamscore.spark.bench;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.kamscore.json.PolicyFormat;
import org.kamscore.spark.LocalSpark;
import org.kamscore.spark.SparkScoring;

/** The benchmark's contestants give the same answers, so that their speeds compare. */
final class HandWrittenScorecardTest {
  @Test
  void handWrittenUdf_scoresAndTiersAsKamscore_bitForBit() {
    Dataset<Row> customers = BenchmarkData.customers(LocalSpark.session(), 20_000, 4);
    Dataset<Row> scored = SparkScoring.of(PolicyFormat.yaml(), SparkScoringBenchmark.policy())
        .score(customers);

    List<Row> rows = scored.withColumn("hand", BenchmarkData.handWritten(scored))
        .select("score", "tier", "error", "hand.score", "hand.tier").collectAsList();

    assertThat(rows).hasSize(20_000);
    for (Row row : rows) {
      assertThat(row.isNullAt(2)).isTrue();
      assertThat(Double.doubleToRawLongBits(row.getDouble(3)))
          .isEqualTo(Double.doubleToRawLongBits(row.getDouble(0)));
      assertThat(row.getString(4)).isEqualTo(row.getString(1));
    }
    assertThat(rows).extracting(row -> row.getString(1)).contains("A", "B", "C");
    assertThat(customers.filter(col("revenue").lt(250_000)).count()).isPositive();
  }
}
