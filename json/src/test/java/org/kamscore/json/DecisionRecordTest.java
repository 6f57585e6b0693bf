package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.kamscore.BatchResult;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.json.Account.Relevance;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;

/**
 * Decision records: an evaluation, placement, batch or classification as JSON that reads back
 * to an equal record, and an evaluation's record replays bit for bit on a model of the same
 * fingerprint, and on no other.
 */
final class DecisionRecordTest {
  static final Account CHAIN = new Account("K-1", 9_500_000.0, 0.24, 4, Relevance.LIGHTHOUSE,
      true, "key", 0.10);
  /** Misses growth (substituted) and relevance (substituted), fails both knock-outs. */
  static final Account JOINERY = new Account("K-2", 90_000.0, 0.38, null, null, false, "small",
      0.35);
  /** Misses the reference flag, which the policy scores as the worst utility: no value. */
  static final Account NEWCOMER = new Account("K-3", 400_000.0, 0.12, 2, Relevance.NONE, null,
      "mid", 0.05);

  private final ScoringModel<Account> model = Policies.attractiveness();

  @Test
  void record_readsBack_equal_forEveryKindOfCustomer() {
    for (Account customer : List.of(CHAIN, JOINERY, NEWCOMER)) {
      DecisionRecord record = DecisionRecord.of(model.evaluate(customer));

      assertThat(DecisionRecord.fromJson(record.toJson())).isEqualTo(record);
    }
  }

  @Test
  void record_holdsTheDeclaredId_theModel_andTheDecision() {
    Evaluation e = model.evaluate(JOINERY);

    DecisionRecord record = DecisionRecord.fromJson(DecisionRecord.of(e).toJson());

    assertThat(record.customerId()).contains("K-2");
    assertThat(record.model()).isEqualTo(new ModelReference("attractiveness", "2026.1",
        model.fingerprint()));
    assertThat(record.score()).isEqualTo(e.score());
    assertThat(record.tier()).isEqualTo("C");
    assertThat(record.scoreTier()).isEqualTo(e.scoreTier().label());
    assertThat(record.failedKnockOuts()).containsExactly("minimum-revenue", "maximum-discount");
    assertThat(record.contributions().get(2)).satisfies(growth -> {
      assertThat(growth.criterion()).isEqualTo("growth");
      assertThat(growth.missing()).isTrue();
      assertThat(growth.value()).isEqualTo(3.0); // the substitute
      assertThat(growth.replayValue()).isNaN();
    });
  }

  @Test
  void missingValue_withoutSubstitute_isNull_inJson() {
    DecisionRecord record = DecisionRecord.of(model.evaluate(NEWCOMER));

    assertThat(record.toJson()).contains("{\"criterion\":\"reference\",\"value\":null,"
        + "\"displayValue\":\"missing\",\"missing\":true,\"utility\":0,");
    assertThat(DecisionRecord.fromJson(record.toJson()).contributions().get(4).value()).isNaN();
  }

  @Test
  void replay_onTheSameFingerprint_isBitIdentical() {
    ScoringModel<Account> fromDocument = PolicyFormat.yaml()
        .readModel(Resources.text("attractiveness.yaml"), Policies.ATTRIBUTES);
    for (Account customer : List.of(CHAIN, JOINERY, NEWCOMER)) {
      Evaluation decided = model.evaluate(customer);
      DecisionRecord stored = DecisionRecord.fromJson(DecisionRecord.of(decided).toJson());

      Evaluation again = stored.replay(fromDocument);

      assertThat(again).isEqualTo(decided);
      assertThat(Double.doubleToRawLongBits(again.score()))
          .isEqualTo(Double.doubleToRawLongBits(decided.score()));
      assertThat(again.explain()).isEqualTo(decided.explain());
    }
  }

