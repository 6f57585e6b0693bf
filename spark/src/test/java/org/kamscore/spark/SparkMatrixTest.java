package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

final class SparkMatrixTest {
  private static final int ROWS = 100_000;
  private static final String DOCUMENT = Policies.document("matrix.yaml");

  private final SparkSession spark = LocalSpark.session();

  @Test
  void classify_100000GeneratedRows_placesAsOneJvm() {
    List<Account> accounts = Accounts.generate(ROWS, 20260202L);
    SparkMatrix matrix = SparkMatrix.of(PolicyFormat.yaml(), DOCUMENT).withKeyColumn("id");
    Dataset<Row> placed = matrix.classify(Accounts.dataset(spark, accounts));

    List<Row> rows = placed.select("id", "row_score", "row_tier", "row_failed_knock_outs",
        "column_score", "column_tier", "row_band", "column_band", "cell", "treatment",
        "row_fingerprint", "column_fingerprint", "error").collectAsList();

    assertThat(rows).hasSize(ROWS);
    Map<String, Row> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.getString(0), row));
    PortfolioMatrix<Account> oracle = Policies.matrix();
    List<Account> good = new ArrayList<>();
    for (Account account : accounts) {
      Row row = byId.get(account.id());
      assertThat(row.getString(10)).isEqualTo(oracle.rows().model().fingerprint());
      assertThat(row.getString(11)).isEqualTo(oracle.columns().model().fingerprint());
      Placement expected;
      try {
        expected = oracle.classify(account);
      } catch (ScoringException e) {
        assertThat(row.getString(12)).as(account.id()).isEqualTo(e.getMessage());
        assertThat(row.isNullAt(1) && row.isNullAt(4) && row.isNullAt(8)).isTrue();
        continue;
      }
      good.add(account);
      assertThat(row.isNullAt(12)).as(account.id()).isTrue();
      assertSameBits(row.getDouble(1), expected.rowEvaluation());
      assertSameBits(row.getDouble(4), expected.columnEvaluation());
      assertThat(row.getString(2)).isEqualTo(expected.rowEvaluation().tier().label());
      assertThat(row.<String>getList(3))
          .isEqualTo(expected.rowEvaluation().failedKnockOuts());
      assertThat(row.getString(5)).isEqualTo(expected.columnEvaluation().tier().label());
      assertThat(row.getString(6)).isEqualTo(expected.rowBand().label());
      assertThat(row.getString(7)).isEqualTo(expected.columnBand().label());
      assertThat(row.getString(8)).isEqualTo(expected.cell().name());
      assertThat(row.getString(9)).isEqualTo(expected.cell().treatment().orElse(null));
    }
    assertThat(good.size()).as("good rows").isBetween(ROWS * 9 / 10, ROWS * 49 / 50);
    Classification<Account> portfolio = oracle.classifyAll(good);
    Map<List<String>, Long> expectedCounts = new LinkedHashMap<>();
    oracle.cells().forEach(cell -> expectedCounts.put(labels(cell), (long) portfolio.count(cell)));
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    matrix.cellCounts(placed).forEach((cell, count) -> counts.put(labels(cell), count));
    assertThat(counts).containsExactlyEntriesOf(expectedCounts);
    assertThat(matrix.cellCounts(placed).keySet()).containsExactlyElementsOf(oracle.cells());
  }

  private static List<String> labels(Cell cell) {
    return List.of(cell.rowBand().label(), cell.columnBand().label(), cell.name());
  }

  private static void assertSameBits(double actual, Evaluation expected) {
    assertThat(Double.doubleToRawLongBits(actual))
        .isEqualTo(Double.doubleToRawLongBits(expected.score()));
  }

  @Test
  void fingerprints_areThoseOfTheJavaTwin() {
    PortfolioMatrix<Account> twin = Policies.matrix();

    assertThat(SparkMatrix.of(PolicyFormat.yaml(), DOCUMENT).fingerprints()).containsExactly(
        twin.rows().model().fingerprint(), twin.columns().model().fingerprint());
  }

  @Test
  void columns_areNamedPerAxis() {
    assertThat(SparkMatrix.of(PolicyFormat.yaml(), DOCUMENT).withColumnPrefix("m_").columns())
        .containsExactly("m_row_score", "m_row_tier", "m_row_score_tier",
            "m_row_failed_knock_outs", "m_row_reasons", "m_row_fingerprint", "m_column_score",
            "m_column_tier", "m_column_score_tier", "m_column_failed_knock_outs",
            "m_column_reasons", "m_column_fingerprint", "m_row_band", "m_column_band", "m_cell",
            "m_treatment", "m_error");
  }

  @Test
  void of_matrixOfLambdaModels_isRejected() {
    assertThatThrownBy(() -> SparkMatrix.of(Policies.matrix()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion 'revenue' of model 'attractiveness' must be bound to an attribute "
            + "to be written to a policy document but was bound to a function");
  }

  @Test
  void withReasons_negative_isRejected() {
    SparkMatrix matrix = SparkMatrix.of(PolicyFormat.yaml(), DOCUMENT);

    assertThatThrownBy(() -> matrix.withReasons(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count of reasons must not be negative but was: -2");
  }

  @Test
  void toString_namesTheMatrixAndSettings() {
    assertThat(SparkMatrix.of(PolicyFormat.yaml(), DOCUMENT).withKeyColumn("id").toString())
        .isEqualTo("SparkMatrix[key-accounts 2026.1, 10 attributes, key id, 3 reasons, "
            + "prefix \"\"]");
  }
}
