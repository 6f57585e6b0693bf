package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Axis;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Over generated policies (see {@link GeneratedPolicies}): model → document → model keeps the
 * fingerprint and customer id and scores every customer bit for bit alike, in JSON and YAML;
 * matrix → document → matrix keeps the bands, the knock-outs' caps and the cells and places
 * every customer alike; writing what was read back gives the same text; and decision and
 * placement records read back equal and replay bit for bit.
 */
final class RoundTripProperties {

  @Test
  void modelToDocumentToModel_keepsFingerprintScoresAndText() {
    Theories.qt(Theories.EXAMPLES).forAll(GeneratedPolicies.cases()).checkAssert(c -> {
      for (PolicyFormat format : new PolicyFormat[] {GeneratedPolicies.JSON,
          GeneratedPolicies.YAML}) {
        String document = format.write(c.model());
        ScoringModel<Map<String, ?>> read = format.readModel(document, GeneratedPolicies.MAPS);

        assertThat(read.fingerprint()).isEqualTo(c.model().fingerprint());
        assertThat(read.criteria()).isEqualTo(c.model().criteria());
        assertThat(read.knockOuts()).isEqualTo(c.model().knockOuts());
        assertThat(read.customerIdAttribute()).isEqualTo(c.model().customerIdAttribute());
        assertThat(format.write(read)).isEqualTo(document);
        for (Map<String, ?> customer : c.customers()) {
          Outcome<Evaluation> expected = Outcome.of(() -> c.model().evaluate(customer));
          Outcome<Evaluation> actual = Outcome.of(() -> read.evaluate(customer));
          assertThat(actual).isEqualTo(expected);
          if (expected.result() != null) {
            assertThat(actual.result().customerId()).isEqualTo(expected.result().customerId());
            assertThat(Double.doubleToRawLongBits(read.score(customer)))
                .isEqualTo(Double.doubleToRawLongBits(expected.result().score()));
          }
        }
      }
    });
  }

  @Test
  void matrixToDocumentToMatrix_keepsCapsAndText_andPlacesAlike() {
    Theories.qt(Theories.EXAMPLES).forAll(GeneratedPolicies.matrixCases()).checkAssert(c -> {
      PortfolioMatrix<Map<String, ?>> matrix = c.matrix();
      for (PolicyFormat format : new PolicyFormat[] {GeneratedPolicies.JSON,
          GeneratedPolicies.YAML}) {
        String document = format.write(matrix);
        PortfolioMatrix<Map<String, ?>> read = format.readMatrix(document, GeneratedPolicies.MAPS);

        for (Axes axes : List.of(new Axes(read.rows(), matrix.rows()),
            new Axes(read.columns(), matrix.columns()))) {
          assertThat(axes.read().model().fingerprint())
              .isEqualTo(axes.written().model().fingerprint());
          assertThat(axes.read().bands()).isEqualTo(axes.written().bands());
          assertThat(axes.read().caps()).containsExactlyEntriesOf(axes.written().caps());
        }
        assertThat(read.cells()).isEqualTo(matrix.cells());
        assertThat(format.write(read)).isEqualTo(document);
        for (Map<String, ?> customer : c.customers()) {
          assertThat(Outcome.of(() -> read.classify(customer)))
              .isEqualTo(Outcome.of(() -> matrix.classify(customer)));
        }
      }
    });
  }

  @Test
  void placementRecord_readBack_isEqual_andItsAxesReplay() {
    Theories.qt(Theories.EXAMPLES).forAll(GeneratedPolicies.matrixCases()).checkAssert(c -> {
      for (Map<String, ?> customer : c.customers()) {
        Placement placement = Outcome.of(() -> c.matrix().classify(customer)).result();
        if (placement == null) {
          continue; // a customer the policy rejects has no decision
        }
        PlacementRecord record = PlacementRecord.of(placement);
        PlacementRecord stored = PlacementRecord.fromJson(record.toJson());

        assertThat(stored).isEqualTo(record);
        assertThat(stored.rowScoreBand()).isEqualTo(placement.rowScoreBand().label());
        assertThat(stored.columnCappedBy()).isEqualTo(placement.columnCappedBy());
        assertThat(stored.isCapped()).isEqualTo(placement.isCapped());
        assertThat(stored.row().replay(c.matrix().rows().model()))
            .isEqualTo(placement.rowEvaluation());
        assertThat(stored.column().replay(c.matrix().columns().model()))
            .isEqualTo(placement.columnEvaluation());
      }
    });
  }

  @Test
  void decisionRecord_readBack_replaysBitForBit() {
    Theories.qt(Theories.EXAMPLES).forAll(GeneratedPolicies.cases()).checkAssert(c -> {
      ScoringModel<Map<String, ?>> read = GeneratedPolicies.JSON.readModel(
          GeneratedPolicies.JSON.write(c.model()), GeneratedPolicies.MAPS);
      for (Map<String, ?> customer : c.customers()) {
        Evaluation evaluation = Outcome.of(() -> c.model().evaluate(customer)).result();
        if (evaluation == null) {
          continue; // a customer the policy rejects has no decision
        }
        DecisionRecord record = DecisionRecord.of(evaluation);
        DecisionRecord stored = DecisionRecord.fromJson(record.toJson());

        assertThat(stored).isEqualTo(record);
        assertThat(stored.replay(read)).isEqualTo(evaluation);
        assertThat(DecisionRecord.of(stored.replay(c.model()))).isEqualTo(anonymous(record));
      }
    });
  }

  /** An axis read back from a document, and the axis written. */
  record Axes(Axis<?> read, Axis<?> written) {}

  /** A record as a replay makes it: naming no customer. */
  static DecisionRecord anonymous(DecisionRecord r) {
    return new DecisionRecord(r.model(), java.util.Optional.empty(), r.score(), r.tier(),
        r.scoreTier(), r.nextTier(), r.pointsToNextTier(), r.failedKnockOuts(),
        r.contributions(), r.reasons());
  }

  /** The result of evaluating or placing: a result, or the message of the scoring failure. */
  record Outcome<R>(R result, String failure) {
    static <R> Outcome<R> of(Supplier<R> call) {
      try {
        return new Outcome<>(call.get(), null);
      } catch (ScoringException e) {
        return new Outcome<>(null, e.getMessage());
      }
    }
  }
}
