package org.kamscore.examples.crm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kamscore.Evaluation;
import org.kamscore.Execution;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;
import org.kamscore.chart.PortfolioChart;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.AbcClass;
import org.kamscore.portfolio.Concentration;
import org.kamscore.portfolio.CustomerShare;

/**
 * Scores the committed CRM portfolio of 600 customers with the two models of {@link CrmPolicy}
 * and prints the top 20, the counts per tier, the matrix grid, ABC classes, the concentration
 * verdict and the bad-row report, and writes the results CSV, the SVG portfolio chart and the
 * decisions as JSON Lines ({@link DecisionLines}) under {@code examples/target/crm/}.
 *
 * <p>Run it from the repository root with
 * {@code mvn -q -pl examples -am -DskipTests package exec:java
 * -Dkamscore.example=org.kamscore.examples.crm.CrmPortfolioExample}; add
 * {@code -Dexec.args=path/to/export.csv} to score a CSV file of your own instead, such as an
 * Excel export. Its encoding, delimiter and decimal separator are detected (see
 * {@link ExportFormat}); options before the file declare them instead:
 * {@code -Dexec.args="--charset=windows-1252 --delimiter=semicolon --decimal=comma export.csv"},
 * or {@code --locale=de-DE} for the decimal and thousands separators of a locale.
 *
 * <p>Rows that cannot be read do not stop the run: the good rows are scored and every bad row
 * is listed at the end with its line, column and value (see {@link PortfolioCsv}).
 *
 * @since 0.1.0
 */
public final class CrmPortfolioExample {
  private static final int TOP = 20;

  private final PrintStream out;

  private CrmPortfolioExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optionally {@code --charset=}, {@code --delimiter=}, {@code --decimal=} or
   *     {@code --locale=} options, then a portfolio CSV file to read instead of the committed
   *     one
   * @throws IOException if the portfolio cannot be read or the results cannot be written
   * @throws IllegalArgumentException if an argument is not one of those
   * @throws IllegalStateException if an option is given twice, or {@code --decimal} with
   *     {@code --locale}
   */
  public static void main(String[] args) throws IOException {
    Arguments arguments = Arguments.parse(args);
    Path output = ExamplePaths.target().resolve("crm");
    if (arguments.file().isEmpty()) {
      run(PortfolioCsv.readCommitted(), "class path: " + PortfolioCsv.RESOURCE_NAME, output,
          System.out);
    } else {
      Path file = arguments.file().get();
      PortfolioReading reading = PortfolioCsv.read(file, arguments.format());
      run(reading, file + " (" + reading.format() + ")", output, System.out);
    }
  }

  /**
   * Scores a portfolio, prints the report and writes the results.
   *
   * @param reading the portfolio as read
   * @param source where it was read from, for the report
   * @param outputDirectory where to write the results CSV
   * @param out where to print the report
   * @return the files written
   * @throws IOException if the results cannot be written
   */
  static List<Path> run(PortfolioReading reading, String source, Path outputDirectory,
      PrintStream out) throws IOException {
    ScoringModel<CrmCustomer> attractiveness = CrmPolicy.attractiveness();
    ScoringModel<CrmCustomer> position = CrmPolicy.supplierPosition();
    List<ScoredCustomer> scored =
        ScoredCustomer.rank(attractiveness, position, reading.customers());

    Classification<CrmCustomer> classification =
        CrmPolicy.matrix().classifyAll(reading.customers(), Execution.PARALLEL);
    Map<String, Cell> cells = new HashMap<>(); // looked up by id, never iterated
    for (int i = 0; i < reading.customers().size(); i++) {
      cells.put(reading.customers().get(i).id(), classification.placements().get(i).cell());
    }
    Function<ScoredCustomer, String> cell = s -> cells.get(s.customer().id()).name();

    CrmPortfolioExample report = new CrmPortfolioExample(out);
    report.printHeading(source, reading, attractiveness, position);
    report.printTop(scored, cell);
    report.printTierCounts("customer attractiveness", attractiveness, scored,
        ScoredCustomer::attractiveness);
    report.printTierCounts("supplier position", position, scored, ScoredCustomer::position);
    report.printMatrix(classification);
    if (!reading.customers().isEmpty()) {
      report.printAbc(AbcAnalysis.of(reading.customers(), CrmCustomer::revenue, CrmCustomer::id));
      report.printConcentration(
          Concentration.of(reading.customers(), CrmCustomer::revenue, CrmCustomer::id));
    }
    Path results = ResultsCsv.of(attractiveness, position)
        .withColumn("cell", cell)
        .write(outputDirectory.resolve("crm-results.csv"), scored);
    Path chart = outputDirectory.resolve("portfolio-chart.svg");
    // README:chart:begin
    PortfolioChart.of(classification, CrmCustomer::revenue)   // bubble area ∝ revenue
        .title("CRM portfolio: key-account matrix")
        .measureName("revenue (EUR)")
        .label(CrmCustomer::name)                             // label the 12 largest customers
        .labelTop(12)
        .writeTo(chart);                                      // or toSvg() for the text
    // README:chart:end
    Path decisions = DecisionLines.write(outputDirectory.resolve("crm-decisions.jsonl"),
        classification);
    List<Path> written = List.of(results, chart, decisions);
    report.printWritten(written);
    report.printBadRows(reading);
    return written;
  }

