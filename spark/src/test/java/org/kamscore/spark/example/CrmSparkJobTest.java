package org.kamscore.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.Attributes;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.spark.LocalSpark;

final class CrmSparkJobTest {
  private static final String CSV =
      "../examples/src/main/resources/org/kamscore/examples/crm/crm-portfolio.csv";

  @BeforeAll
  static void filesWork() {
    Optional<String> unsupported = HadoopFiles.unsupported();
    unsupported.ifPresent(why -> System.err.println("CrmSparkJobTest skipped: " + why));
    Assumptions.assumeTrue(unsupported.isEmpty(), unsupported::get);
  }

  @Test
  void run_crmCsv_writesEveryCustomerPlacedAsOneJvmPlacesIt(@TempDir Path out) {
    SparkSession spark = LocalSpark.session();
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    String policy = CrmSparkJob.defaultPolicy();

    long rows = CrmSparkJob.run(spark, CSV, out.resolve("placed").toString(), policy,
        new PrintStream(report, true, StandardCharsets.UTF_8));

    assertThat(rows).isEqualTo(600);
    assertThat(report.toString(StandardCharsets.UTF_8))
        .startsWith("600 customers placed in ")
        .contains("0 rows with an error", "high  x high  key account", "ABC A: ");
    List<Row> written = spark.read().parquet(out.resolve("placed").toString()).collectAsList();
    PortfolioMatrix<Map<String, ?>> oneJvm =
        PolicyFormat.yaml().readMatrix(policy, Attributes.ofMaps());
    for (Row row : written) {
      Map<String, Object> customer = new HashMap<>();
      for (String column : CrmSparkJob.CSV.fieldNames()) {
        customer.put(column, row.getAs(column));
      }
      Placement expected = oneJvm.classify(customer);
      assertThat(Double.doubleToRawLongBits(row.<Double>getAs("row_score")))
          .isEqualTo(Double.doubleToRawLongBits(expected.rowScore()));
      assertThat(Double.doubleToRawLongBits(row.<Double>getAs("column_score")))
          .isEqualTo(Double.doubleToRawLongBits(expected.columnScore()));
      assertThat(row.<String>getAs("cell")).isEqualTo(expected.cell().name());
      assertThat(row.<String>getAs("row_tier"))
          .isEqualTo(expected.rowEvaluation().tier().label());
    }
  }
}
