package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing: every call on generated — also degenerate and invalid — models and customers (see
 * {@link Fuzzed}) either returns a valid result or throws a documented exception, never
 * another exception type, never {@code NaN} or an infinite score.
 *
 * <ul>
 *   <li>Declaring and building throws {@link IllegalArgumentException} or
 *       {@link IllegalStateException} exactly when a declaration is invalid.
 *   <li>{@code score} and {@code evaluate} throw {@link ScoringException} exactly when a value
 *       is missing under the reject policy, an extractor throws, or (evaluate only) a bound
 *       knock-out's value is {@code NaN} or a knock-out predicate throws.
 *   <li>Otherwise: the score is finite, in {@code [0, 100]}, never {@code -0.0}, and
 *       {@code score(c)} equals {@code evaluate(c).score()} bit for bit; the explanation says
 *       what the test's own {@link ReferenceScorer} works out from the generated parameters
 *       (utilities, shares, maxima, points, points lost, score and reasons, within the
 *       rounding bounds it derives, and a customer with every utility 1 scores exactly 100);
 *       tiers follow the ladder and the failed knock-outs; a neighbour one value better never
 *       scores lower nor gets a lower tier.
 * </ul>
 *
 * <p>It runs {@code 10000} examples, or as many as the system property
 * {@code kamscore.fuzz.examples} says ({@code mvn test -Dkamscore.fuzz.examples=100000}), with
 * the seed of {@link Theories} ({@code kamscore.properties.seed}).
 */
final class FuzzProperties {
  static final int EXAMPLES = Integer.getInteger("kamscore.fuzz.examples", 10_000);

  @Test
  void everyCall_returnsAValidResult_orADocumentedException() {
    Theories.qt(EXAMPLES).forAll(Fuzzed.cases()).checkAssert(FuzzProperties::check);
  }

  // ---- cases the fuzzer found, shrunk ------------------------------------------------------

  /** Shares 2/3 and 1/3 summed to 99.99999999999999: a tier at 100 was out of reach. */
  @Test
  void perfectCustomer_withSharesNotExactInBinary_scores100() {
    ScoringModel<GeneratedAccount> model = ScoringModel.builder(GeneratedAccount.class)
        .id("fuzz", "1")
        .criterion("c0", a -> a.value(0), Scale.linear(0, 1), 2)
        .criterion("c1", a -> a.value(1), Scale.linear(0, 1), 1)
        .tiers(Tiers.from("T0", 100).otherwise("T1"))
        .build();

    Evaluation e = model.evaluate(new GeneratedAccount(new double[] {1, 1}));

    assertThat(e.score()).isEqualTo(100.0);
    assertThat(e.tier().label()).isEqualTo("T0");
  }

