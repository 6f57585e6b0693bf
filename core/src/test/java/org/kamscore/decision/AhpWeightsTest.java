package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;

/**
 * {@link AhpWeights} against published examples, to three decimals, and worked examples
 * checked by hand.
 */
final class AhpWeightsTest {
  private static final double THIRD = 1.0 / 3;

  /**
   * Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", International
   * Journal of Services Sciences 1(1), 83–98, Table 2: "Which drink is consumed more in the
   * U.S.?", seven drinks compared pairwise. Published eigenvector: coffee .177, wine .019,
   * tea .042, beer .116, sodas .190, milk .129, water .327; C.R. = .022.
   */
  @Test
  void saaty2008_drinkConsumption_toThreeDecimals() {
    PairwiseComparisons drinks = PairwiseComparisons.of(
        List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water"), new double[][] {
            {1, 9, 5, 2, 1, 1, 0.5},
            {1.0 / 9, 1, THIRD, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9},
            {0.2, 3, 1, THIRD, 0.25, THIRD, 1.0 / 9},
            {0.5, 9, 3, 1, 0.5, 1, THIRD},
            {1, 9, 4, 2, 1, 2, 0.5},
            {1, 9, 3, 1, 0.5, 1, THIRD},
            {2, 9, 9, 3, 2, 3, 1}});

    AhpWeights ahp = AhpWeights.of(drinks);

