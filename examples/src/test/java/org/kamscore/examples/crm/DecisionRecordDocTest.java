package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.json.BatchRecord;
import org.kamscore.json.ClassificationRecord;
import org.kamscore.json.DecisionRecord;
import org.kamscore.json.PlacementRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/decision-record.md} true: every record it shows reads back as its record
 * type, and each is what the CRM example's policy writes for the inputs the page names.
 */
final class DecisionRecordDocTest {
  private static final Path DOC = Path.of("..").toAbsolutePath().normalize()
      .resolve("docs/decision-record.md");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The second customer of the batch: its revenue is missing, which the policy rejects. */
  static final CrmCustomer BROKEN = new CrmCustomer("C-0043", "Schlafkontor",
      Industry.FURNITURE_RETAIL, Double.NaN, 0.2, 3, CrmCustomer.Relevance.NONE, 0.02, 2,
      CrmCustomer.Cooperation.LOW, 0.05);

  @Test
  void everyRecordOnThePage_readsBack_andIsWhatThePolicyWrites() throws IOException {
    List<String> blocks = jsonBlocks();
    CrmCustomer customer = PolicyAsData.CUSTOMER;

    assertThat(blocks).hasSize(4);
    assertThat(tree(blocks.get(0)))
        .isEqualTo(tree(PolicyAsData.decisionLine(PolicyAsData.readPolicy())));
    assertThat(DecisionRecord.fromJson(blocks.get(0)).replay(CrmPolicy.supplierPosition())
        .score()).isEqualTo(DecisionRecord.fromJson(blocks.get(0)).score());
    assertThat(blocks.get(1).strip())
        .isEqualTo(PlacementRecord.of(CrmPolicy.matrix().classify(customer)).toJson());
    assertThat(PlacementRecord.fromJson(blocks.get(1)).cell()).isEqualTo("maintain");
    assertThat(BatchRecord.fromJson(blocks.get(2))).isEqualTo(BatchRecord.of(
        CrmPolicy.supplierPosition().evaluateAllCollectingErrors(List.of(customer, BROKEN))));
    assertThat(ClassificationRecord.fromJson(blocks.get(3))).isEqualTo(ClassificationRecord.of(
        CrmPolicy.matrix().classifyAll(PortfolioGenerator.generate(7, 50))));
  }

  private static List<String> jsonBlocks() throws IOException {
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }
}