  private void printHeading(String source, PortfolioReading reading,
      ScoringModel<?> attractiveness, ScoringModel<?> position) {
    line("CRM portfolio: %d rows read from %s, %d scored, %d bad", reading.rowsRead(), source,
        reading.customers().size(), reading.badRows().size());
    for (ScoringModel<?> model : List.of(attractiveness, position)) {
      line("  %s %s  fingerprint %s", model.id(), model.version(),
          model.fingerprint().substring(0, 12));
    }
    line("");
  }

  private void printTop(List<ScoredCustomer> scored, Function<ScoredCustomer, String> cell) {
    line("Top %d by customer attractiveness", Math.min(TOP, scored.size()));
    String row = "%4s  %-6s  %-30s  %6s  %-4s  %-15s  %-11s  %s";
    line(row, "rank", "id", "name", "score", "tier", "position", "cell", "top two reasons");
    for (ScoredCustomer s : scored.subList(0, Math.min(TOP, scored.size()))) {
      Evaluation a = s.attractiveness();
      line(row, s.rank(), s.customer().id(), abbreviate(s.customer().name(), 30),
          fixed(a.score()), a.tier().label(),
          fixed(s.position().score()) + " " + s.position().tier().label(), cell.apply(s),
          reasons(a));
    }
    line("");
  }

  private void printMatrix(Classification<CrmCustomer> classification) {
    line("Key-account matrix (rows: customer attractiveness, columns: supplier position)");
    out.println(classification.toText());
    line("");
  }

  private void printAbc(AbcAnalysis<CrmCustomer> abc) {
    line("ABC classes by revenue (A up to %.0f %%, B up to %.0f %% of cumulative revenue)",
        100 * abc.cutoffA(), 100 * abc.cutoffB());
    for (AbcClass c : AbcClass.values()) {
      line("  %s  %5d customers  %5.1f %% of customers  %5.1f %% of revenue", c, abc.count(c),
          100.0 * abc.count(c) / abc.entries().size(), 100 * abc.share(c));
    }
    line("");
  }

  private void printConcentration(Concentration<CrmCustomer> risk) {
    line("Revenue concentration: %s (HHI %.4f, %.0f of 10,000)",
        risk.level().name().toLowerCase(Locale.ROOT), risk.hhi(), risk.hhiPoints());
    line("  largest customer %.1f %%, top 5 %.1f %%, top 20 %.1f %% of revenue",
        100 * risk.topShare(), 100 * risk.topShare(5), 100 * risk.topShare(20));
    if (risk.dependencies().isEmpty()) {
      line("  no customer above the %.0f %% dependency threshold",
          100 * risk.dependencyThreshold());
    }
    for (CustomerShare<CrmCustomer> d : risk.dependencies()) {
      line("  dependency: %s %s takes %.1f %% of revenue (threshold %.0f %%)", d.key(),
          d.customer().name(), 100 * d.share(), 100 * risk.dependencyThreshold());
    }
    line("");
  }

  private static String reasons(Evaluation e) {
    return e.reasons().stream().limit(2)
        .map(c -> c.criterion() + " (-" + fixed(c.pointsLost()) + ")")
        .collect(Collectors.joining(", "));
  }

  private void printTierCounts(String axis, ScoringModel<?> model, List<ScoredCustomer> scored,
      Function<ScoredCustomer, Evaluation> evaluation) {
    int[] counts = new int[model.tiers().all().size()];
    scored.forEach(s -> counts[evaluation.apply(s).tier().rank()]++);
    line("Tiers by %s", axis);
    for (Tier tier : model.tiers().all()) {
      int n = counts[tier.rank()];
      line("  %-8s %5d  %5.1f %%", tier.label(), n,
          scored.isEmpty() ? 0.0 : 100.0 * n / scored.size());
    }
    for (KnockOut knockOut : model.knockOuts()) {
      long failed = scored.stream()
          .filter(s -> evaluation.apply(s).failedKnockOuts().contains(knockOut.name())).count();
      line("  %d failed knock-out %s (%s) and were capped at %s", failed, knockOut.name(),
          knockOut.condition(), knockOut.cap());
    }
    line("");
  }

  private void printWritten(List<Path> files) {
    line("Written:");
    files.forEach(f -> line("  %s", f.toAbsolutePath().normalize()));
    line("");
  }

  private void printBadRows(PortfolioReading reading) {
    if (reading.badRows().isEmpty()) {
      line("Bad rows: none (%d of %d rows scored)", reading.customers().size(),
          reading.rowsRead());
      return;
    }
    line("Bad rows: %d of %d rows not scored; fix them and run again",
        reading.badRows().size(), reading.rowsRead());
    reading.badRows().forEach(b -> b.report().forEach(r -> line("  %s", r)));
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }

  private static String fixed(double value) {
    return Decimals.fixed(value, 2);
  }

  private void line(String template, Object... args) {
    out.println(String.format(Locale.ROOT, template, args));
  }
}
