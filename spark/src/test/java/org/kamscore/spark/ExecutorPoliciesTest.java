package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.kamscore.Attributes;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;

final class ExecutorPoliciesTest {
  private final SparkSession spark = LocalSpark.session();

  /** A model that no other test scores with, so that this JVM has not built it yet. */
  private static ScoringModel<Map<String, ?>> fresh(String id) {
    return ScoringModel.builder(Attributes.ofMaps())
        .id(id, "1")
        .criterion("margin", "margin", Scale.linear(0, 0.5), 1)
        .build();
  }

  /** Reads the score column, which makes Spark score every row (a count would not). */
  private static int scores(Dataset<Row> scored) {
    return scored.select("score").collectAsList().size();
  }

  @Test
  void score_buildsTheModelOncePerJvm_whateverTheTasks() {
    SparkScoring scoring = SparkScoring.of(fresh("built-once"));
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(1_000, 11L));
    int before = ExecutorPolicies.size();

    int scored = scores(scoring.score(customers)) + scores(scoring.score(customers))
        + scores(SparkScoring.of(fresh("built-once")).score(customers.repartition(8)));

    assertThat(scored).isEqualTo(3_000);
    assertThat(ExecutorPolicies.size()).isEqualTo(before + 1);
  }

  @Test
  void of_fingerprintOtherThanTheDrivers_isRefused() {
    ShippedPolicy shipped = ShippedPolicy.of(fresh("other-kamscore"))
        .expecting(List.of("not-the-fingerprint"));

    assertThatThrownBy(() -> ExecutorPolicies.of(shipped))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fingerprint of model 'other-kamscore' 1 built on this executor must be the "
            + "driver's not-the-fingerprint but was: " + fresh("other-kamscore").fingerprint()
            + " (do driver and executors run the same kamscore?)");
  }

  @Test
  void score_fingerprintOtherThanTheDrivers_failsTheJob() {
    ShippedPolicy shipped = ShippedPolicy.of(fresh("failing-job"))
        .expecting(List.of("not-the-fingerprint"));
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(10, 12L));

    assertThatThrownBy(() -> scores(DatasetScoring.score(customers, shipped, "", null)))
        .isInstanceOf(SparkException.class)
        .hasStackTraceContaining("must be the driver's not-the-fingerprint");
  }
}