    assertThat(ahp.weight("coffee")).isCloseTo(0.177, within(0.0005));
    assertThat(ahp.weight("wine")).isCloseTo(0.019, within(0.0005));
    assertThat(ahp.weight("tea")).isCloseTo(0.042, within(0.0005));
    assertThat(ahp.weight("beer")).isCloseTo(0.116, within(0.0005));
    assertThat(ahp.weight("sodas")).isCloseTo(0.190, within(0.0005));
    assertThat(ahp.weight("milk")).isCloseTo(0.129, within(0.0005));
    assertThat(ahp.weight("water")).isCloseTo(0.327, within(0.0005));
    assertThat(ahp.consistency().ratio()).isCloseTo(0.022, within(0.0005));
    assertThat(ahp.consistency().randomIndex()).isEqualTo(1.32);
    assertThat(ahp.consistency().isAcceptable()).isTrue();
    assertThat(ahp.weights().keySet()).containsExactly(
        "coffee", "wine", "tea", "beer", "sodas", "milk", "water");
  }

  /**
   * Saaty, T. L. (1990), "How to make a decision: The analytic hierarchy process", European
   * Journal of Operational Research 48, 9–26: the criteria for buying a house. Published
   * eigenvector .173, .054, .188, .018, .031, .036, .167, .333; λmax = 9.669, C.I. = 0.238,
   * C.R. = 0.169 — inconsistent, so refused unless accepted.
   */
  @Test
  void saaty1990_house_isInconsistent_refused_andAcceptedExplicitly() {
    PairwiseComparisons house = PairwiseComparisons.of(List.of("size", "transportation",
        "neighborhood", "age", "yard", "facilities", "condition", "financing"), new double[][] {
            {1, 5, 3, 7, 6, 6, THIRD, 0.25},
            {0.2, 1, THIRD, 5, 3, 3, 0.2, 1.0 / 7},
            {THIRD, 3, 1, 6, 3, 4, 6, 0.2},
            {1.0 / 7, 0.2, 1.0 / 6, 1, THIRD, 0.25, 1.0 / 7, 0.125},
            {1.0 / 6, THIRD, THIRD, 3, 1, 0.5, 0.2, 1.0 / 6},
            {1.0 / 6, THIRD, 0.25, 4, 2, 1, 0.2, 1.0 / 6},
            {3, 5, 1.0 / 6, 7, 5, 5, 1, 0.5},
            {4, 7, 5, 8, 6, 6, 2, 1}});

    assertThatThrownBy(() -> AhpWeights.of(house))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("consistency ratio of the comparisons must be at most 0.10 but "
            + "was: 0.169")
        .hasMessageEndingWith(" (revise them, or accept it with "
            + "AhpWeights.acceptingInconsistency)");
    AhpWeights ahp = AhpWeights.acceptingInconsistency(house);
    double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
    for (int i = 0; i < published.length; i++) {
      assertThat(ahp.weight(house.criteria().get(i))).as(house.criteria().get(i))
          .isCloseTo(published[i], within(0.0005));
    }
    assertThat(ahp.consistency().principalEigenvalue()).isCloseTo(9.669, within(0.0005));
    assertThat(ahp.consistency().index()).isCloseTo(0.238, within(0.0005));
    assertThat(ahp.consistency().ratio()).isCloseTo(0.169, within(0.0005));
    assertThat(ahp.consistency().isAcceptable()).isFalse();
  }

  @Test
  void consistentJudgments_giveTheirRatiosExactly() {
    // a = 2 b, b = 2 c, a = 4 c: weights in the ratio 4 : 2 : 1, so 4/7, 2/7, 1/7; every
    // column of a consistent matrix is the weight vector scaled, so λmax = 3, CI = CR = 0
    PairwiseComparisons judgments = PairwiseComparisons.builder("a", "b", "c")
        .compare("a", "b", 2).compare("b", "c", 2).compare("a", "c", 4).build();

    AhpWeights ahp = AhpWeights.of(judgments);

    assertThat(ahp.weight("a")).isCloseTo(4.0 / 7, within(1e-15));
    assertThat(ahp.weight("b")).isCloseTo(2.0 / 7, within(1e-15));
    assertThat(ahp.weight("c")).isCloseTo(1.0 / 7, within(1e-15));
    assertThat(ahp.consistency().principalEigenvalue()).isCloseTo(3.0, within(1e-12));
    assertThat(ahp.consistency().ratio()).isCloseTo(0.0, within(1e-12));
    assertThat(ahp.raters()).containsExactly(ahp.consistency());
    assertThat(judgments.ratio("c", "a")).isEqualTo(0.25);
    assertThat(ahp.toText()).isEqualTo("""
        a  0.571
        b  0.286
        c  0.143
        consistency: CR 0.000 (CI 0.000, \u03bbmax 3.000)
        """);
  }

  @Test
  void twoCriteria_areAlwaysConsistent() {
    // a = 3 b: 3/4 and 1/4; Saaty's random index for 2 is 0, the ratio 0
    AhpWeights ahp = AhpWeights.of(PairwiseComparisons.builder("a", "b").compare("a", "b", 3)
        .build());

    assertThat(ahp.weight("a")).isCloseTo(0.75, within(1e-15));
    assertThat(ahp.consistency().ratio()).isZero();
    assertThat(ahp.consistency().randomIndex()).isZero();
  }

  @Test
  void group_aggregatesByTheGeometricMean_andReportsEachRater() {
    // rater 1: a = 2 b; rater 2: a = 8 b. Geometric mean sqrt(2 * 8) = 4: a = 4 b, so 4/5, 1/5
    PairwiseComparisons first = PairwiseComparisons.builder("a", "b").compare("a", "b", 2)
        .build();
    PairwiseComparisons second = PairwiseComparisons.builder("a", "b").compare("a", "b", 8)
        .build();

    AhpWeights group = AhpWeights.ofGroup(List.of(first, second));

    assertThat(group.comparisons().ratio("a", "b")).isCloseTo(4.0, within(1e-15));
    assertThat(group.comparisons().ratio("b", "a")).isCloseTo(0.25, within(1e-15));
    assertThat(group.weight("a")).isCloseTo(0.8, within(1e-15));
    assertThat(group.raters()).hasSize(2);
    assertThat(group.toText()).contains("rater 0: CR 0.000", "rater 1: CR 0.000");
  }

  @Test
  void group_ofOneInconsistentRater_reportsIt_andRefusesAnInconsistentAggregate() {
    // a = 2 b, b = 2 c, but c = 9 a: a cycle, strongly inconsistent
    PairwiseComparisons cycle = PairwiseComparisons.builder("a", "b", "c")
        .compare("a", "b", 2).compare("b", "c", 2).compare("c", "a", 9).build();
    PairwiseComparisons consistent = PairwiseComparisons.builder("a", "b", "c")
        .compare("a", "b", 2).compare("b", "c", 2).compare("a", "c", 4).build();

    assertThatThrownBy(() -> AhpWeights.ofGroup(List.of(cycle, cycle)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("consistency ratio of the aggregated comparisons must be at "
            + "most 0.10 but was: ")
        .hasMessageEndingWith("(revise them, or accept it with "
            + "AhpWeights.ofGroupAcceptingInconsistency)");
    AhpWeights accepted = AhpWeights.ofGroupAcceptingInconsistency(List.of(cycle, consistent));
    assertThat(accepted.raters().get(0).isAcceptable()).isFalse();
    assertThat(accepted.raters().get(1).ratio()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void applyTo_setsTheWeightsOnAModelBuilder() {
    ScoringModel<Account> model = Policies.twoCriteria("1", 1, 1);
    AhpWeights ahp = AhpWeights.of(PairwiseComparisons.builder("a", "b").compare("a", "b", 3)
        .build());

    ScoringModel<Account> weighted = ahp.applyTo(model.toBuilder()).build();

    assertThat(weighted.criteria().get(0).weight()).isEqualTo(ahp.weight("a"));
    assertThat(weighted.criteria().get(0).weightShare()).isCloseTo(0.75, within(1e-15));
    AhpWeights unknown = AhpWeights.of(PairwiseComparisons.builder("a", "x")
        .compare("a", "x", 3).build());
    assertThatThrownBy(() -> unknown.applyTo(model.toBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be declared but was: 'x'");
  }

  @Test
  void matrix_isValidated_withExactMessages() {
    List<String> ab = List.of("a", "b");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{1, -2}, {-0.5, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'a' with 'b' must be positive and finite but was: -2.0");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab,
        new double[][] {{1, Double.NaN}, {1, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'a' with 'b' must be positive and finite but was: NaN");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{1, 10}, {0.1, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'a' with 'b' must be on Saaty's scale, in [1/9, 9], but "
            + "was: 10.0");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{2, 3}, {THIRD, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'a' with itself must be 1 but was: 2.0");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{1, 3}, {0.333, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'b' with 'a' must be the reciprocal of that of 'a' with "
            + "'b', 1/3.0, within a relative 1e-9, but was: 0.333");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{1, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrix must have 2 rows, one per criterion, but had: 1");
    assertThatThrownBy(() -> PairwiseComparisons.of(ab, new double[][] {{1, 3}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 of the matrix must have 2 entries, one per criterion, but had: 1");
    assertThatThrownBy(() -> PairwiseComparisons.of(List.of("a"), new double[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of criteria compared must be from 2 to 10, the sizes of Saaty's "
            + "random index, but was: 1");
    assertThatThrownBy(() -> PairwiseComparisons.builder("a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion name must be unique but was repeated: 'a'");
    assertThatThrownBy(() -> PairwiseComparisons.builder("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion name must not be blank but was: ' '");
  }

  @Test
  void builder_checksEachComparison_andCompleteness() {
    PairwiseComparisons.Builder builder = PairwiseComparisons.builder("a", "b", "c");
    assertThatThrownBy(() -> builder.compare("a", "d", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be one of [a, b, c] but was: 'd'");
    assertThatThrownBy(() -> builder.compare("a", "a", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria compared must differ but both were: 'a'");
    assertThatThrownBy(() -> builder.compare("a", "b", 1.0 / 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison of 'a' with 'b' must be on Saaty's scale, in [1/9, 9], but "
            + "was: 0.1");
    builder.compare("a", "b", 2);
    assertThatThrownBy(() -> builder.compare("b", "a", 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("comparison of 'b' with 'a' was already given: 0.5");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every pair of criteria must be compared but these were not: (a, c), "
            + "(b, c)");
  }

  @Test
  void group_isValidated() {
    PairwiseComparisons ab = PairwiseComparisons.builder("a", "b").compare("a", "b", 2).build();
    PairwiseComparisons ba = PairwiseComparisons.builder("b", "a").compare("a", "b", 2).build();
    assertThatThrownBy(() -> AhpWeights.ofGroup(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of raters must be at least 1 but was: 0");
    assertThatThrownBy(() -> AhpWeights.ofGroup(List.of(ab, ba)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria of rater 1 must be [a, b], those of rater 0, but were: [b, a]");
    assertThatThrownBy(() -> AhpWeights.ofGroup(java.util.Arrays.asList(ab, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rater 1");
  }
}
