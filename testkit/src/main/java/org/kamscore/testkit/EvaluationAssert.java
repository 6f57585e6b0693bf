package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * Assertions on an {@link Evaluation}, from {@link KamAssertions#assertThat(Evaluation)}. A
 * failure states what was expected and what was found, followed by the evaluation's
 * {@linkplain Evaluation#explain() explanation}.
 *
 * <pre>{@code
 * assertThat(model.evaluate(customer))
 *     .hasTier("C")
 *     .failedKnockOut("minimum-revenue")
 *     .hasReasonsInOrder("discount-demanded", "market-power");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

  EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /**
   * Verifies the tier awarded, knock-outs included.
   *
   * @param label the expected tier's label
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or has another tier
   */
  public EvaluationAssert hasTier(String label) {
    requireNonNull(label, "label");
    isNotNull();
    if (!actual.tier().label().equals(label)) {
      fail("to have tier \"%s\" but it had tier \"%s\"", label, actual.tier().label());
    }
    return this;
  }

  /**
   * Verifies the tier the score alone reaches, before knock-outs.
   *
   * @param label the expected tier's label
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or its score reaches another tier
   */
  public EvaluationAssert hasScoreTier(String label) {
    requireNonNull(label, "label");
    isNotNull();
    if (!actual.scoreTier().label().equals(label)) {
      fail("to have a score that reaches tier \"%s\" but it reached tier \"%s\"", label,
          actual.scoreTier().label());
    }
    return this;
  }

  /**
   * Verifies the score within an offset, such as {@code hasScoreCloseTo(63.5, within(0.01))}.
   *
   * @param expected the expected score
   * @param offset the allowed difference
   * @return this assertion
   * @throws NullPointerException if {@code offset} is {@code null}
   * @throws AssertionError if the evaluation is {@code null} or its score is not that close
   */
  public EvaluationAssert hasScoreCloseTo(double expected, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    isNotNull();
    if (!close(actual.score(), expected, offset)) {
      fail("to have a score close to %s within %s but it had %s", Numbers.shortest(expected),
          Numbers.shortest(offset.value), Numbers.shortest(actual.score()));
    }
    return this;
  }

  /**
   * Verifies that the score lies in a closed interval.
   *
   * @param min the least score expected
   * @param max the greatest score expected
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or its score lies outside
   */
  public EvaluationAssert hasScoreBetween(double min, double max) {
    isNotNull();
    if (!(actual.score() >= min && actual.score() <= max)) {
      fail("to have a score in [%s, %s] but it had %s", Numbers.shortest(min),
          Numbers.shortest(max), Numbers.shortest(actual.score()));
    }
    return this;
  }

  /**
   * Verifies the reason codes exactly: the criteria that lost points, most points lost first.
   * With no argument, verifies that no criterion lost points.
   *
   * @param criteria the expected criteria, in order
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or has other reasons or another
   *     order
   */
  public EvaluationAssert hasReasonsInOrder(String... criteria) {
    requireNonNull(criteria, "criteria");
    isNotNull();
    List<String> reasons = new ArrayList<>();
    for (Contribution c : actual.reasons()) {
      reasons.add(c.criterion());
    }
    if (!reasons.equals(Arrays.asList(criteria))) {
      fail("to have the reasons, most points lost first, %s but it had %s",
          Arrays.toString(criteria), reasons);
    }
    return this;
  }

  /**
   * Verifies that the customer failed a knock-out, and maybe others.
   *
   * @param knockOut the knock-out's name
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or the knock-out did not fail
   */
  public EvaluationAssert failedKnockOut(String knockOut) {
    requireNonNull(knockOut, "knockOut");
    isNotNull();
    if (!actual.failedKnockOuts().contains(knockOut)) {
      fail("to have failed knock-out \"%s\" but it failed %s", knockOut,
          actual.failedKnockOuts().isEmpty() ? "none" : actual.failedKnockOuts());
    }
    return this;
  }

  /**
   * Verifies that the customer passed every knock-out.
   *
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or a knock-out failed
   */
  public EvaluationAssert passedAllKnockOuts() {
    isNotNull();
    if (!actual.failedKnockOuts().isEmpty()) {
      fail("to have passed every knock-out but it failed %s", actual.failedKnockOuts());
    }
    return this;
  }

  /**
   * Verifies the points missing to the next tier, within an offset.
   *
   * @param expected the expected missing points
   * @param offset the allowed difference
   * @return this assertion
   * @throws NullPointerException if {@code offset} is {@code null}
   * @throws AssertionError if the evaluation is {@code null}, in the top tier, or misses
   *     another number of points
   */
  public EvaluationAssert hasPointsToNextTier(double expected, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    isNotNull();
    if (actual.pointsToNextTier().isEmpty()) {
      fail("to miss %s points to the next tier but it is in the top tier \"%s\"",
          Numbers.shortest(expected), actual.tier().label());
    }
    double missing = actual.pointsToNextTier().getAsDouble();
    if (!close(missing, expected, offset)) {
      fail("to miss %s points within %s to the next tier \"%s\" but it missed %s",
          Numbers.shortest(expected), Numbers.shortest(offset.value),
          actual.nextTier().orElseThrow().label(), Numbers.shortest(missing));
    }
    return this;
  }

  /**
   * Verifies that the customer is in the top tier.
   *
   * @return this assertion
   * @throws AssertionError if the evaluation is {@code null} or below the top tier
   */
  public EvaluationAssert isInTopTier() {
    isNotNull();
    if (actual.nextTier().isPresent()) {
      fail("to be in the top tier but it was in tier \"%s\", below \"%s\"",
          actual.tier().label(), actual.nextTier().get().label());
    }
    return this;
  }

  /**
   * Verifies the points one criterion earned, within an offset.
   *
   * @param criterion the criterion's name
   * @param expected the expected points
   * @param offset the allowed difference
   * @return this assertion
   * @throws NullPointerException if {@code criterion} or {@code offset} is {@code null}
   * @throws AssertionError if the evaluation is {@code null}, has no such criterion, or the
   *     criterion earned another number of points
   */
  public EvaluationAssert hasPointsFor(String criterion, double expected, Offset<Double> offset) {
    requireNonNull(criterion, "criterion");
    requireNonNull(offset, "offset");
    isNotNull();
    List<String> names = new ArrayList<>();
    for (Contribution c : actual.contributions()) {
      if (c.criterion().equals(criterion)) {
        if (!close(c.points(), expected, offset)) {
          fail("to earn %s points within %s for \"%s\" but it earned %s",
              Numbers.shortest(expected), Numbers.shortest(offset.value), criterion,
              Numbers.shortest(c.points()));
        }
        return this;
      }
      names.add(c.criterion());
    }
    fail("to earn %s points for \"%s\" but its model has no such criterion, only %s",
        Numbers.shortest(expected), criterion, names);
    return this;
  }

  /**
   * Verifies that the evaluation was made by a model: the same id, version and fingerprint.
   *
   * @param model the model
   * @return this assertion
   * @throws NullPointerException if {@code model} is {@code null}
   * @throws AssertionError if the evaluation is {@code null} or was made by another model
   */
  public EvaluationAssert wasScoredBy(ScoringModel<?> model) {
    requireNonNull(model, "model");
    isNotNull();
    if (!actual.modelId().equals(model.id()) || !actual.modelVersion().equals(model.version())
        || !actual.fingerprint().equals(model.fingerprint())) {
      fail("to be scored by model '%s' %s (fingerprint %s) but it was scored by model '%s' %s"
          + " (fingerprint %s)", model.id(), model.version(), model.fingerprint(),
          actual.modelId(), actual.modelVersion(), actual.fingerprint());
    }
    return this;
  }

  static boolean close(double actual, double expected, Offset<Double> offset) {
    double difference = Math.abs(actual - expected);
    return offset.strict ? difference < offset.value : difference <= offset.value;
  }

  private void fail(String template, Object... args) {
    failWithMessage("%s", Checks.format("Expecting evaluation " + template, args)
        + "\nExplanation:\n" + indented(actual.explain()));
  }

  /** Text indented by two spaces, each line ended by '\n'. */
  static String indented(String text) {
    StringBuilder s = new StringBuilder();
    for (String line : text.split("\n")) {
      s.append("  ").append(line).append('\n');
    }
    return s.toString();
  }
}
