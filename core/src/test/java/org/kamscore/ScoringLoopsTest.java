package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Compiled scoring loops: which models are compiled, the fallback where a loop cannot be
 * compiled, edge values, and failures that name the same criterion as the interpreted loop.
 */
final class ScoringLoopsTest {
  private static final String MODEL = "model 'kam' 2026.1";
  private static final double[] EDGES = {
    Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.0, -Double.MIN_VALUE, -0.0, 0.0,
    Double.MIN_VALUE, 0.5, 1.0, 2.5, 3.0, 1e6, Double.MAX_VALUE, Double.POSITIVE_INFINITY
  };

  @Test
  void modelOfAsManyCriteriaAsSlots_isCompiled_andEverySlotScoresItsOwnCriterion() {
    checkEveryCriterionScoredAtItsPosition(ScoringLoopTemplate.SLOTS, true);
  }

  @Test
  void modelOfMoreCriteriaThanSlots_isNotCompiled_andScoresThroughTheInterpretedLoop() {
    checkEveryCriterionScoredAtItsPosition(ScoringLoopTemplate.SLOTS + 1, false);
  }

  /**
   * {@code n} criteria of weights 1..n, each linear 0..1 over its own column: a customer best
   * in column j alone scores (j + 1) / (1 + ... + n) of 100.
   */
  private static void checkEveryCriterionScoredAtItsPosition(int n, boolean compiled) {
    ScoringModel.Builder<GeneratedAccount> builder =
        ScoringModel.builder(GeneratedAccount.class).id("wide", "1");
    for (int i = 0; i < n; i++) {
      int column = i;
      builder.criterion("c" + i, a -> a.value(column), Scale.linear(0, 1), i + 1);
    }
    ScoringModel<GeneratedAccount> model = builder.build();
    assertThat(model.scorecard().isCompiled()).isEqualTo(compiled);
    double total = n * (n + 1) / 2.0;
    for (int j = 0; j < n; j++) {
      double[] values = new double[n];
      values[j] = 1.0;
      double[] raws = new double[n];
      double score = model.scorecard().score(new GeneratedAccount(values), -1, raws);
      assertThat(score).as("best in column %d", j).isCloseTo(100.0 * (j + 1) / total, within(1e-9));
      assertThat(raws).containsExactly(values);
    }
  }

  @Test
  void compile_withoutTheTemplate_givesNoLoop() {
    assertThat(ScoringLoops.compile(Fixtures.standard().scorecard().compiledCriteria(), null))
        .isNull();
  }

  @Test
  void compile_ofBytesThatAreNoClassFile_givesNoLoop() {
    byte[] bytes = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0};

