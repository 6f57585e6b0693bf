package org.kamscore.examples.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.kamscore.Attributes;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;
import org.kamscore.json.DecisionRecord;
import org.kamscore.json.KamscoreModule;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.PortfolioMatrix;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CRM policy as data: reads {@code crm-policy.yaml}, whose models have the fingerprints of
 * {@link CrmPolicy}'s Java models, stores one decision as a record, reads it back, replays it
 * bit for bit, writes it again through a Jackson mapper of the service's own, and refuses to
 * replay it on another version of the policy.
 *
 * <p>Run it from the repository root with
 * {@code mvn -q -pl examples -am -DskipTests package exec:java
 * -Dkamscore.example=org.kamscore.examples.crm.PolicyAsData}.
 *
 * @since 0.1.0
 */
public final class PolicyAsData {
  /** A customer of the CRM, whose decision the README shows. */
  public static final CrmCustomer CUSTOMER = new CrmCustomer("C-0042", "Wohnwelt Bedrooms",
      Industry.FURNITURE_RETAIL, 1_200_000, 0.24, 4, Relevance.REGIONAL, 0.08, 4,
      Cooperation.MEDIUM, 0.12);

  private PolicyAsData() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Reads the CRM policy document from the class path.
   *
   * @return the key-account matrix, with the models of both axes
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static PortfolioMatrix<CrmCustomer> readPolicy() {
    try {
      // README:policy-read:begin
      PortfolioMatrix<CrmCustomer> matrix;
      try (InputStream yaml = PolicyAsData.class.getResourceAsStream("crm-policy.yaml")) {
        matrix = PolicyFormat.yaml().readMatrix(yaml, Attributes.ofRecord(CrmCustomer.class));
      }
      ScoringModel<CrmCustomer> attractiveness = matrix.rows().model();
      ScoringModel<CrmCustomer> position = matrix.columns().model();
      // README:policy-read:end
      return matrix;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The decision record line of the README's customer by the supplier-position model.
   *
   * @param matrix the matrix read from the document
   * @return the record, as one line of JSON
   */
  public static String decisionLine(PortfolioMatrix<CrmCustomer> matrix) {
    CrmCustomer customer = CUSTOMER;
    // README:decision-record:begin
    ScoringModel<CrmCustomer> position = matrix.columns().model().toBuilder()
        .customerId(CrmCustomer::id)                        // records name it by its CRM key
        .build();
    Evaluation decided = position.evaluate(customer);
    String line = DecisionRecord.of(decided).toJson();    // store it: one line of JSON Lines
    // README:decision-record:end
    return line;
  }

  /**
   * Prints the fingerprints of the models in YAML and in Java, a decision record, its replay,
   * and the refusal to replay it on another version.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    PortfolioMatrix<CrmCustomer> matrix = readPolicy();
    fingerprints(out, matrix.rows().model(), CrmPolicy.attractiveness());
    fingerprints(out, matrix.columns().model(), CrmPolicy.supplierPosition());
    String line = decisionLine(matrix);
    out.println();
    out.println("The decision on " + CUSTOMER.id() + " by the supplier position, as a record:");
    out.println(line);
    ScoringModel<CrmCustomer> position = matrix.columns().model();
    Evaluation decided = position.evaluate(CUSTOMER);
    // README:replay:begin
    DecisionRecord stored = DecisionRecord.fromJson(line);
    Evaluation again = stored.replay(position);               // bit-identical to the decision
    // README:replay:end
    out.println();
    out.printf("Replayed: score %s, tier %s, equal to the decision: %s%n", again.score(),
        again.tier().label(), again.equals(decided));
    // README:jackson-module:begin
    JsonMapper mapper = JsonMapper.builder().addModule(new KamscoreModule()).build();
    String json = mapper.writeValueAsString(decided);          // in the decision record's shape
    DecisionRecord read = mapper.readValue(json, DecisionRecord.class);
    // README:jackson-module:end
    DecisionRecord record = DecisionRecord.of(decided);
    out.printf("The service's own JsonMapper writes the same record: %s%n",
        read.equals(record) && json.equals(record.toJson()));
    ScoringModel<CrmCustomer> next = position.toBuilder().id(position.id(), "2026.2")
        .weight("cooperation", 40).build();
    try {
      stored.replay(next);
    } catch (IllegalArgumentException refused) {
      out.println("Replayed on version 2026.2: " + refused.getMessage());
    }
  }

  private static void fingerprints(PrintStream out, ScoringModel<CrmCustomer> yaml,
      ScoringModel<CrmCustomer> java) {
    out.printf("%s %s: fingerprint %s in YAML, %s in Java%n", yaml.id(), yaml.version(),
        yaml.fingerprint().substring(0, 12), java.fingerprint().substring(0, 12));
  }
}
