package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kamscore.Account.Grade;

/**
 * One test per row of {@code docs/bad-input.md}: what the library does with every bad input.
 * The last test keeps the catalogue and this class in step.
 */
final class BadInputCatalogueTest {
  private static final String MODEL = "model 'kam' 2026.1";
  private static final Account OK = Account.of(75, 10, 5);

  private static final Scale LINEAR = Scale.linear(0, 100);
  private static final Scale LINEAR_LOWER = Scale.linear(100, 0);
  private static final Scale LOGARITHMIC = Scale.logarithmic(1, 1000);
  private static final Scale POINTS = Scale.points(0, 0.0).then(50, 0.5).then(100, 1.0);
  private static final Scale STEPS = Scale.steps(0.0).atLeast(0, 0.5).atLeast(100, 1.0);

  /** A customer with boxed getters, as JPA entities and DTOs often have. */
  record Boxed(Double revenue, Grade grade) {}

  // ---- raw values -------------------------------------------------------------------------

  @Test
  void nan_isMissing_rejectedByDefault_orScoredByThePolicy() {
    assertThatThrownBy(() -> single(LINEAR).evaluate(revenue(Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of " + MODEL + " must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)")
        .hasNoCause();
    ScoringModel<Account> worst = Fixtures.single(Account::revenue, LINEAR)
        .ifMissing(MissingValue.worst()).build();
    assertThat(worst.evaluate(revenue(Double.NaN)).contribution("value"))
        .isEqualTo(new Contribution("value", Double.NaN, "missing", true, 0.0, 1.0, 0.0, 100.0));
  }

  @Test
  void positiveInfinity_isClampedToTheScalesEnd() {
    assertThat(utilities(Double.POSITIVE_INFINITY)).containsExactly(1.0, 0.0, 1.0, 1.0, 1.0);
    assertThat(single(LINEAR).evaluate(revenue(Double.POSITIVE_INFINITY)).contribution("value"))
        .isEqualTo(new Contribution(
            "value", Double.POSITIVE_INFINITY, "Infinity", false, 1.0, 1.0, 100.0, 100.0));
  }

  @Test
  void negativeInfinity_isClampedToTheScalesEnd() {
    assertThat(utilities(Double.NEGATIVE_INFINITY)).containsExactly(0.0, 1.0, 0.0, 0.0, 0.0);
  }

  @Test
  void negativeZero_scoresExactlyLikeZero() {
    assertThat(utilities(-0.0)).containsExactly(0.0, 1.0, 0.0, 0.0, 0.5);
    Evaluation e = single(LINEAR).evaluate(revenue(-0.0));
    assertThat(Double.doubleToRawLongBits(e.score())).isEqualTo(0L); // +0.0, never "-0"
    assertThat(e.contribution("value").displayValue()).isEqualTo("0");
  }

  @Test
  void minValue_isAPositiveNumber_whoseUtilityMayUnderflowToZero() {
    assertThat(utilities(Double.MIN_VALUE)).containsExactly(0.0, 1.0, 0.0, 0.0, 0.5);
    // on a scale as tiny as the value itself it still counts
    assertThat(Scale.linear(0, 1e-300).utility(Double.MIN_VALUE)).isEqualTo(4.940656458412465E-24);
  }

  @Test
  void maxValue_isClampedOrScoredWithoutOverflow() {
    assertThat(utilities(Double.MAX_VALUE)).containsExactly(1.0, 0.0, 1.0, 1.0, 1.0);
    assertThat(Scale.linear(0, Double.MAX_VALUE).utility(Double.MAX_VALUE / 2)).isEqualTo(0.5);
    assertThatThrownBy(() -> Scale.linear(-Double.MAX_VALUE, Double.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance between the bounds of linear scale must be finite but was: "
            + "Infinity");
  }

  // ---- knock-out values -------------------------------------------------------------------

  @Test
  void knockOutValue_nan_isRejectedByEvaluateOnly() {
    ScoringModel<Account> model = Fixtures.withKnockOuts();

    assertThatThrownBy(() -> model.evaluate(OK.withYears(Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'minimum-years' of " + MODEL + " must have a value for the "
            + "customer but was: NaN")
        .hasNoCause();
    assertThat(model.score(OK.withYears(Double.NaN))).isEqualTo(62.5);
  }

  @Test
  void knockOutValue_extremes_areComparedAsNumbers() {
    ScoringModel<Account> atLeastZero = Fixtures.standardBuilder()
        .knockOutBelow("years", Account::years, 0).build();
    ScoringModel<Account> atMostZero = Fixtures.standardBuilder()
        .knockOutAbove("years", Account::years, 0).build();

    double[] extremes = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -Double.MIN_VALUE, -0.0,
        0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
    List<List<String>> failedBelow = new ArrayList<>();
    List<List<String>> failedAbove = new ArrayList<>();
    for (double years : extremes) {
      failedBelow.add(atLeastZero.evaluate(OK.withYears(years)).failedKnockOuts());
      failedAbove.add(atMostZero.evaluate(OK.withYears(years)).failedKnockOuts());
    }
    List<String> fails = List.of("years");
    List<String> passes = List.of();
    assertThat(failedBelow)
        .containsExactly(fails, fails, fails, passes, passes, passes, passes, passes);
    assertThat(failedAbove)
        .containsExactly(passes, passes, passes, passes, passes, fails, fails, fails);
  }

  @Test
  void knockOutPredicate_throwing_isWrapped() {
    IllegalStateException boom = new IllegalStateException("boom");
    ScoringModel<Account> model = Fixtures.standardBuilder().knockOut("reference", a -> {
      throw boom;
    }).build();

    assertThatThrownBy(() -> model.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'reference' of " + MODEL + " could not read the value of the "
            + "customer: java.lang.IllegalStateException")
        .cause().isSameAs(boom);
    assertThat(model.score(OK)).isEqualTo(62.5);
  }

  // ---- customers --------------------------------------------------------------------------

  @Test
  void nullCustomer_isRejectedByScoreAndEvaluate() {
    ScoringModel<Account> model = Fixtures.standard();

    assertThatThrownBy(() -> model.score(null))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> model.evaluate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
  }

  @Test
  void nullCustomer_inABatch_isRejectedNamingItsIndex() {
    List<Account> batch = Arrays.asList(OK, null);

    assertThatThrownBy(() -> Fixtures.standard().evaluateAll(batch))
        .isInstanceOf(ScoringException.class)
        .hasMessage("customer at index 1 of a batch for " + MODEL + " must not be null")
        .hasNoCause();
    assertThatThrownBy(() -> Fixtures.standard().rank(batch))
        .isInstanceOf(ScoringException.class)
        .hasMessage("customer at index 1 of a batch for " + MODEL + " must not be null");
  }

  @Test
  void emptyCollection_givesEmptyResults() {
    assertThat(Fixtures.standard().evaluateAll(List.of())).isEmpty();
    assertThat(Fixtures.standard().rank(List.of(), Execution.PARALLEL)).isEmpty();
  }

  @Test
  void sameCustomerTwice_isEvaluatedTwiceWithEqualResults() {
    ScoringModel<Account> model = Fixtures.standard();

    List<Evaluation> evaluations = model.evaluateAll(List.of(OK, OK));
    List<Ranked<Account>> ranking = model.rank(List.of(OK, OK));

    assertThat(evaluations).hasSize(2);
    assertThat(evaluations.get(0)).isEqualTo(evaluations.get(1)).isEqualTo(model.evaluate(OK));
    assertThat(ranking).extracting(Ranked::position).containsExactly(1, 2);
    assertThat(ranking).extracting(Ranked::index).containsExactly(0, 1);
  }

  // ---- extractors -------------------------------------------------------------------------

  @Test
  void boxedGetterReturningNull_isWrappedNullPointerException() {
    ScoringModel<Boxed> model = ScoringModel.builder(Boxed.class).id("kam", "2026.1")
        .criterion("revenue", Boxed::revenue, LINEAR, 1) // unboxed by the ToDoubleFunction
        .ifMissing(MissingValue.worst()) // does not apply: the extractor threw
        .build();

    assertThatThrownBy(() -> model.evaluate(new Boxed(null, Grade.LOW)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'revenue' of " + MODEL + " could not read the value of the "
            + "customer: java.lang.NullPointerException")
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void levelGetterReturningNull_isMissingValue() {
    ScoringModel<Boxed> model = ScoringModel.builder(Boxed.class).id("kam", "2026.1")
        .criterion("grade", Boxed::grade, Scale.levels(Grade.class), 1)
        .build();

    assertThatThrownBy(() -> model.evaluate(new Boxed(1.0, null)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'grade' of " + MODEL + " must have one of the levels "
            + "[LOW, MEDIUM, HIGH] for the customer but was: null (missing-value policy: reject)")
        .hasNoCause();
    ScoringModel<Boxed> worst = model.toBuilder().without("grade")
        .criterion("grade", Boxed::grade, Scale.levels(Grade.class), 1)
        .ifMissing(MissingValue.worst()).build();
    assertThat(worst.score(new Boxed(1.0, null))).isEqualTo(0.0);
  }

  @Test
  void extractorThrowingUnchecked_isWrapped() {
    IllegalStateException boom = new IllegalStateException("boom");
    ScoringModel<Account> model = throwing(boom);

    assertUnreadable(() -> model.score(OK), boom, "java.lang.IllegalStateException");
    assertUnreadable(() -> model.evaluate(OK), boom, "java.lang.IllegalStateException");
  }

  @Test
  void extractorThrowingCheckedSneakily_isWrapped() {
    IOException io = new IOException("disk");
    ScoringModel<Account> model = throwing(io);

    assertUnreadable(() -> model.score(OK), io, "java.io.IOException");
    assertUnreadable(() -> model.evaluate(OK), io, "java.io.IOException");
  }

  @Test
  void extractorThrowingError_propagatesUnwrapped() {
    AssertionError error = new AssertionError("bug in the extractor");

    assertThatThrownBy(() -> throwing(error).evaluate(OK)).isSameAs(error);
  }

  @Test
  void customerIdThrowingCheckedSneakily_fallsBackToTheIndex() {
    ScoringModel<Account> model = Fixtures.standardBuilder().customerId(a -> {
      throw Fixtures.<RuntimeException>sneakyThrow(new IOException("no id"));
    }).build();

    assertThatThrownBy(() -> model.evaluateAll(List.of(OK, revenue(Double.NaN))))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'revenue' of " + MODEL + " must have a value for customer at "
            + "index 1 but was: NaN (missing-value policy: reject)");
  }

  @Test
  void undeclaredLevel_isMissingValue() {
    assertThatThrownBy(() -> Fixtures.gradedLowHigh().build().evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'grade' of " + MODEL + " must have one of the levels "
            + "[LOW, HIGH] for the customer but was: MEDIUM (missing-value policy: reject)");
    ScoringModel<Account> substitute = Fixtures.gradedLowHigh()
        .ifMissing(MissingValue.substituteLevel(Grade.HIGH)).build();
    assertThat(substitute.evaluate(OK).contribution("grade"))
        .isEqualTo(new Contribution("grade", 1.0, "HIGH", true, 1.0, 1.0, 100.0, 100.0));
  }

  // ---- models -----------------------------------------------------------------------------

  @Test
  void substituteOnTheWrongKindOfCriterion_isRejectedAtBuild() {
    ScoringModel.Builder<Account> numeric = Fixtures.single(Account::revenue, LINEAR)
        .ifMissing(MissingValue.substituteLevel(Grade.HIGH));
    ScoringModel.Builder<Account> ordinal = Fixtures.graded()
        .ifMissing(MissingValue.substitute(1));

    assertThatThrownBy(numeric::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing-value policy of numeric criterion 'value' must substitute a "
            + "number but was: substitute(HIGH)");
    assertThatThrownBy(ordinal::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing-value policy of ordinal criterion 'grade' must substitute a "
            + "level but was: substitute(1.0)");
    assertThatThrownBy(() -> MissingValue.substitute(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("substitute value must be finite but was: NaN");
  }

  @Test
  void weight_notPositiveAndFinite_isRejected() {
    for (double weight : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0.0, -0.0}) {
      assertThatThrownBy(() -> Fixtures.empty().criterion("value", Account::revenue, LINEAR,
          weight))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight of criterion 'value' must be positive and finite but was: "
              + weight);
    }
  }

  @Test
  void oneCriterion_buildsAndExplains() {
    ScoringModel<Account> model = single(LINEAR);

    Evaluation e = model.evaluate(OK);

    assertThat(e.contributions()).containsExactly(
        new Contribution("value", 75.0, "75", false, 0.75, 1.0, 75.0, 100.0));
    assertThat(e.score()).isEqualTo(75.0).isEqualTo(model.score(OK));
    assertThat(model.fingerprint())
        .isEqualTo("8712ac52760e759308b6dfd7ce9399be45024f8d46b39a4238cf05ad20e08654");
  }

  @Test
  void thousandCriteria_buildAndExplainAndKeepTheirFingerprint() {
    ScoringModel.Builder<Account> builder = Fixtures.empty();
    for (int i = 0; i < 1000; i++) {
      builder.criterion("c" + i, Account::revenue, LINEAR, 1 + i % 3);
    }
    ScoringModel<Account> model = builder.build();

    Evaluation half = model.evaluate(revenue(50));
    Evaluation perfect = model.evaluate(revenue(100));

    assertThat(half.contributions()).hasSize(1000);
    assertThat(half.contributions().stream().mapToDouble(Contribution::points).sum())
        .isCloseTo(half.score(), within(1e-9));
    assertThat(half.score()).isCloseTo(50.0, within(1e-9)).isEqualTo(model.score(revenue(50)));
    assertThat(perfect.score()).isEqualTo(100.0);
    assertThat(builder.build().fingerprint()).isEqualTo(model.fingerprint())
        .isEqualTo("7defd77b0a914390a48d8c932fdd33ccf533ae3aa3f15f1bcb5d815df9b79957");
  }

  @Test
  void extremeWeights_smallShareUnderflowsToZero_andNothingIsNaN() {
    ScoringModel<Account> model = Fixtures.empty()
        .criterion("tiny", Account::margin, Scale.linear(0, 40), 1e-300)
        .criterion("huge", Account::revenue, LINEAR, 1e300)
        .build();

    Evaluation e = model.evaluate(OK);

    assertThat(model.criteria()).extracting(Criterion::weightShare).containsExactly(0.0, 1.0);
    assertThat(e.contributions()).containsExactly(
        new Contribution("tiny", 10.0, "10", false, 0.25, 0.0, 0.0, 0.0),
        new Contribution("huge", 75.0, "75", false, 0.75, 1.0, 75.0, 100.0));
    assertThat(e.score()).isEqualTo(75.0);
    assertThat(e.reasons()).extracting(Contribution::criterion).containsExactly("huge");
  }

  @Test
  void tierThresholdAt100_isReachedByAPerfectCustomer() {
    // weights 2 and 1: the shares 2/3 and 1/3 do not add up to 1 in binary
    ScoringModel<Account> model = Fixtures.empty()
        .criterion("revenue", Account::revenue, LINEAR, 2)
        .criterion("margin", Account::margin, Scale.linear(0, 40), 1)
        .tiers(Tiers.from("perfect", 100).otherwise("other"))
        .build();

    Evaluation perfect = model.evaluate(Account.of(100, 40, 0));

    assertThat(perfect.score()).isEqualTo(100.0);
    assertThat(perfect.tier().label()).isEqualTo("perfect");
    assertThat(model.evaluate(Account.of(100, 39.999, 0)).tier().label()).isEqualTo("other");
  }

  @Test
  void tierThresholdAt0_holdsEveryScore() {
    ScoringModel<Account> model = Fixtures.single(Account::revenue, LINEAR)
        .tiers(Tiers.from("top", 100).then("any", 0).otherwise("never"))
        .build();

    assertThat(model.evaluate(revenue(Double.NEGATIVE_INFINITY)).tier().label())
        .isEqualTo("any");
    assertThat(model.evaluate(revenue(-0.0)).tier().label()).isEqualTo("any");
    assertThat(model.evaluate(revenue(99.99)).tier().label()).isEqualTo("any");
    assertThat(model.evaluate(revenue(100)).tier().label()).isEqualTo("top");
    assertThatThrownBy(() -> Tiers.from("A", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'A' must be in [0, 100] but was: NaN");
  }

  // ---- the catalogue itself ---------------------------------------------------------------

  private static ScoringModel<java.util.Map<String, ?>> rowModel() {
    return ScoringModel.builder(Attributes.ofMaps())
        .id("kam", "2026.1")
        .criterion("value", "value", Scale.linear(0, 100), 1)
        .criterion("grade", "grade", Scale.levels(Grade.class), 1)
        .ifMissing(MissingValue.worst())
        .build();
  }

  @Test
  void attributeMissingOrNull_isMissingValue() {
    assertThatThrownBy(() -> rowModel().score(java.util.Map.of("grade", "HIGH")))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of model 'kam' 2026.1 must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)");
    // grade missing: worst(), utility 0; value 50 of 100: 25 of 50 points
    assertThat(rowModel().score(java.util.Map.of("value", 50))).isEqualTo(25.0);
  }

  @Test
  void attributeOfTheWrongType_isRejectedNamingBothTypes() {
    assertThatThrownBy(() -> rowModel().score(java.util.Map.of("value", "50", "grade", "LOW")))
        .isInstanceOf(ScoringException.class)
        .hasMessage("attribute 'value' of criterion 'value' of model 'kam' 2026.1 must be a "
            + "number for the customer but was of type: java.lang.String");
    assertThatThrownBy(() -> rowModel().score(java.util.Map.of("value", 50, "grade", 2)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("attribute 'grade' of criterion 'grade' of model 'kam' 2026.1 must be a "
            + "level of type org.kamscore.Account$Grade for the customer but was of type: "
            + "java.lang.Integer");
  }

  @Test
  void catalogue_namesExactlyTheTestsOfThisClass() throws IOException {
    String text = Files.readString(Path.of("../docs/bad-input.md"), StandardCharsets.UTF_8);
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\|.*\\|\\s*`(\\w+)`\\s*\\|\\s*$").matcher(text);
    while (m.find()) {
      named.add(m.group(1));
    }
    Set<String> tests = new TreeSet<>();
    for (Method method : BadInputCatalogueTest.class.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)
          && !method.getName().equals("catalogue_namesExactlyTheTestsOfThisClass")) {
        tests.add(method.getName());
      }
    }

    assertThat(named).as("tests named in docs/bad-input.md").isEqualTo(tests);
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A one-criterion model whose extractor throws {@code thrown}, checked or not. */
  private static ScoringModel<Account> throwing(Throwable thrown) {
    return Fixtures.single(a -> {
      throw Fixtures.<RuntimeException>sneakyThrow(thrown);
    }, LINEAR).build();
  }

  private static void assertUnreadable(ThrowingCallable call, Throwable cause, String type) {
    assertThatThrownBy(call)
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of " + MODEL + " could not read the value of the "
            + "customer: " + type)
        .cause().isSameAs(cause);
  }

  private static Account revenue(double value) {
    return Account.of(value, 0, 0);
  }

  private static ScoringModel<Account> single(Scale scale) {
    return Fixtures.single(Account::revenue, scale).build();
  }

  /** The utility of a revenue on the linear, lower-is-better, log, points and steps scales. */
  private static List<Double> utilities(double value) {
    List<Double> utilities = new ArrayList<>();
    for (Scale scale : List.of(LINEAR, LINEAR_LOWER, LOGARITHMIC, POINTS, STEPS)) {
      Evaluation e = single(scale).evaluate(revenue(value));
      utilities.add(e.contribution("value").utility());
    }
    return utilities;
  }
}