    assertThat(ScoringLoops.compile(Fixtures.standard().scorecard().compiledCriteria(), bytes))
        .isNull();
  }

  @Test
  void compile_ofAClassThatIsNoScoringLoop_givesNoLoop() {
    byte[] checks = ScoringLoops.read("Checks");

    assertThat(checks).isNotNull();
    assertThat(ScoringLoops.compile(Fixtures.standard().scorecard().compiledCriteria(), checks))
        .isNull();
  }

  @Test
  void template_initializedAsItself_isALoopOfNoCriteria() throws Exception {
    Class.forName(ScoringLoops.class.getPackageName() + "." + ScoringLoops.TEMPLATE);

    assertThat(new ScoringLoopTemplate().score(Account.of(100, 40, 0), -1)).isEqualTo(0.0);
    assertThat(Fixtures.standard().score(Account.of(100, 40, 0))).isEqualTo(100.0);
  }

  @Test
  void read_ofAClassFileThatIsNotThere_givesNull() {
    assertThat(ScoringLoops.read("NoSuchTemplate")).isNull();
  }

  @Test
  void compile_givesEveryModelAHiddenClassOfItsOwn() {
    List<CompiledCriterion<Account>> criteria = Fixtures.standard().scorecard().compiledCriteria();
    byte[] template = ScoringLoops.read(ScoringLoops.TEMPLATE);

    ScoringLoop<Account> one = ScoringLoops.compile(criteria, template);
    ScoringLoop<Account> other = ScoringLoops.compile(criteria, template);

    assertThat(one.getClass().isHidden()).isTrue();
    assertThat(other.getClass()).isNotEqualTo(one.getClass());
    assertThat(one.score(Account.of(50, 20, 10), -1, new double[3])).isEqualTo(50.0);
    assertThat(one.score(Account.of(50, 20, 10), -1)).isEqualTo(50.0);
    assertThat(other.score(Account.of(100, 40, 0), 2)).isEqualTo(100.0);
  }

  @Test
  void compiledLoop_scoresEdgeValues_asTheScalesDo() {
    List<Scale> scales = List.of(Scale.linear(0, 3), Scale.linear(3, 0),
        Scale.logarithmic(1, 1e6), Scale.logarithmic(1e6, 1),
        Scale.points(0, 0.0).then(1, 0.25).then(3, 1.0), Scale.steps(0.0).atLeast(1, 0.5));
    for (Scale scale : scales) {
      ScoringModel<Account> model = Fixtures.single(Account::revenue, scale).build();
      assertThat(model.scorecard().isCompiled()).isTrue();
      for (double edge : EDGES) {
        assertThat(model.score(Account.of(edge, 0, 0)))
            .as("%s at %s", scale, edge)
            .isEqualTo(scale.utility(edge) * 100.0);
      }
    }
  }

  @Test
  void compiledLoop_scoresMissingValues_byTheirPolicy() {
    ScoringModel<Account> worst = Fixtures.single(Account::revenue, Scale.linear(0, 100))
        .ifMissing(MissingValue.worst()).build();
    ScoringModel<Account> substituted = Fixtures.single(Account::revenue, Scale.linear(0, 100))
        .ifMissing(MissingValue.substitute(25)).build();
    ScoringModel<Account> level = Fixtures.graded()
        .ifMissing(MissingValue.substituteLevel(Account.Grade.HIGH)).build();
    Account missing = Account.of(Double.NaN, 0, 0);
    double[] raws = new double[1];

    assertThat(worst.scorecard().score(missing, -1, raws)).isEqualTo(0.0);
    assertThat(raws[0]).isNaN();
    assertThat(substituted.score(missing)).isEqualTo(25.0);
    assertThat(level.score(missing.withGrade(null))).isEqualTo(100.0);
    assertThat(level.score(missing.withGrade(Account.Grade.MEDIUM))).isEqualTo(50.0);
  }

  @Test
  void compiledLoop_nanUnderReject_failsAsTheInterpretedLoop() {
    Scorecard<Account> scorecard = Fixtures.standard().scorecard();
    Account customer = Account.of(75, Double.NaN, 5);

    assertSameFailure(scorecard, customer, 3,
        "criterion 'margin' of " + MODEL + " must have a value for customer at index 3 "
            + "but was: NaN (missing-value policy: reject)");
  }

  @Test
  void compiledLoop_levelNotDeclared_failsAsTheInterpretedLoop() {
    Scorecard<Account> scorecard = Fixtures.gradedLowHigh().build().scorecard();
    Account customer = Account.of(75, 10, 5); // grade MEDIUM

    assertSameFailure(scorecard, customer, -1,
        "criterion 'grade' of " + MODEL + " must have one of the levels [LOW, HIGH] for the "
            + "customer but was: MEDIUM (missing-value policy: reject)");
  }

  @Test
  void compiledLoop_throwingExtractor_failsAsTheInterpretedLoop() {
    Scorecard<Account> scorecard = Fixtures.single(a -> {
      throw Fixtures.sneakyThrow(new IOException("offline"));
    }, Scale.linear(0, 1)).build().scorecard();
    Account customer = Account.of(75, 10, 5);

    assertSameFailure(scorecard, customer, 7,
        "criterion 'value' of " + MODEL + " could not read the value of customer at index 7: "
            + "java.io.IOException");
  }

  @Test
  void compiledLoop_attributeOfTheWrongType_failsAsTheInterpretedLoop() {
    Scorecard<Map<String, ?>> scorecard = ScoringModel.builder(Attributes.ofMaps())
        .id("rows", "1")
        .criterion("revenue", "revenue", Scale.linear(0, 100), 1)
        .build().scorecard();
    Map<String, Object> row = new HashMap<>();
    row.put("revenue", "0,246");

    assertSameFailure(scorecard, row, 1,
        "attribute 'revenue' of criterion 'revenue' of model 'rows' 1 must be a number for "
            + "customer at index 1 but was of type: java.lang.String");
  }

  /**
   * The compiled loops, with and without raw values kept, fail as the interpreted loop does,
   * with the message given.
   */
  private static <T> void assertSameFailure(
      Scorecard<T> scorecard, T customer, int index, String message) {
    List<ThrowingCallable> loops = List.of(
        () -> scorecard.score(customer, index),
        () -> scorecard.score(customer, index, new double[scorecard.size()]),
        () -> scorecard.interpreted(customer, index, null));
    for (ThrowingCallable loop : loops) {
      assertThatThrownBy(loop).isInstanceOf(ScoringException.class).hasMessage(message);
    }
  }
}