  @Test
  void replay_onAnotherFingerprint_isRefused() {
    DecisionRecord stored = DecisionRecord.of(model.evaluate(CHAIN));
    ScoringModel<Account> next = model.toBuilder().id("attractiveness", "2026.2")
        .weight("margin", 25).build();

    assertThatThrownBy(() -> stored.replay(next))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fingerprint of the model to replay must be the record's "
            + model.fingerprint() + " (model 'attractiveness' 2026.1) but was: "
            + next.fingerprint() + " (model 'attractiveness' 2026.2)");
  }

  @Test
  void placementRecord_readsBack_andItsAxesReplay() {
    Placement placement = Policies.matrix().classify(CHAIN);

    PlacementRecord record = PlacementRecord.fromJson(PlacementRecord.of(placement).toJson());

    assertThat(record).isEqualTo(PlacementRecord.of(placement));
    assertThat(record.customerId()).contains("K-1");
    assertThat(record.cell()).isEqualTo(placement.cell().name());
    assertThat(record.rowBand()).isEqualTo("high");
    assertThat(record.row().replay(Policies.attractiveness()))
        .isEqualTo(placement.rowEvaluation());
    assertThat(record.column().replay(Policies.position()))
        .isEqualTo(placement.columnEvaluation());
  }

  @Test
  void batchRecord_holdsTheErrors_andReadsBack() {
    Account broken = new Account("K-9", 1_000_000.0, 0.2, 3, Relevance.NONE, true, null, 0.1);
    BatchResult result = model.evaluateAllCollectingErrors(List.of(CHAIN, broken, JOINERY));

    BatchRecord record = BatchRecord.fromJson(BatchRecord.of(result).toJson());

    assertThat(record).isEqualTo(BatchRecord.of(result));
    assertThat(record.size()).isEqualTo(3);
    assertThat(record.evaluations()).hasSize(2);
    assertThat(record.errors()).singleElement().satisfies(error -> {
      assertThat(error.customerIndex()).hasValue(1);
      assertThat(error.criterion()).contains("segment");
      assertThat(error.modelId()).isEqualTo("attractiveness");
      assertThat(error.message()).contains("customer 'K-9' at index 1").doesNotContain("Account[");
    });
  }

  @Test
  void classificationRecord_countsTheCells_andReadsBack() {
    Classification<Account> classification =
        Policies.matrix().classifyAll(List.of(CHAIN, JOINERY, NEWCOMER));

    ClassificationRecord record =
        ClassificationRecord.fromJson(ClassificationRecord.of(classification).toJson());

    assertThat(record).isEqualTo(ClassificationRecord.of(classification));
    assertThat(record.size()).isEqualTo(3);
    assertThat(record.cells()).hasSize(6);
    assertThat(record.cells().stream().mapToInt(CellCount::count).sum()).isEqualTo(3);
    assertThat(record.rows()).isEqualTo(ModelReference.of(Policies.attractiveness()));
  }

  @Test
  void pointsLost_thatIsNotMaximumMinusPoints_isRefused() {
    String json = DecisionRecord.of(model.evaluate(CHAIN)).toJson()
        .replaceFirst("\"pointsLost\":[^}]*}", "\"pointsLost\":1}");

    PolicyDocumentException e = refused(json);

    assertThat(e.pointer()).isEqualTo("/contributions/0/pointsLost");
    assertThat(e.getMessage()).startsWith("/contributions/0/pointsLost must be maximum - points, ");
  }

  @Test
  void valueThatIsNull_thoughNotMissing_isRefused() {
    String json = DecisionRecord.of(model.evaluate(CHAIN)).toJson()
        .replace("\"value\":9500000", "\"value\":null");

    PolicyDocumentException e = refused(json);

    assertThat(e.pointer()).isEqualTo("/contributions/0/value");
    assertThat(e).hasMessage("/contributions/0/value: value of criterion 'revenue' must be a "
        + "finite number, or NaN where missing, but was: NaN");
  }

  @Test
  void reasonThatIsNoCriterion_isRefused() {
    String json = DecisionRecord.of(model.evaluate(JOINERY)).toJson()
        .replace("\"reasons\":[\"revenue\"", "\"reasons\":[\"turnover\"");

    PolicyDocumentException e = refused(json);

    assertThat(e.pointer()).isEqualTo("/reasons");
    assertThat(e).hasMessage("/reasons: reason must be one of the criteria [revenue, margin, "
        + "growth, relevance, reference, segment, discount] but was: 'turnover'");
  }

  @Test
  void recordOfAnotherKind_isRefused() {
    String json = PlacementRecord.of(Policies.matrix().classify(CHAIN)).toJson();

    PolicyDocumentException e = refused(json);

    assertThat(e.pointer()).isEqualTo("/cell");
    assertThat(e).hasMessage("/cell must be a field of a decision record (format, record, "
        + "customerId, model, score, tier, scoreTier, nextTier, pointsToNextTier, "
        + "failedKnockOuts, reasons, contributions) but was: an unknown field");
  }

  @Test
  void nextTier_andItsDistance_comeTogether() {
    DecisionRecord record = DecisionRecord.of(model.evaluate(CHAIN));

    assertThatThrownBy(() -> new DecisionRecord(record.model(), record.customerId(),
        record.score(), record.tier(), record.scoreTier(), Optional.of("S"),
        OptionalDouble.empty(), record.failedKnockOuts(), record.contributions(),
        record.reasons()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points to the next tier must be given exactly when a next tier is but "
            + "were: OptionalDouble.empty");
  }

  @Test
  void rawValues_areWhatReplayTakes() {
    DecisionRecord record = DecisionRecord.of(model.evaluate(JOINERY));

    assertThat(record.rawValues()).hasSize(7);
    assertThat(record.rawValues().get(2)).isNaN();
    assertThat(record.rawValues().get(1)).isEqualTo(0.38);
    assertThat(model.replay(record.rawValues(), record.failedKnockOuts()).score())
        .isEqualTo(record.score());
  }

  private static PolicyDocumentException refused(String json) {
    return Rejected.by(() -> DecisionRecord.fromJson(json));
  }
}
