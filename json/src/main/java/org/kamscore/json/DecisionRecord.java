package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * An {@link Evaluation} as a decision record: what a CRM stores to say which policy decided a
 * customer's tier and why, in the stable JSON shape of {@code docs/decision-record.md}. The
 * customer is named by the id its model declares, never by its {@code toString()}.
 *
 * <pre>{@code
 * String line = DecisionRecord.of(model.evaluate(customer)).toJson(); // one line of JSON Lines
 * DecisionRecord stored = DecisionRecord.fromJson(line);
 * Evaluation again = stored.replay(model);   // bit-identical, if the fingerprints are equal
 * }</pre>
 *
 * <p>Numbers are written as the shortest decimals that read back as the same doubles, so a
 * record read back holds the bits of the evaluation. Records are immutable; doubles compare bit
 * for bit in {@code equals}.
 *
 * @param model the model that decided: id, version and fingerprint
 * @param customerId the customer's declared id, or empty if the model declares none
 * @param score the score, in {@code [0, 100]}
 * @param tier the label of the tier awarded, after knock-outs
 * @param scoreTier the label of the tier the score alone reaches
 * @param nextTier the label of the tier above the one awarded, or empty at the top
 * @param pointsToNextTier the points missing to the next tier, or empty at the top
 * @param failedKnockOuts the names of the knock-outs failed, in declaration order
 * @param contributions per criterion, in declaration order, what it contributed
 * @param reasons the names of the criteria that lost points, most points lost first
 * @since 0.1.0
 */
public record DecisionRecord(ModelReference model, Optional<String> customerId, double score,
    String tier, String scoreTier, Optional<String> nextTier, OptionalDouble pointsToNextTier,
    List<String> failedKnockOuts, List<ContributionRecord> contributions, List<String> reasons) {

  /**
   * Checks the record and copies its lists.
   *
   * @param model the model that decided: id, version and fingerprint
   * @param customerId the customer's declared id, or empty if the model declares none
   * @param score the score, in {@code [0, 100]}
   * @param tier the label of the tier awarded, after knock-outs
   * @param scoreTier the label of the tier the score alone reaches
   * @param nextTier the label of the tier above the one awarded, or empty at the top
   * @param pointsToNextTier the points missing to the next tier, or empty at the top
   * @param failedKnockOuts the names of the knock-outs failed, in declaration order
   * @param contributions per criterion, in declaration order, what it contributed
   * @param reasons the names of the criteria that lost points, most points lost first
   * @throws IllegalArgumentException if the score is not in {@code [0, 100]}, a tier label is
   *     blank, the next tier and the points to it are not both given or both empty, there is no
   *     contribution, or a reason names no contribution
   */
  public DecisionRecord {
    requireNonNull(model, "model");
    requireNonNull(customerId, "customerId");
    requireNonNull(tier, "tier");
    requireNonNull(scoreTier, "scoreTier");
    requireNonNull(nextTier, "nextTier");
    requireNonNull(pointsToNextTier, "pointsToNextTier");
    failedKnockOuts = List.copyOf(failedKnockOuts);
    contributions = List.copyOf(contributions);
    reasons = List.copyOf(reasons);
    Checks.requireArgument(score >= 0.0 && score <= 100.0,
        "score must be in [0, 100] but was: %s", score);
    Checks.requireArgument(!tier.isBlank(), "tier must not be blank but was: '%s'", tier);
    Checks.requireArgument(!scoreTier.isBlank(),
        "score tier must not be blank but was: '%s'", scoreTier);
    Checks.requireArgument(nextTier.isPresent() == pointsToNextTier.isPresent(),
        "points to the next tier must be given exactly when a next tier is but were: %s",
        pointsToNextTier);
    Checks.requireArgument(!contributions.isEmpty(),
        "contributions must be one per criterion, at least one, but were: 0");
    List<String> names = new ArrayList<>();
    contributions.forEach(c -> names.add(c.criterion()));
    for (String reason : reasons) {
      Checks.requireArgument(names.contains(reason),
          "reason must be one of the criteria %s but was: '%s'", names, reason);
    }
  }

  /**
   * Returns the record of an evaluation.
   *
   * @param evaluation the evaluation
   * @return its record, with the same bits in every number
   */
  public static DecisionRecord of(Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    List<ContributionRecord> contributions = new ArrayList<>();
    for (Contribution c : evaluation.contributions()) {
      contributions.add(ContributionRecord.of(c));
    }
    List<String> reasons = new ArrayList<>();
    for (Contribution c : evaluation.reasons()) {
      reasons.add(c.criterion());
    }
    return new DecisionRecord(ModelReference.of(evaluation), evaluation.customerId(),
        evaluation.score(), evaluation.tier().label(), evaluation.scoreTier().label(),
        evaluation.nextTier().map(t -> t.label()), evaluation.pointsToNextTier(),
        evaluation.failedKnockOuts(), contributions, reasons);
  }

  /**
   * Returns the raw values to replay, one per criterion in declaration order: the value
   * scored, or {@code NaN} where the customer's value was missing, as
   * {@link ScoringModel#replay} takes them.
   *
   * @return an unmodifiable list of the raw values
   */
  public List<Double> rawValues() {
    List<Double> values = new ArrayList<>(contributions.size());
    for (ContributionRecord c : contributions) {
      values.add(c.replayValue());
    }
    return List.copyOf(values);
  }

  /**
   * Evaluates the recorded raw values again with a model of the same fingerprint: the result
   * is bit-identical to the recorded evaluation, score, tiers and contributions, though it names
   * no customer.
   *
   * @param replaying the model, of the record's fingerprint
   * @return the evaluation
   * @throws IllegalArgumentException if the model's fingerprint differs from the record's, or
   *     the model refuses the recorded values (see {@link ScoringModel#replay})
   */
  public Evaluation replay(ScoringModel<?> replaying) {
    requireNonNull(replaying, "replaying");
    Checks.requireArgument(model.matches(replaying),
        "fingerprint of the model to replay must be the record's %s (model '%s' %s) but was: "
            + "%s (model '%s' %s)", model.fingerprint(), model.id(), model.version(),
        replaying.fingerprint(), replaying.id(), replaying.version());
    return replaying.replay(rawValues(), failedKnockOuts);
  }

  /**
   * Returns the record as one line of JSON, a line of JSON Lines without its line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Documents.writeLine(g -> RecordJson.evaluation(g, this, true));
  }

  /**
   * Reads a record from JSON that {@link #toJson()} or {@link KamscoreModule} wrote.
   *
   * @param json the JSON text
   * @return the record
   * @throws PolicyDocumentException if the text is not such a record, naming where and why
   */
  public static DecisionRecord fromJson(String json) {
    requireNonNull(json, "json");
    return RecordJson.evaluation(Cursor.root(Documents.parseRecord(json)), true);
  }
}
