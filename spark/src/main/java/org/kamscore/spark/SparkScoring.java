package org.kamscore.spark;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.kamscore.Attributes;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.json.PolicyDocumentException;
import org.kamscore.json.PolicyFormat;

/**
 * Scores a Spark {@code Dataset<Row>} with a scoring model from a policy document: every row
 * gets its score, tier, score tier, failed knock-outs, top reasons and the model's fingerprint,
 * bit-identical to {@link ScoringModel#evaluate(Object)} in one JVM.
 *
 * <pre>{@code
 * SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), Files.readString(policy))
 *     .withKeyColumn("id");
 * Dataset<Row> scored = scoring.score(spark.read().parquet("customers"));
 * scored.write().parquet("scored");
 * Map<String, Long> perTier = scoring.tierCounts(scored);   // {A=1203, B=8450, C=40347}
 * }</pre>
 *
 * <p><b>Columns.</b> Criteria and knock-outs read the dataset's columns by the attribute names
 * of the document, matched exactly; numeric columns of any Spark number type feed numeric
 * criteria, and string, integer or boolean columns feed ordinal ones. A {@code null} is a
 * missing value and follows the criterion's missing-value policy. The added columns are
 * <ul>
 *   <li>{@code score} (double), {@code tier} and {@code score_tier} (string: the tier after and
 *       before knock-out caps),
 *   <li>{@code failed_knock_outs} and {@code reasons} (array of string: the knock-outs failed,
 *       and the criteria that lost the most points, most first),
 *   <li>{@code fingerprint} (string: the model's, on every row), and
 *   <li>{@code error} (string): {@code null}, or the message of the {@link
 *       org.kamscore.ScoringException} that stopped the row, such as a missing value under the
 *       reject policy or text where a number belongs; the other columns are then {@code null}
 *       but the fingerprint.
 * </ul>
 * No row is dropped or added: rows in equal rows out, and a bad row is one with an error.
 *
 * <p><b>Executors.</b> The driver reads the document once, writes it as canonical JSON and ships
 * that text, never a model: each executor JVM builds the model once from it, at the first row
 * it scores, keeps it for every later task, and fails the task if the model it built has
 * another fingerprint than the driver's. See the package description for the choice between
 * a document and a model written in Java.
 *
 * <p>Instances are immutable; the {@code with} methods return new ones.
 *
 * @since 0.1.0
 */
public final class SparkScoring {
  private final ScoringModel<?> model;
  private final Settings settings;

  private SparkScoring(ScoringModel<?> model, Settings settings) {
    this.model = model;
    this.settings = settings;
  }

  /**
   * Reads a scoring model from a policy document of {@code kind: scoring-model}.
   *
   * @param format the document's format, with the enums its ordinal scales may name
   * @param document the document's text
   * @return the scoring, with no key column, 3 reasons and no column prefix
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   */
  public static SparkScoring of(PolicyFormat format, String document) {
    requireNonNull(format, "format");
    requireNonNull(document, "document");
    return of(format.readModel(document, Attributes.ofMaps()));
  }

  /**
   * Scores with a model built in Java whose criteria and knock-outs read attributes by name:
   * it is shipped to the executors as its policy document, with the same fingerprint.
   *
   * @param model the model, bound to attributes by name
   * @return the scoring, with no key column, 3 reasons and no column prefix
   * @throws IllegalArgumentException if a criterion or knock-out reads a function or a
   *     predicate instead of an attribute, which no document can hold
   */
  public static SparkScoring of(ScoringModel<?> model) {
    requireNonNull(model, "model");
    return new SparkScoring(model, Settings.of(ShippedPolicy.of(model)));
  }

  /**
   * Names customers in error messages by a column, such as the CRM id, instead of not at all.
   *
   * @param column the key column's exact name
   * @return a new scoring
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public SparkScoring withKeyColumn(String column) {
    return new SparkScoring(model, settings.keyColumn(column));
  }

  /**
   * Sets how many reasons each row reports in {@code reasons}.
   *
   * @param count the most reasons per row, 0 for none
   * @return a new scoring
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public SparkScoring withReasons(int count) {
    return new SparkScoring(model, settings.reasons(count));
  }

  /**
   * Puts a prefix before the names of the added columns, such as {@code "kam_"} for
   * {@code kam_score}, when the dataset has columns of those names already.
   *
   * @param prefix the prefix, possibly empty
   * @return a new scoring
   */
  public SparkScoring withColumnPrefix(String prefix) {
    return new SparkScoring(model, settings.prefix(prefix));
  }

  /**
   * Returns the fingerprint of the model, which every scored row carries.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return model.fingerprint();
  }

  /**
   * Returns the names of the columns that {@link #score(Dataset)} adds, prefix included.
   *
   * @return an unmodifiable list of the names, in the order they are added
   */
  public List<String> columns() {
    return settings.columns();
  }

  /**
   * Adds the model's columns to every row. Nothing runs until an action, such as a write,
   * asks for the rows.
   *
   * @param customers the customers, one per row, with a column per attribute the model reads
   * @return the customers with the added columns, row for row
   * @throws IllegalArgumentException if an attribute or the key column is not a column of the
   *     dataset, or an added column's name is one already
   */
  public Dataset<Row> score(Dataset<Row> customers) {
    return settings.score(customers);
  }

  /**
   * Counts the scored rows per tier, with one Spark job.
   *
   * @param scored rows that {@link #score(Dataset)} returned, possibly filtered
   * @return per tier label, best tier first, the number of rows in it, 0 included; rows with
   *     an error are in none
   * @throws IllegalArgumentException if the dataset has no tier column of this scoring
   */
  public Map<String, Long> tierCounts(Dataset<Row> scored) {
    Map<List<String>, Long> found = Columns.counts(scored, settings.prefix + "tier");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Tier tier : model.tiers().all()) {
      counts.put(tier.label(), found.getOrDefault(List.of(tier.label()), 0L));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns a summary such as
   * {@code SparkScoring[attractiveness 2026.1, 7 attributes, key id, 3 reasons, prefix ""]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("SparkScoring[%s %s, %s]", model.id(), model.version(),
        settings.describe());
  }
}