  /** A customerId throwing a checked exception escaped as itself instead of the failure. */
  @Test
  void customerIdThrowingChecked_whileReportingAFailure_leavesTheScoringException() {
    ScoringModel<GeneratedAccount> model = ScoringModel.builder(GeneratedAccount.class)
        .id("fuzz", "1")
        .customerId(a -> {
          throw Fixtures.<RuntimeException>sneakyThrow(new IOException("no id"));
        })
        .criterion("c0", a -> a.value(0), Scale.linear(0, 1), 1)
        .build();

    assertThatThrownBy(() -> model.score(new GeneratedAccount(new double[] {Double.NaN})))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'c0' of " + Fuzzed.MODEL + " must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)");
  }

  // ---- the checks -------------------------------------------------------------------------

  private static void check(Fuzzed.Case c) {
    ScoringModel<GeneratedAccount> model;
    try {
      model = build(c.declarations());
    } catch (IllegalArgumentException | IllegalStateException e) {
      assertThat(c.valid()).as("valid model rejected: %s", e).isFalse();
      return;
    }
    assertThat(c.valid()).as("invalid model accepted").isTrue();
    for (Fuzzed.Probe probe : c.probes()) {
      Outcome worse = checkCustomer(c, model, probe.customer());
      Outcome better = checkCustomer(c, model, probe.better());
      assertThat(better.failed()).as("neighbour fails alike").isEqualTo(worse.failed());
      if (!worse.failed()) {
        assertThat(better.score).as("better neighbour's score").isGreaterThanOrEqualTo(worse.score);
      }
      if (worse.evaluation != null && better.evaluation != null) {
        assertThat(better.evaluation.tier().rank()).isLessThanOrEqualTo(worse.evaluation.tier().rank());
        assertThat(better.evaluation.failedKnockOuts())
            .isSubsetOf(worse.evaluation.failedKnockOuts());
      }
    }
  }

  private static ScoringModel<GeneratedAccount> build(List<Fuzzed.Declaration> declarations) {
    ScoringModel.Builder<GeneratedAccount> builder = ScoringModel.builder(GeneratedAccount.class);
    for (Fuzzed.Declaration declaration : declarations) {
      declaration.apply().accept(builder);
    }
    return builder.build();
  }

  /** What {@code score} and {@code evaluate} gave; {@code null} where they threw. */
  private record Outcome(Double score, Evaluation evaluation) {
    boolean failed() {
      return score == null;
    }
  }

  private static Outcome checkCustomer(
      Fuzzed.Case c, ScoringModel<GeneratedAccount> model, GeneratedAccount customer) {
    boolean scoreFails = false;
    boolean evaluateFails = false;
    for (int i = 0; i < c.columns().size(); i++) {
      Fuzzed.Column column = c.columns().get(i);
      boolean nan = Double.isNaN(customer.value(i));
      scoreFails |= column.read() != Fuzzed.Read.PLAIN || nan && column.rejectsMissing();
    }
    for (Fuzzed.KnockOut k : c.knockOuts()) {
      evaluateFails |= k.predicate() ? k.throwing()
          : Double.isNaN(customer.value(k.spec().column()));
    }
    evaluateFails |= scoreFails;

    Double score = call(() -> model.score(customer), scoreFails, customer);
    Evaluation e = call(() -> model.evaluate(customer), evaluateFails, customer);
    if (score != null) {
      assertThat(score).isBetween(0.0, 100.0);
      assertThat(Double.doubleToRawLongBits(score)).as("no -0.0").isNotEqualTo(Long.MIN_VALUE);
    }
    if (e != null) {
      assertThat(Double.doubleToRawLongBits(e.score()))
          .as("score(c) bit-equal to evaluate(c).score()")
          .isEqualTo(Double.doubleToRawLongBits(score));
      checkExplanation(c, customer, e);
      checkTiers(c, customer, e);
    }
    return new Outcome(score, e);
  }

  /** Calls scoring; asserts that it throws a {@link ScoringException} exactly when expected. */
  private static <R> R call(Supplier<R> scoring, boolean expectFailure, GeneratedAccount customer) {
    try {
      R result = scoring.get();
      assertThat(expectFailure).as("no ScoringException for %s", customer).isFalse();
      return result;
    } catch (ScoringException e) {
      assertThat(expectFailure).as("unexpected %s", e).isTrue();
      assertThat(e.getMessage()).contains(" of " + Fuzzed.MODEL + " ")
          .doesNotContain("GeneratedAccount");
      assertThat(e.modelId()).isEqualTo("fuzz");
      assertThat(e.criterion()).isPresent();
      return null;
    }
  }

  private static void checkExplanation(Fuzzed.Case c, GeneratedAccount customer, Evaluation e) {
    List<CriterionSpec> specs = c.columns().stream().map(Fuzzed.Column::spec).toList();
    ReferenceScorer.of(specs, customer).check(e);
    assertThat(e.explain()).doesNotContain("NaN");
  }

  private static void checkTiers(Fuzzed.Case c, GeneratedAccount customer, Evaluation e) {
    List<Tier> ladder = c.tiers().all();
    int scoreRank = 0;
    while (scoreRank < ladder.size() - 1 && e.score() < ladder.get(scoreRank).minimumScore()) {
      scoreRank++;
    }
    int rank = scoreRank;
    for (Fuzzed.KnockOut k : c.knockOuts()) {
      ModelSpec.KnockOutSpec spec = k.spec();
      boolean passes = spec.passes(customer.value(spec.column()));
      assertThat(e.failedKnockOuts().contains(spec.name())).isEqualTo(!passes);
      if (!passes) {
        int cap = spec.cap() == null ? ladder.size() - 1 : c.tiers().rankOf(spec.cap());
        rank = Math.max(rank, cap);
      }
    }
    assertThat(e.scoreTier().rank()).isEqualTo(scoreRank);
    assertThat(e.tier().rank()).isEqualTo(rank);
    if (rank > 0) {
      assertThat(e.pointsToNextTier().getAsDouble()).isFinite().isNotNegative();
    }
  }
}
