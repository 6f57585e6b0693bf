package org.kamscore.examples.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.examples.crm.CrmCustomer;
import org.kamscore.examples.crm.PortfolioCsv;
import org.kamscore.examples.crm.PortfolioGenerator;
import org.kamscore.examples.crm.PortfolioReading;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;

/**
 * Golden determinism: 1,200 committed customers and their committed results — both scores as
 * exact bit patterns, both tiers, the nine-box cell and the models' fingerprints. Any changed
 * bit fails this test, on every JDK CI runs (17 and 25).
 *
 * <p>When a change of results is intended, regenerate the expected file with
 * <pre>
 * mvn -B -pl examples -am verify -Dtest=GoldenDeterminismTest -Dsurefire.failIfNoSpecifiedTests=false -Dkamscore.golden.write=true
 * </pre>
 * and add a CHANGELOG line saying which scores moved and why.
 */
final class GoldenDeterminismTest {
  private static final Path DIRECTORY = Path.of("src/test/resources/org/kamscore/examples/golden");
  private static final Path CUSTOMERS = DIRECTORY.resolve("golden-customers.csv");
  private static final Path EXPECTED = DIRECTORY.resolve("golden-expected.csv");
  private static final long SEED = 20_261_122L;
  private static final int SIZE = 1_200;
  private static final String[] HEADER = {"id", "attractiveness_bits", "attractiveness_tier",
      "position_bits", "position_tier", "cell"};
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader(HEADER).setCommentMarker('#').setRecordSeparator('\n').get();

  @Test
  void results_matchTheGoldenFile_bitForBit() throws IOException {
    if (Boolean.getBoolean("kamscore.golden.write")) {
      write();
    }
    PortfolioReading reading = PortfolioCsv.read(CUSTOMERS);
    assertThat(reading.badRows()).isEmpty();
    assertThat(reading.customers()).hasSize(SIZE);

    List<String> actual = results(reading.customers());
    List<String> expected = expected();

    assertThat(actual.get(0)).as("fingerprints").isEqualTo(expected.get(0));
    List<String> moved = new ArrayList<>();
    for (int i = 1; i < Math.min(actual.size(), expected.size()); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        moved.add("expected " + expected.get(i) + " but was " + actual.get(i));
      }
    }
    assertThat(moved).as("customers whose results moved").isEmpty();
    assertThat(actual).hasSameSizeAs(expected);
  }

  /** The fingerprint line, then one line per customer, in the form of the expected file. */
  private static List<String> results(List<CrmCustomer> customers) {
    ScoringModel<CrmCustomer> attractiveness = GoldenPolicy.attractiveness();
    ScoringModel<CrmCustomer> position = GoldenPolicy.position();
    Classification<CrmCustomer> classification = GoldenPolicy.matrix().classifyAll(customers);
    List<String> lines = new ArrayList<>();
    lines.add(fingerprints(attractiveness, position));
    for (int i = 0; i < customers.size(); i++) {
      Placement p = classification.placements().get(i);
      Evaluation a = p.rowEvaluation();
      Evaluation b = p.columnEvaluation();
      assertThat(a).isEqualTo(attractiveness.evaluate(customers.get(i)));
      assertThat(b).isEqualTo(position.evaluate(customers.get(i)));
      lines.add(String.join(",", customers.get(i).id(), bits(a.score()), a.tier().label(),
          bits(b.score()), b.tier().label(), p.cell().name()));
    }
    return lines;
  }

  private static String fingerprints(ScoringModel<?>... models) {
    StringBuilder s = new StringBuilder("fingerprints");
    for (ScoringModel<?> model : models) {
      s.append(' ').append(model.id()).append('=').append(model.fingerprint());
    }
    return s.toString();
  }

  private static String bits(double score) {
    return String.format("%016x", Double.doubleToRawLongBits(score));
  }

  private static List<String> expected() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(EXPECTED, StandardCharsets.UTF_8)) {
      for (CSVRecord record : FORMAT.builder().setSkipHeaderRecord(true).get().parse(in)) {
        if (lines.isEmpty()) {
          lines.add(record.getComment());
        }
        lines.add(String.join(",", record.toList()));
      }
    }
    return lines;
  }

  /** Writes the customers (if absent) and the expected results. */
  private static void write() throws IOException {
    Files.createDirectories(DIRECTORY);
    if (!Files.exists(CUSTOMERS)) {
      Files.writeString(CUSTOMERS,
          PortfolioCsv.toCsv(PortfolioGenerator.generate(SEED, SIZE)), StandardCharsets.UTF_8);
    }
    List<String> lines = results(PortfolioCsv.read(CUSTOMERS).customers());
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printComment(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        printer.printRecord((Object[]) line.split(","));
      }
    }
    Files.writeString(EXPECTED, out.toString(), StandardCharsets.UTF_8);
  }
}
