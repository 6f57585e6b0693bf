package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.BatchResult;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.json.Account.Relevance;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own Jackson mapper, without Spring: once the module is registered it writes
 * kamscore's results in the shapes of the decision records and reads the records back.
 */
final class KamscoreModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new KamscoreModule())
      .build();

  private final ScoringModel<Account> model = Policies.attractiveness();

  /** A response of a service of the user's that holds an evaluation. */
  record Response(String request, Evaluation decision) {}

  /** The same response as the service reads it back. */
  record StoredResponse(String request, DecisionRecord decision) {}

  @Test
  void evaluation_isWrittenAsItsDecisionRecord() {
    Evaluation e = model.evaluate(DecisionRecordTest.JOINERY);

    assertThat(MAPPER.writeValueAsString(e)).isEqualTo(DecisionRecord.of(e).toJson());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), DecisionRecord.class))
        .isEqualTo(DecisionRecord.of(e));
  }

  @Test
  void evaluationInAnObjectOfTheService_isWrittenAndReadBack() {
    Evaluation e = model.evaluate(DecisionRecordTest.CHAIN);

    String json = MAPPER.writeValueAsString(new Response("r-17", e));
    StoredResponse stored = MAPPER.readValue(json, StoredResponse.class);

    assertThat(json).startsWith("{\"request\":\"r-17\",\"decision\":{\"format\":"
        + "\"kamscore-decision/1\",\"record\":\"evaluation\",\"customerId\":\"K-1\",");
    assertThat(stored.decision()).isEqualTo(DecisionRecord.of(e));
    assertThat(stored.decision().replay(model)).isEqualTo(e);
  }

  @Test
  void resultsOfBatchesAndMatrices_areWrittenAsTheirRecords() {
    Placement placement = Policies.matrix().classify(DecisionRecordTest.CHAIN);
    List<Account> customers = List.of(DecisionRecordTest.CHAIN, DecisionRecordTest.JOINERY);
    BatchResult batch = model.evaluateAllCollectingErrors(customers);
    Classification<Account> classification = Policies.matrix().classifyAll(customers);

    assertThat(MAPPER.writeValueAsString(placement))
        .isEqualTo(PlacementRecord.of(placement).toJson());
    assertThat(MAPPER.writeValueAsString(batch)).isEqualTo(BatchRecord.of(batch).toJson());
    assertThat(MAPPER.writeValueAsString(classification))
        .isEqualTo(ClassificationRecord.of(classification).toJson());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(placement), PlacementRecord.class))
        .isEqualTo(PlacementRecord.of(placement));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(batch), BatchRecord.class))
        .isEqualTo(BatchRecord.of(batch));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(classification),
        ClassificationRecord.class)).isEqualTo(ClassificationRecord.of(classification));
  }

  @Test
  void scoringException_isWrittenAsAnErrorRecord_withoutTheCustomer() {
    Account broken = new Account("K-9", 1e6, 0.2, 3, Relevance.NONE, true, null, 0.1);
    ScoringException error = (ScoringException) catchThrowable(() -> model.evaluate(broken));

    assertThat(MAPPER.writeValueAsString(error)).isEqualTo("{\"customerIndex\":null,"
        + "\"modelId\":\"attractiveness\",\"criterion\":\"segment\",\"message\":\""
        + error.getMessage() + "\"}");
  }

  @Test
  void modelBoundToAttributes_isWrittenAsItsPolicyDocument() {
    String json = MAPPER.writeValueAsString(model);

    assertThat(MAPPER.readTree(json))
        .isEqualTo(MAPPER.readTree(PolicyFormat.json().write(model)));
    assertThat(MAPPER.writeValueAsString(Policies.matrix())).isEqualTo(
        MAPPER.writeValueAsString(MAPPER.readTree(PolicyFormat.json().write(Policies.matrix()))));
  }

  @Test
  void criterionOfALambdaModel_isWrittenWithoutAttribute() {
    ScoringModel<Account> lambdas = ScoringModel.builder(Account.class)
        .id("lambdas", "1")
        .criterion("margin", Account::margin, Scale.linear(0, 0.5), 2)
        .build();

    assertThat(MAPPER.writeValueAsString(lambdas.criteria().get(0))).isEqualTo(
        "{\"name\":\"margin\",\"weight\":2,\"scale\":{\"kind\":\"linear\",\"worst\":0,"
            + "\"best\":0.5}}");
    assertThat(MAPPER.writeValueAsString(model.knockOuts())).isEqualTo("[{\"name\":"
        + "\"minimum-revenue\",\"description\":\"below 250,000 EUR: tier C\",\"attribute\":"
        + "\"revenue\",\"atLeast\":250000,\"cap\":\"C\"},{\"name\":\"maximum-discount\","
        + "\"attribute\":\"discount\",\"atMost\":0.3,\"cap\":\"B\"}]");
  }

  @Test
  void serviceLoader_findsTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Evaluation e = model.evaluate(DecisionRecordTest.CHAIN);

    assertThat(found.writeValueAsString(e)).isEqualTo(DecisionRecord.of(e).toJson());
  }

  @Test
  void badRecord_failsWithThePointer() {
    String json = DecisionRecord.of(model.evaluate(DecisionRecordTest.CHAIN)).toJson()
        .replace("\"tier\":\"A\"", "\"tier\":7");

    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, DecisionRecord.class));

    assertThat(thrown).isInstanceOf(PolicyDocumentException.class)
        .hasMessage("/tier must be a string but was: 7");
  }
}
