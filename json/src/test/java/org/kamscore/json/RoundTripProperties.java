package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;

/**
 * Over generated policies (see {@link GeneratedPolicies}): model → document → model keeps the
 * fingerprint and scores every customer bit for bit alike, in JSON and YAML; writing the model
 * read back gives the same text; and a decision record read back replays bit for bit.
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
        assertThat(format.write(read)).isEqualTo(document);
        for (Map<String, ?> customer : c.customers()) {
          Outcome expected = Outcome.of(() -> c.model().evaluate(customer));
          Outcome actual = Outcome.of(() -> read.evaluate(customer));
          assertThat(actual).isEqualTo(expected);
          if (expected.evaluation() != null) {
            assertThat(Double.doubleToRawLongBits(read.score(customer)))
                .isEqualTo(Double.doubleToRawLongBits(expected.evaluation().score()));
          }
        }
      }
    });
  }

  @Test
  void decisionRecord_readBack_replaysBitForBit() {
    Theories.qt(Theories.EXAMPLES).forAll(GeneratedPolicies.cases()).checkAssert(c -> {
      ScoringModel<Map<String, ?>> read = GeneratedPolicies.JSON.readModel(
          GeneratedPolicies.JSON.write(c.model()), GeneratedPolicies.MAPS);
      for (Map<String, ?> customer : c.customers()) {
        Evaluation evaluation;
        try {
          evaluation = c.model().evaluate(customer);
        } catch (ScoringException e) {
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

  /** A record as a replay makes it: naming no customer. */
  static DecisionRecord anonymous(DecisionRecord r) {
    return new DecisionRecord(r.model(), java.util.Optional.empty(), r.score(), r.tier(),
        r.scoreTier(), r.nextTier(), r.pointsToNextTier(), r.failedKnockOuts(),
        r.contributions(), r.reasons());
  }

  /** The result of evaluating: an evaluation, or the message of the scoring failure. */
  record Outcome(Evaluation evaluation, String failure) {
    static Outcome of(Supplier<Evaluation> evaluate) {
      try {
        return new Outcome(evaluate.get(), null);
      } catch (ScoringException e) {
        return new Outcome(null, e.getMessage());
      }
    }
  }
}
