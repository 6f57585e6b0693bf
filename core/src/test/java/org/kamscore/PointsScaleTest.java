package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class PointsScaleTest {
  private static final PointsScale GROWTH = Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0);

  @Test
  void utility_atBreakpoints_isTheirUtility() {
    assertThat(GROWTH.utility(1)).isEqualTo(0.0);
    assertThat(GROWTH.utility(3)).isEqualTo(0.5);
    assertThat(GROWTH.utility(5)).isEqualTo(1.0);
  }

  @Test
  void utility_betweenBreakpoints_isInterpolated() {
    assertThat(GROWTH.utility(2)).isEqualTo(0.25);
    assertThat(GROWTH.utility(4)).isEqualTo(0.75);
    assertThat(GROWTH.utility(4.5)).isEqualTo(0.875);
  }

  @Test
  void utility_outsideBreakpoints_isThatOfTheNearest() {
    assertThat(GROWTH.utility(0)).isEqualTo(0.0);
    assertThat(GROWTH.utility(6)).isEqualTo(1.0);
    assertThat(GROWTH.utility(-Double.MAX_VALUE)).isEqualTo(0.0);
    assertThat(GROWTH.utility(Double.MAX_VALUE)).isEqualTo(1.0);
    assertThat(GROWTH.utility(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(GROWTH.utility(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void utility_nan_isNaN() {
    assertThat(GROWTH.utility(Double.NaN)).isNaN();
  }

  @Test
  void utility_outsideBreakpointsNotAtZeroOrOne_isThatOfTheNearest() {
    PointsScale scale = Scale.points(0, 0.25).then(10, 0.75);

    assertThat(scale.utility(-1)).isEqualTo(0.25);
    assertThat(scale.utility(5)).isEqualTo(0.5);
    assertThat(scale.utility(11)).isEqualTo(0.75);
  }

  @Test
  void utility_fallingUtilities_isLowerIsBetter() {
    PointsScale scale = Scale.points(0, 1.0).then(10, 0.5).then(20, 0.0);

    assertThat(scale.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(scale.utility(5)).isEqualTo(0.75);
    assertThat(scale.utility(15)).isEqualTo(0.25);
    assertThat(scale.utility(-1)).isEqualTo(1.0);
    assertThat(scale.utility(21)).isEqualTo(0.0);
  }

  @Test
  void direction_flatThenRising_isHigherIsBetter() {
    PointsScale scale = Scale.points(0, 0.0).then(5, 0.0).then(10, 1.0);

    assertThat(scale.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(scale.utility(2.5)).isEqualTo(0.0);
    assertThat(scale.utility(7.5)).isEqualTo(0.5);
  }

  @Test
  void direction_constant_isHigherIsBetter() {
    PointsScale scale = Scale.points(0, 0.5).then(10, 0.5);

    assertThat(scale.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(scale.utility(5)).isEqualTo(0.5);
  }

  @Test
  void then_returnsANewScale_andLeavesThisOneUnchanged() {
    PointsScale first = Scale.points(1, 0.0);
    PointsScale second = first.then(3, 1.0);

    assertThat(first).hasToString("points(1.0 -> 0.0)");
    assertThat(second).hasToString("points(1.0 -> 0.0, 3.0 -> 1.0)");
  }

  @Test
  void firstValue_nan_isRejected() {
    assertThatThrownBy(() -> Scale.points(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of breakpoint 1 must be finite but was: NaN");
  }

  @Test
  void firstUtility_aboveOne_isRejected() {
    assertThatThrownBy(() -> Scale.points(1, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of breakpoint 1 must be a utility in [0, 1] but was: 1.5");
  }

  @Test
  void nextValue_infinite_isRejected() {
    assertThatThrownBy(() -> Scale.points(1, 0).then(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of breakpoint 2 must be finite but was: Infinity");
  }

  @Test
  void nextUtility_negative_isRejected() {
    assertThatThrownBy(() -> Scale.points(1, 0).then(3, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of breakpoint 2 must be a utility in [0, 1] but was: -0.1");
  }

  @Test
  void nextUtility_nan_isRejected() {
    assertThatThrownBy(() -> Scale.points(1, 0).then(3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of breakpoint 2 must be a utility in [0, 1] but was: NaN");
  }

  @Test
  void values_equal_areRejected() {
    assertThatThrownBy(() -> Scale.points(1, 0).then(1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of breakpoint 2 must be greater than 1.0 (breakpoint 1) but was: 1.0");
  }

  @Test
  void values_decreasing_areRejected() {
    assertThatThrownBy(() -> GROWTH.then(4, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of breakpoint 4 must be greater than 5.0 (breakpoint 3) but was: 4.0");
  }

  @Test
  void utilities_risingThenFalling_areRejected() {
    assertThatThrownBy(() -> Scale.points(1, 0.0).then(3, 0.5).then(5, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of breakpoint 3 must not fall below 0.5 (breakpoint 2) "
            + "in a higher-is-better scale but was: 0.2");
  }

  @Test
  void utilities_fallingThenRising_areRejected() {
    assertThatThrownBy(() -> Scale.points(0, 1.0).then(10, 0.5).then(20, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of breakpoint 3 must not rise above 0.5 (breakpoint 2) "
            + "in a lower-is-better scale but was: 0.8");
  }

  @Test
  void distanceBetweenBreakpoints_overflowing_isRejected() {
    // used to build, then gave utility NaN for finite values such as 1e308
    assertThatThrownBy(() -> Scale.points(-Double.MAX_VALUE, 0).then(Double.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance between breakpoints 1 and 2 of points scale must be finite "
            + "but was: Infinity");
  }

  @Test
  void utility_onWidestAllowedScale_isFinite() {
    PointsScale scale = Scale.points(-Double.MAX_VALUE / 2, 0).then(Double.MAX_VALUE / 2, 1);

    assertThat(scale.utility(0)).isEqualTo(0.5);
    assertThat(scale.utility(Double.MAX_VALUE / 4)).isEqualTo(0.75);
  }

  @Test
  void valueFor_reachedAtBreakpointOrBetween() {
    assertThat(GROWTH.valueFor(0.5)).hasValue(3.0);
    assertThat(GROWTH.valueFor(0.75)).hasValue(4.0);
    assertThat(GROWTH.valueFor(1.0)).hasValue(5.0);
  }

  @Test
  void valueFor_zeroReachedEverywhere_isNegativeInfinity() {
    assertThat(GROWTH.valueFor(0.0)).hasValue(Double.NEGATIVE_INFINITY);
  }

  @Test
  void valueFor_aboveTheLastUtility_isEmpty() {
    assertThat(Scale.points(0, 0).then(10, 0.5).valueFor(0.75)).isEmpty();
  }

  @Test
  void valueFor_belowTheFirstUtility_isNegativeInfinity() {
    assertThat(Scale.points(0, 0.25).then(10, 0.75).valueFor(0.2))
        .hasValue(Double.NEGATIVE_INFINITY);
  }

  @Test
  void valueFor_lowerIsBetter_isTheGreatestValueReachingTheUtility() {
    PointsScale scale = Scale.points(0, 1.0).then(10, 0.5).then(20, 0.0);

    assertThat(scale.valueFor(0.5)).hasValue(10.0);
    assertThat(scale.valueFor(0.0)).hasValue(Double.POSITIVE_INFINITY);
  }

  @Test
  void valueFor_lowerIsBetter_followsTheRoundingOfUtility() {
    PointsScale scale = Scale.points(0, 1.0).then(10, 0.5).then(20, 0.0);

    // 1 + 0.5000000000000001 * -0.5 rounds to 0.75, so 5.000000000000001 still reaches it
    assertThat(scale.valueFor(0.75)).hasValue(Math.nextUp(5.0));
    assertThat(scale.utility(Math.nextUp(5.0))).isEqualTo(0.75);
    assertThat(scale.utility(Math.nextUp(Math.nextUp(5.0)))).isLessThan(0.75);
  }
}
