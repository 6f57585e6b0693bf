package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class StepScaleTest {
  private static final StepScale YEARS = Scale.steps(0.0).atLeast(2, 0.5).atLeast(5, 1.0);
  private static final StepScale DISCOUNT = Scale.steps(1.0).atLeast(10, 0.5).atLeast(20, 0.0);

  @Test
  void utility_thresholds_areInclusive() {
    assertThat(YEARS.utility(Math.nextDown(2.0))).isEqualTo(0.0);
    assertThat(YEARS.utility(2)).isEqualTo(0.5);
    assertThat(YEARS.utility(Math.nextDown(5.0))).isEqualTo(0.5);
    assertThat(YEARS.utility(5)).isEqualTo(1.0);
  }

  @Test
  void utility_belowAndAboveAllThresholds_isThatOfTheEnds() {
    assertThat(YEARS.utility(-1)).isEqualTo(0.0);
    assertThat(YEARS.utility(100)).isEqualTo(1.0);
    assertThat(YEARS.utility(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(YEARS.utility(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(YEARS.utility(-Double.MAX_VALUE)).isEqualTo(0.0);
    assertThat(YEARS.utility(Double.MAX_VALUE)).isEqualTo(1.0);
  }

  @Test
  void utility_nan_isNaN() {
    assertThat(YEARS.utility(Double.NaN)).isNaN();
  }

  @Test
  void utility_negativeZeroAtThresholdZero_reachesTheStep() {
    StepScale scale = Scale.steps(0.0).atLeast(0, 1.0);

    assertThat(scale.utility(-0.0)).isEqualTo(1.0);
    assertThat(scale.utility(-Double.MIN_VALUE)).isEqualTo(0.0);
    assertThat(scale.utility(Double.MIN_VALUE)).isEqualTo(1.0);
  }

  @Test
  void utility_fallingSteps_isLowerIsBetter() {
    assertThat(DISCOUNT.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(DISCOUNT.utility(5)).isEqualTo(1.0);
    assertThat(DISCOUNT.utility(10)).isEqualTo(0.5);
    assertThat(DISCOUNT.utility(20)).isEqualTo(0.0);
    assertThat(DISCOUNT.utility(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
  }

  @Test
  void direction_risingSteps_isHigherIsBetter() {
    assertThat(YEARS.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void atLeast_returnsANewScale_andLeavesThisOneUnchanged() {
    StepScale base = Scale.steps(0.25);
    StepScale more = base.atLeast(2, 0.75);

    assertThat(base).hasToString("steps(0.25)");
    assertThat(more).hasToString("steps(0.25, >= 2.0 -> 0.75)");
  }

  @Test
  void utilityBelow_aboveOne_isRejected() {
    assertThatThrownBy(() -> Scale.steps(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility below the first threshold must be a utility in [0, 1] but was: 1.5");
  }

  @Test
  void thresholdUtility_aboveOne_isRejected() {
    assertThatThrownBy(() -> Scale.steps(0).atLeast(2, 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of threshold 1 must be a utility in [0, 1] but was: 2.0");
  }

  @Test
  void threshold_nan_isRejected() {
    assertThatThrownBy(() -> Scale.steps(0).atLeast(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold 1 of step scale must be finite but was: NaN");
  }

  @Test
  void threshold_infinite_isRejected() {
    assertThatThrownBy(() -> Scale.steps(0).atLeast(Double.NEGATIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold 1 of step scale must be finite but was: -Infinity");
  }

  @Test
  void thresholds_equal_areRejected() {
    assertThatThrownBy(() -> Scale.steps(0).atLeast(2, 0.5).atLeast(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold 2 of step scale must be greater than 2.0 (threshold 1) but was: 2.0");
  }

  @Test
  void thresholds_decreasing_areRejected() {
    assertThatThrownBy(() -> YEARS.atLeast(3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold 3 of step scale must be greater than 5.0 (threshold 2) but was: 3.0");
  }

  @Test
  void utilities_risingThenFalling_areRejected() {
    assertThatThrownBy(() -> Scale.steps(0).atLeast(2, 0.5).atLeast(5, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of threshold 2 must not fall below 0.5 (threshold 1) "
            + "in a higher-is-better scale but was: 0.2");
  }

  @Test
  void utilities_fallingFromTheBaseThenRising_areRejected() {
    assertThatThrownBy(() -> Scale.steps(0.5).atLeast(1, 0.2).atLeast(2, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of threshold 2 must not rise above 0.2 (threshold 1) "
            + "in a lower-is-better scale but was: 0.7");
  }

  @Test
  void valueFor_higherIsBetter_isTheThreshold() {
    assertThat(YEARS.valueFor(0.5)).hasValue(2.0);
    assertThat(YEARS.valueFor(0.25)).hasValue(2.0);
    assertThat(YEARS.valueFor(0.75)).hasValue(5.0);
    assertThat(YEARS.valueFor(1.0)).hasValue(5.0);
  }

  @Test
  void valueFor_zero_isNegativeInfinity() {
    assertThat(YEARS.valueFor(0.0)).hasValue(Double.NEGATIVE_INFINITY);
  }

  @Test
  void valueFor_thresholdZero_isPositiveZero() {
    OptionalDouble value = Scale.steps(0.0).atLeast(0, 1.0).valueFor(1.0);

    assertThat(value).isPresent();
    assertThat(Double.doubleToRawLongBits(value.getAsDouble()))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void valueFor_unreachable_isEmpty() {
    assertThat(Scale.steps(0.0).atLeast(2, 0.5).valueFor(0.75)).isEmpty();
  }

  @Test
  void valueFor_lowerIsBetter_isTheGreatestValueBeforeTheNextStep() {
    assertThat(DISCOUNT.valueFor(1.0)).hasValue(Math.nextDown(10.0));
    assertThat(DISCOUNT.valueFor(0.5)).hasValue(Math.nextDown(20.0));
    assertThat(DISCOUNT.valueFor(0.0)).hasValue(Double.POSITIVE_INFINITY);
  }

  @Test
  void utility_negativeZeroDeclared_isPositiveZero() {
    StepScale steps = Scale.steps(-0.0).atLeast(1, 1.0);
    PointsScale points = Scale.points(0, -0.0).then(1, 1.0);
    LevelScale<String> levels = Scale.level("none", -0.0).then("some", 1.0);

    assertThat(Double.doubleToRawLongBits(steps.utility(0))).isZero();
    assertThat(Double.doubleToRawLongBits(points.utility(0))).isZero();
    assertThat(Double.doubleToRawLongBits(levels.utility("none"))).isZero();
  }
}
