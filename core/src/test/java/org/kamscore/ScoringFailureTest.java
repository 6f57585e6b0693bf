package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kamscore.Account.Grade;

/** Missing values, throwing extractors and bad customers: policies and exact messages. */
final class ScoringFailureTest {
  private static final String MODEL = "model 'kam' 2026.1";
  private static final Account OK = Account.of(75, 10, 5);
  private static final Account NO_MARGIN = Account.of(75, Double.NaN, 5);

  private final ScoringModel<Account> model = Fixtures.standard();

  @Test
  void nan_underReject_isRejectedNamingModelCriterionAndValue() {
    assertThatThrownBy(() -> model.evaluate(NO_MARGIN))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)")
        .hasNoCause();
  }

  @Test
  void nan_underReject_isRejectedByScoreToo() {
    assertThatThrownBy(() -> model.score(NO_MARGIN))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)");
  }

  @Test
  void scoringException_carriesModelCriterionAndNoIndex() {
    ScoringException e = (ScoringException) catchThrowable(() -> model.evaluate(NO_MARGIN));

    assertThat(e.modelId()).isEqualTo("kam");
    assertThat(e.criterion()).hasValue("margin");
    assertThat(e.customerIndex()).isEmpty();
  }

  @Test
  void nan_underRejectInBatch_namesTheIndex() {
    List<Account> batch = List.of(OK, NO_MARGIN);

    assertThatThrownBy(() -> model.evaluateAll(batch))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for customer at index 1 "
            + "but was: NaN (missing-value policy: reject)")
        .satisfies(e -> assertThat(((ScoringException) e).customerIndex()).hasValue(1));
  }

  @Test
  void nan_underRejectWithCustomerId_namesTheDeclaredId() {
    ScoringModel<Account> identified =
        Fixtures.standardBuilder().customerId(Account::id).build();

    assertThatThrownBy(() -> identified.evaluate(NO_MARGIN.withId("C-7")))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for customer 'C-7' "
            + "but was: NaN (missing-value policy: reject)");
    assertThatThrownBy(() -> identified.evaluateAll(List.of(OK, NO_MARGIN.withId("C-8"))))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for customer 'C-8' "
            + "at index 1 but was: NaN (missing-value policy: reject)");
  }

  @Test
  void customerId_throwing_fallsBackToTheIndex() {
    ScoringModel<Account> identified = Fixtures.standardBuilder()
        .customerId(a -> {
          throw new IllegalStateException("no id");
        })
        .build();

    assertThatThrownBy(() -> identified.evaluate(NO_MARGIN))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for the customer "
            + "but was: NaN (missing-value policy: reject)");
  }

  @Test
  void nan_underWorst_scoresUtilityZeroAndIsMarkedMissing() {
    ScoringModel<Account> worst =
        Fixtures.standardBuilder().ifMissing(MissingValue.worst()).build();

    Evaluation e = worst.evaluate(Account.of(75, 10, Double.NaN));

    assertThat(e.contribution("discount")).isEqualTo(
        new Contribution("discount", Double.NaN, "missing", true, 0.0, 0.25, 0.0, 25.0));
    assertThat(e.score()).isEqualTo(43.75);
    assertThat(worst.score(Account.of(75, 10, Double.NaN))).isEqualTo(43.75);
    assertThat(e.explain()).contains(
        "discount         missing*    0.000    25.0%     0.00    25.00\n",
        "* value missing; scored by the criterion's missing-value policy\n");
  }

  @Test
  void nan_underSubstitute_scoresTheSubstituteAndIsMarkedMissing() {
    ScoringModel<Account> substitute =
        Fixtures.standardBuilder().ifMissing(MissingValue.substitute(10)).build();

    Evaluation e = substitute.evaluate(Account.of(75, 10, Double.NaN));

    // 10 on linear(20 -> 0) is 0.5; 37.5 + 6.25 + 12.5
    assertThat(e.contribution("discount")).isEqualTo(
        new Contribution("discount", 10.0, "10", true, 0.5, 0.25, 12.5, 25.0));
    assertThat(e.score()).isEqualTo(56.25);
    assertThat(substitute.score(Account.of(75, 10, Double.NaN))).isEqualTo(56.25);
  }

  @Test
  void substitute_presentValue_isScoredAsItIs() {
    ScoringModel<Account> substitute =
        Fixtures.standardBuilder().ifMissing(MissingValue.substitute(10)).build();

    assertThat(substitute.evaluate(OK).contribution("discount").missing()).isFalse();
    assertThat(substitute.score(OK)).isEqualTo(62.5);
  }

  @Test
  void nullLevel_underSubstituteLevel_scoresTheLevel() {
    ScoringModel<Account> graded =
        Fixtures.graded().ifMissing(MissingValue.substituteLevel(Grade.MEDIUM)).build();

    Evaluation e = graded.evaluate(OK.withGrade(null));

    assertThat(e.contribution("grade")).isEqualTo(
        new Contribution("grade", 1.0, "MEDIUM", true, 0.5, 1.0, 50.0, 100.0));
    assertThat(graded.score(OK.withGrade(null))).isEqualTo(50.0);
  }

  @Test
  void nullLevel_underReject_isRejectedNamingTheLevels() {
    ScoringModel<Account> graded = Fixtures.graded().build();

    assertThatThrownBy(() -> graded.evaluate(OK.withGrade(null)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'grade' of " + MODEL + " must have one of the levels "
            + "[LOW, MEDIUM, HIGH] for the customer but was: null (missing-value policy: reject)");
  }

  @Test
  void undeclaredEnumLevel_underReject_isRejected() {
    ScoringModel<Account> lowHigh = Fixtures.gradedLowHigh().build();

    assertThatThrownBy(() -> lowHigh.score(OK.withGrade(Grade.MEDIUM)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'grade' of " + MODEL + " must have one of the levels "
            + "[LOW, HIGH] for the customer but was: MEDIUM (missing-value policy: reject)");
  }

  @Test
  void undeclaredEnumLevel_underWorst_scoresZero() {
    ScoringModel<Account> lowHigh = Fixtures.gradedLowHigh()
        .ifMissing(MissingValue.worst())
        .build();

    Evaluation e = lowHigh.evaluate(OK.withGrade(Grade.MEDIUM));

    assertThat(e.contribution("grade")).isEqualTo(
        new Contribution("grade", Double.NaN, "missing", true, 0.0, 1.0, 0.0, 100.0));
  }

  @Test
  void extractor_throwingUnchecked_isWrappedWithTheCriterionAndCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    ScoringModel<Account> throwing = Fixtures.single(a -> {
      throw boom;
    }, Scale.linear(0, 1)).build();

    assertThatThrownBy(() -> throwing.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of " + MODEL + " could not read the value of the customer: "
            + "java.lang.IllegalStateException")
        .cause().isSameAs(boom);
    assertThatThrownBy(() -> throwing.score(OK))
        .isInstanceOf(ScoringException.class)
        .cause().isSameAs(boom);
  }

  @Test
  void extractor_throwingCheckedSneakily_isWrappedWithTheCriterionAndCause() {
    IOException io = new IOException("disk");
    ScoringModel<Account> throwing = Fixtures.single(a -> {
      throw Fixtures.<RuntimeException>sneakyThrow(io);
    }, Scale.linear(0, 1)).build();

    assertThatThrownBy(() -> throwing.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of " + MODEL + " could not read the value of the customer: "
            + "java.io.IOException")
        .cause().isSameAs(io);
  }

  @Test
  void extractor_throwingInBatch_namesTheIndex() {
    ScoringModel<Account> throwing = Fixtures.single(a -> {
      if (a.revenue() < 0) {
        throw new IllegalArgumentException();
      }
      return a.revenue();
    }, Scale.linear(0, 1)).build();

    assertThatThrownBy(() -> throwing.evaluateAll(List.of(OK, OK, Account.of(-1, 0, 0))))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'value' of " + MODEL + " could not read the value of customer "
            + "at index 2: java.lang.IllegalArgumentException");
  }

  @Test
  void levelExtractor_throwing_isWrapped() {
    UnsupportedOperationException boom = new UnsupportedOperationException();
    ScoringModel<Account> throwing = Fixtures.empty()
        .criterion("grade", a -> {
          throw boom;
        }, Scale.levels(Grade.class), 1)
        .build();

    assertThatThrownBy(() -> throwing.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'grade' of " + MODEL + " could not read the value of the customer: "
            + "java.lang.UnsupportedOperationException")
        .cause().isSameAs(boom);
  }

  @Test
  void knockOutPredicate_throwing_isWrappedWithTheKnockOutAndCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    ScoringModel<Account> throwing = Fixtures.standardBuilder()
        .knockOut("reference", a -> {
          throw boom;
        })
        .build();

    assertThatThrownBy(() -> throwing.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'reference' of " + MODEL + " could not read the value of the "
            + "customer: java.lang.IllegalStateException")
        .satisfies(e -> assertThat(((ScoringException) e).criterion()).hasValue("reference"))
        .cause().isSameAs(boom);
  }

  @Test
  void knockOutValue_throwingCheckedSneakily_isWrapped() {
    IOException io = new IOException("disk");
    ScoringModel<Account> throwing = Fixtures.standardBuilder()
        .knockOutBelow("minimum-years", a -> {
          throw Fixtures.<RuntimeException>sneakyThrow(io);
        }, 2)
        .build();

    assertThatThrownBy(() -> throwing.evaluate(OK))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'minimum-years' of " + MODEL + " could not read the value of the "
            + "customer: java.io.IOException")
        .cause().isSameAs(io);
  }

  @Test
  void knockOutValue_nan_isRejected() {
    ScoringModel<Account> knockOuts = Fixtures.withKnockOuts();

    assertThatThrownBy(() -> knockOuts.evaluate(OK.withYears(Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'minimum-years' of " + MODEL + " must have a value for the "
            + "customer but was: NaN")
        .hasNoCause();
  }

  @Test
  void knockOutValue_nan_doesNotConcernTheFastScore() {
    assertThat(Fixtures.withKnockOuts().score(OK.withYears(Double.NaN))).isEqualTo(62.5);
  }

  @Test
  void score_nullCustomer_isRejected() {
    assertThatThrownBy(() -> model.score(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }

  @Test
  void evaluate_nullCustomer_isRejected() {
    assertThatThrownBy(() -> model.evaluate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }

  @Test
  void batch_nullCustomer_isRejectedNamingTheIndex() {
    List<Account> batch = Arrays.asList(OK, null);

    assertThatThrownBy(() -> model.evaluateAll(batch))
        .isInstanceOf(ScoringException.class)
        .hasMessage("customer at index 1 of a batch for " + MODEL + " must not be null")
        .satisfies(e -> {
          ScoringException s = (ScoringException) e;
          assertThat(s.criterion()).isEmpty();
          assertThat(s.customerIndex()).hasValue(1);
          assertThat(s.modelId()).isEqualTo("kam");
        });
    assertThatThrownBy(() -> model.rank(batch, Execution.PARALLEL))
        .isInstanceOf(ScoringException.class)
        .hasMessage("customer at index 1 of a batch for " + MODEL + " must not be null");
  }

  @Test
  void parallelBatch_withSeveralFailures_reportsTheLowestIndex() {
    List<Account> batch = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      batch.add(i == 17 || i == 40 ? NO_MARGIN : OK);
    }
    batch.set(50, null);

    assertThatThrownBy(() -> model.evaluateAll(batch, Execution.PARALLEL))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of " + MODEL + " must have a value for customer at index 17 "
            + "but was: NaN (missing-value policy: reject)");
  }

  @Test
  void messagesAndExplanations_neverContainTheCustomersToString() {
    Account secretive = OK;
    ScoringModel<Account> throwing = Fixtures.single(a -> {
      throw new IllegalStateException("cannot read " + a);
    }, Scale.linear(0, 1)).knockOut("reference", a -> {
      throw new IllegalStateException("cannot test " + a);
    }).build();
    ScoringModel<Account> throwingKnockOut = Fixtures.standardBuilder().knockOut("reference", a -> {
      throw new IllegalStateException("cannot test " + a);
    }).build();
    ScoringModel<Account> graded = Fixtures.graded().build();
    ScoringModel<Account> knockOuts = Fixtures.withKnockOuts();
    List<ThrowingCallable> failing = List.of(
        () -> model.evaluate(NO_MARGIN),
        () -> model.score(NO_MARGIN),
        () -> model.evaluateAll(List.of(secretive, NO_MARGIN)),
        () -> model.rank(Arrays.asList(secretive, null)),
        () -> throwing.evaluate(secretive),
        () -> throwing.score(secretive),
        () -> throwingKnockOut.evaluate(secretive),
        () -> graded.evaluate(secretive.withGrade(null)),
        () -> knockOuts.evaluate(secretive.withYears(Double.NaN)));

    for (ThrowingCallable call : failing) {
      Throwable thrown = catchThrowable(call);
      assertThat(thrown).isInstanceOf(ScoringException.class);
      assertThat(thrown.getMessage()).doesNotContain(Account.SECRET);
    }
    Evaluation e = knockOuts.evaluate(secretive.withYears(0));
    assertThat(e.explain()).doesNotContain(Account.SECRET);
    assertThat(e.toString()).doesNotContain(Account.SECRET);
    assertThat(secretive.toString()).isEqualTo(Account.SECRET);
  }
}
