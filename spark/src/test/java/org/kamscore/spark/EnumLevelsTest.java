package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.json.PolicyFormat;

/**
 * A document whose levels are an enum's constants, allowed by the caller's format: executors
 * allow the same enum, and a string column names the constants.
 */
final class EnumLevelsTest {
  /** How openly a customer works with the supplier. */
  enum Openness { CLOSED, OPEN, PARTNER }

  private static final String DOCUMENT = String.join("\n",
      "format: kamscore-policy/1",
      "kind: scoring-model",
      "id: openness",
      "version: \"1\"",
      "criteria:",
      "  - name: openness",
      "    attribute: openness",
      "    weight: 1",
      "    scale:",
      "      kind: levels",
      "      type: enum",
      "      enum: org.kamscore.spark.EnumLevelsTest$Openness",
      "      levels:",
      "        - level: CLOSED",
      "          utility: 0",
      "        - level: OPEN",
      "          utility: 0.3",
      "        - level: PARTNER",
      "          utility: 1",
      "");

  @Test
  void score_enumLevelsFromAStringColumn_scoresAsOneJvm() {
    SparkSession spark = LocalSpark.session();
    ScoringModel<Openness> oneJvm = ScoringModel.builder(Openness.class)
        .id("openness", "1")
        .criterion("openness", o -> o,
            Scale.level(Openness.CLOSED, 0.0).then(Openness.OPEN, 0.3).then(Openness.PARTNER, 1.0),
            1)
        .build();
    List<Row> rows = new ArrayList<>();
    for (Openness openness : Openness.values()) {
      rows.add(RowFactory.create(openness.name()));
    }
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml().withLevelTypes(Openness.class),
        DOCUMENT);

    List<Row> scored = scoring.score(spark.createDataFrame(
            JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 2),
            DataTypes.createStructType(List.of(
                DataTypes.createStructField("openness", DataTypes.StringType, true)))))
        .select("openness", "score", "fingerprint").collectAsList();

    assertThat(scoring.fingerprint()).isEqualTo(oneJvm.fingerprint());
    assertThat(scored).hasSize(3);
    for (Row row : scored) {
      double expected = oneJvm.score(Openness.valueOf(row.getString(0)));
      assertThat(Double.doubleToRawLongBits(row.getDouble(1)))
          .isEqualTo(Double.doubleToRawLongBits(expected));
      assertThat(row.getString(2)).isEqualTo(oneJvm.fingerprint());
    }
  }
}
