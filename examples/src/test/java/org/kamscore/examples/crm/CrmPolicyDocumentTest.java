package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;
import org.kamscore.json.DecisionRecord;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * {@code crm-policy.yaml} is {@link CrmPolicy} as data: its models have the Java models'
 * fingerprints, its matrix the same bands and cells, and it decides every customer alike, bit
 * for bit; the file is in the canonical form the writer gives.
 */
final class CrmPolicyDocumentTest {
  private static final PortfolioMatrix<CrmCustomer> YAML = PolicyAsData.readPolicy();
  private static final PortfolioMatrix<CrmCustomer> JAVA = CrmPolicy.matrix();

  @Test
  void yamlModels_haveTheFingerprintsOfTheJavaModels() {
    assertThat(YAML.rows().model().fingerprint())
        .isEqualTo(CrmPolicy.attractiveness().fingerprint());
    assertThat(YAML.columns().model().fingerprint())
        .isEqualTo(CrmPolicy.supplierPosition().fingerprint());
    assertThat(YAML.rows().model().criteria()).extracting(c -> c.name() + ": " + c.description())
        .isEqualTo(CrmPolicy.attractiveness().criteria().stream()
            .map(c -> c.name() + ": " + c.description()).toList());
  }

  @Test
  void yamlMatrix_hasTheJavaMatrixsIdBandsAndCells() {
    assertThat(YAML.id()).isEqualTo(JAVA.id());
    assertThat(YAML.version()).isEqualTo(JAVA.version());
    assertThat(YAML.rows().bands()).isEqualTo(JAVA.rows().bands());
    assertThat(YAML.columns().bands()).isEqualTo(JAVA.columns().bands());
    assertThat(YAML.cells()).isEqualTo(JAVA.cells());
  }

  @Test
  void yamlPolicy_decidesEveryCustomerLikeTheJavaPolicy() {
    List<CrmCustomer> customers = PortfolioGenerator.generate(11, 300);
    List<Placement> yaml = YAML.classifyAll(customers).placements();
    List<Placement> java = JAVA.classifyAll(customers).placements();

    for (int i = 0; i < customers.size(); i++) {
      assertThat(yaml.get(i).cell()).isEqualTo(java.get(i).cell());
      assertThat(yaml.get(i).rowEvaluation()).isEqualTo(java.get(i).rowEvaluation());
      assertThat(yaml.get(i).columnEvaluation()).isEqualTo(java.get(i).columnEvaluation());
    }
  }

  @Test
  void yamlDocument_isCanonical_belowItsComments() throws IOException {
    String text;
    try (InputStream in = PolicyAsData.class.getResourceAsStream("crm-policy.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(text.replaceAll("(?m)\\A(#.*\\n)+", "")).isEqualTo(PolicyFormat.yaml().write(YAML));
  }

  @Test
  void javaDecision_replaysOnTheYamlPolicy() {
    ScoringModel<CrmCustomer> java = CrmPolicy.attractiveness();
    DecisionRecord stored = DecisionRecord.fromJson(
        DecisionRecord.of(java.evaluate(PolicyAsData.CUSTOMER)).toJson());

    assertThat(stored.replay(YAML.rows().model())).isEqualTo(java.evaluate(PolicyAsData.CUSTOMER));
  }

  @Test
  void policyAsData_printsTheRecord_itsReplay_andTheRefusal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      PolicyAsData.run(out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String position = CrmPolicy.supplierPosition().fingerprint().substring(0, 12);

    assertThat(printed)
        .contains("crm-supplier-position 2026.1: fingerprint " + position + " in YAML, "
            + position + " in Java")
        .contains(PolicyAsData.decisionLine(YAML))
        .contains("{\"format\":\"kamscore-decision/1\",\"record\":\"evaluation\","
            + "\"customerId\":\"C-0042\",")
        .contains("equal to the decision: true")
        .contains("The service's own JsonMapper writes the same record: true")
        .contains("Replayed on version 2026.2: fingerprint of the model to replay must be the "
            + "record's ");
  }
}
