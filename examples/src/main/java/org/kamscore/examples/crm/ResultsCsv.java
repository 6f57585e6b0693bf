package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * Writes the results of the CRM policy as CSV with Apache Commons CSV, one row per scored
 * customer: id, score and tier on each axis, the failed knock-outs, any extra columns, then the
 * points of every criterion, attractiveness first, each model's criteria in declaration order.
 * Numbers have two decimals.
 *
 * <p>Extra columns are the extension point for results computed elsewhere, such as the cell of
 * a portfolio matrix; they follow the tier columns:
 *
 * <pre>{@code
 * ResultsCsv.of(attractiveness, position)
 *     .withColumn("cell", s -> matrix.classify(s.customer()).label())
 *     .write(Path.of("target/crm-results.csv"), scored);
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class ResultsCsv {
  private static final List<String> FIXED = List.of("id", "attractiveness_score",
      "attractiveness_tier", "failed_knock_outs", "position_score", "position_tier");

  private final ScoringModel<?> attractiveness;
  private final ScoringModel<?> position;
  private final List<Column> extra;
  private final List<String> header;

  /**
   * An extra column: its name and how to compute its value for a scored customer.
   *
   * @param name the column name, unique in the file
   * @param value computes the value; {@code null} writes an empty cell
   * @since 0.1.0
   */
  public record Column(String name, Function<? super ScoredCustomer, String> value) {

    /**
     * Checks the references.
     *
     * @throws NullPointerException if a reference is {@code null}
     */
    public Column {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
    }
  }

  private ResultsCsv(ScoringModel<?> attractiveness, ScoringModel<?> position,
      List<Column> extra) {
    this.attractiveness = attractiveness;
    this.position = position;
    this.extra = List.copyOf(extra);
    List<String> names = new ArrayList<>(FIXED);
    extra.forEach(c -> names.add(c.name()));
    attractiveness.criteria().forEach(c -> names.add(c.name()));
    position.criteria().forEach(c -> names.add(c.name()));
    for (int i = 0; i < names.size(); i++) {
      if (names.subList(0, i).contains(names.get(i))) {
        throw new IllegalArgumentException(
            "column name must be unique but was repeated: '" + names.get(i) + "'");
      }
    }
    this.header = List.copyOf(names);
  }

  /**
   * Starts a writer for results of two models.
   *
   * @param attractiveness the model whose evaluations are {@link ScoredCustomer#attractiveness()}
   * @param position the model whose evaluations are {@link ScoredCustomer#position()}
   * @return the writer
   * @throws IllegalArgumentException if a criterion name repeats a column name
   */
  public static ResultsCsv of(ScoringModel<?> attractiveness, ScoringModel<?> position) {
    return new ResultsCsv(requireNonNull(attractiveness, "attractiveness"),
        requireNonNull(position, "position"), List.of());
  }

  /**
   * Returns a writer with one more extra column, after the tier columns and the extra columns
   * added before.
   *
   * @param name the column name
   * @param value computes the value for a scored customer
   * @return a new writer; this one is unchanged
   * @throws IllegalArgumentException if {@code name} repeats a column name
   */
  public ResultsCsv withColumn(String name, Function<? super ScoredCustomer, String> value) {
    List<Column> more = new ArrayList<>(extra);
    more.add(new Column(name, value));
    return new ResultsCsv(attractiveness, position, more);
  }

  /**
   * Returns the column names in file order.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * Writes the results to a file in UTF-8, creating its directory.
   *
   * @param file the file
   * @param scored the scored customers, in the order to write
   * @return the file written
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if an evaluation comes from another model
   */
  public Path write(Path file, List<ScoredCustomer> scored) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(scored, out);
    }
    return file;
  }

  /**
   * Writes the results.
   *
   * @param scored the scored customers, in the order to write
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an evaluation comes from another model
   */
  public void write(List<ScoredCustomer> scored, Appendable out) throws IOException {
    CSVPrinter printer = CSVFormat.DEFAULT.builder()
        .setHeader(header.toArray(String[]::new))
        .setRecordSeparator('\n')
        .get()
        .print(out); // not closed: that would close out
    for (ScoredCustomer s : scored) {
      printer.printRecord(row(s));
    }
    printer.flush();
  }

  private List<String> row(ScoredCustomer s) {
    Evaluation a = checked(s.attractiveness(), attractiveness, s);
    Evaluation p = checked(s.position(), position, s);
    List<String> row = new ArrayList<>(header.size());
    row.add(s.customer().id());
    row.add(Decimals.fixed(a.score(), 2));
    row.add(a.tier().label());
    row.add(String.join(";", a.failedKnockOuts()));
    row.add(Decimals.fixed(p.score(), 2));
    row.add(p.tier().label());
    extra.forEach(c -> row.add(c.value().apply(s)));
    for (Evaluation e : List.of(a, p)) {
      for (Contribution c : e.contributions()) {
        row.add(Decimals.fixed(c.points(), 2));
      }
    }
    return row;
  }

  private static Evaluation checked(Evaluation e, ScoringModel<?> model, ScoredCustomer s) {
    if (!e.fingerprint().equals(model.fingerprint())) {
      throw new IllegalArgumentException("evaluation of customer '" + s.customer().id()
          + "' must come from model " + model.id() + " " + model.version() + " but was from: "
          + e.modelId() + " " + e.modelVersion());
    }
    return e;
  }
}
