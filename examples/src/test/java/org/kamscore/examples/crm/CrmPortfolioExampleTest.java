package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.json.PlacementRecord;

/** The example prints every section, lists bad rows last, and writes the results and chart. */
final class CrmPortfolioExampleTest {

  @TempDir
  Path directory;

  private String run(PortfolioReading reading, List<Path> written) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      written.addAll(CrmPortfolioExample.run(reading, "test", directory, out));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void committedPortfolio_printsEverySection_andWritesOneRowPerCustomer() throws IOException {
    List<Path> written = new ArrayList<>();

    String report = run(PortfolioCsv.readCommitted(), written);

    assertThat(report)
        .contains("CRM portfolio: 600 rows read from test, 600 scored, 0 bad")
        .contains("Top 20 by customer attractiveness")
        .contains("Tiers by customer attractiveness", "Tiers by supplier position")
        .contains("failed knock-out minimum-revenue")
        .contains("Key-account matrix", "| key account (", "| maintain (")
        .contains("ABC classes by revenue", "Revenue concentration: ")
        .endsWith("Bad rows: none (600 of 600 rows scored)" + System.lineSeparator());
    assertThat(written).containsExactly(directory.resolve("crm-results.csv"),
        directory.resolve("portfolio-chart.svg"), directory.resolve("crm-decisions.jsonl"));
    assertThat(Files.readAllLines(written.get(0))).hasSize(601);
    assertThat(Files.readAllLines(written.get(0)).get(0)).contains(",cell");
    assertThat(Files.readString(written.get(1))).startsWith("<?xml").contains("<svg ")
        .contains("key account");
    List<String> decisions = Files.readAllLines(written.get(2));
    assertThat(decisions).hasSize(600);
    PlacementRecord first = PlacementRecord.fromJson(decisions.get(0));
    assertThat(first.customerId()).contains(PortfolioCsv.readCommitted().customers().get(0).id());
    assertThat(first.row().model().fingerprint())
        .isEqualTo(CrmPolicy.attractiveness().fingerprint());
    assertThat(first.row().replay(CrmPolicy.attractiveness()).score())
        .isEqualTo(first.row().score());
  }

  @Test
  void badRows_areListedAtTheEnd_andTheGoodRowsAreScored() throws IOException {
    String csv = PortfolioCsv.toCsv(PortfolioGenerator.generate(9, 3))
        .replaceFirst(",low,|,medium,|,high,", ",unknown,");
    PortfolioReading reading = PortfolioCsv.read(new StringReader(csv));

    String report = run(reading, new ArrayList<>());

    assertThat(report).contains("CRM portfolio: 3 rows read from test, 2 scored, 1 bad");
    assertThat(report.substring(report.indexOf("Bad rows: 1 of 3 rows not scored")))
        .contains("line 2, column cooperation: must be one of [low, medium, high] but was: "
            + "'unknown'");
  }
}
