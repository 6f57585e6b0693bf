package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LinearScaleTest {
  private static final double MAX = Double.MAX_VALUE;

  @Test
  void utility_atBoundsAndBetween_isLinear() {
    Scale scale = Scale.linear(0, 100);

    assertThat(scale.utility(0)).isEqualTo(0.0);
    assertThat(scale.utility(25)).isEqualTo(0.25);
    assertThat(scale.utility(50)).isEqualTo(0.5);
    assertThat(scale.utility(100)).isEqualTo(1.0);
  }

  @Test
  void utility_outsideBounds_isClamped() {
    Scale scale = Scale.linear(0, 100);

    assertThat(scale.utility(-1)).isEqualTo(0.0);
    assertThat(scale.utility(Math.nextDown(0.0))).isEqualTo(0.0);
    assertThat(scale.utility(100.5)).isEqualTo(1.0);
    assertThat(scale.utility(Math.nextUp(100.0))).isEqualTo(1.0);
    assertThat(scale.utility(-MAX)).isEqualTo(0.0);
    assertThat(scale.utility(MAX)).isEqualTo(1.0);
  }

  @Test
  void utility_infinities_areClampedToTheNearestEnd() {
    Scale scale = Scale.linear(0, 100);

    assertThat(scale.utility(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(scale.utility(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void utility_nan_isNaN() {
    assertThat(Scale.linear(0, 100).utility(Double.NaN)).isNaN();
    assertThat(Scale.linear(100, 0).utility(Double.NaN)).isNaN();
  }

  @Test
  void utility_negativeZeroAtLowerBound_isPositiveZero() {
    double u = Scale.linear(0, 100).utility(-0.0);

    assertThat(Double.doubleToRawLongBits(u)).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void utility_negativeZeroInsideBounds_isThatOfZero() {
    assertThat(Scale.linear(-1, 1).utility(-0.0)).isEqualTo(0.5);
  }

  @Test
  void utility_minValue_isExactOnUnitScale() {
    assertThat(Scale.linear(0, 1).utility(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void utility_onScaleUpToMaxValue_isExact() {
    Scale scale = Scale.linear(0, MAX);

    assertThat(scale.utility(MAX)).isEqualTo(1.0);
    assertThat(scale.utility(MAX / 2)).isEqualTo(0.5);
    assertThat(scale.utility(MAX / 4)).isEqualTo(0.25);
  }

  @Test
  void utility_onWidestAllowedScale_doesNotOverflow() {
    Scale scale = Scale.linear(-MAX / 2, MAX / 2);

    assertThat(scale.utility(0)).isEqualTo(0.5);
    assertThat(scale.utility(MAX / 4)).isEqualTo(0.75);
    assertThat(scale.utility(-MAX)).isEqualTo(0.0);
  }

  @Test
  void utility_boundsHighToLow_isLowerIsBetter() {
    Scale scale = Scale.linear(20, 0);

    assertThat(scale.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(scale.utility(20)).isEqualTo(0.0);
    assertThat(scale.utility(15)).isEqualTo(0.25);
    assertThat(scale.utility(5)).isEqualTo(0.75);
    assertThat(scale.utility(0)).isEqualTo(1.0);
    assertThat(scale.utility(25)).isEqualTo(0.0);
    assertThat(scale.utility(-5)).isEqualTo(1.0);
    assertThat(scale.utility(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    assertThat(scale.utility(Double.NEGATIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void direction_boundsLowToHigh_isHigherIsBetter() {
    assertThat(Scale.linear(0, 0.3).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void bounds_equal_areRejected() {
    assertThatThrownBy(() -> Scale.linear(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds of linear scale must differ but both were: 5.0");
  }

  @Test
  void bounds_zeroAndNegativeZero_areRejectedAsEqual() {
    assertThatThrownBy(() -> Scale.linear(-0.0, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds of linear scale must differ but both were: -0.0");
  }

  @Test
  void lowerBound_nan_isRejected() {
    assertThatThrownBy(() -> Scale.linear(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worst bound of linear scale must be finite but was: NaN");
  }

  @Test
  void upperBound_nan_isRejected() {
    assertThatThrownBy(() -> Scale.linear(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("best bound of linear scale must be finite but was: NaN");
  }

  @Test
  void lowerBound_negativeInfinity_isRejected() {
    assertThatThrownBy(() -> Scale.linear(Double.NEGATIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worst bound of linear scale must be finite but was: -Infinity");
  }

  @Test
  void upperBound_positiveInfinity_isRejected() {
    assertThatThrownBy(() -> Scale.linear(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("best bound of linear scale must be finite but was: Infinity");
  }

  @Test
  void span_overflowing_isRejected() {
    assertThatThrownBy(() -> Scale.linear(-MAX, MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance between the bounds of linear scale must be finite but was: Infinity");
  }

  @Test
  void span_overflowingHighToLow_isRejected() {
    assertThatThrownBy(() -> Scale.linear(MAX, -MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance between the bounds of linear scale must be finite but was: -Infinity");
  }

  @Test
  void valueFor_half_isTheMidpoint() {
    assertThat(Scale.linear(0, 100).valueFor(0.5)).hasValue(50.0);
    assertThat(Scale.linear(0, 100).valueFor(0.25)).hasValue(25.0);
  }

  @Test
  void valueFor_one_isTheBestBound() {
    assertThat(Scale.linear(0, 100).valueFor(1.0)).hasValue(100.0);
  }

  @Test
  void valueFor_zero_isNegativeInfinityWhenHigherIsBetter() {
    assertThat(Scale.linear(0, 100).valueFor(0.0)).hasValue(Double.NEGATIVE_INFINITY);
  }

  @Test
  void valueFor_zero_isPositiveInfinityWhenLowerIsBetter() {
    assertThat(Scale.linear(100, 0).valueFor(0.0)).hasValue(Double.POSITIVE_INFINITY);
  }

  @Test
  void valueFor_lowerIsBetter_isTheGreatestValueReachingTheUtility() {
    Scale scale = Scale.linear(100, 0);

    assertThat(scale.valueFor(0.5)).hasValue(50.0);
    assertThat(scale.utility(50.0)).isEqualTo(0.5);
    assertThat(scale.utility(Math.nextUp(50.0))).isLessThan(0.5);
  }

  @Test
  void valueFor_minValue_isMinValueOnUnitScale() {
    assertThat(Scale.linear(0, 1).valueFor(Double.MIN_VALUE)).hasValue(Double.MIN_VALUE);
  }

  @Test
  void valueFor_utilityAboveOne_isRejected() {
    assertThatThrownBy(() -> Scale.linear(0, 100).valueFor(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility to reach must be a utility in [0, 1] but was: 1.5");
  }

  @Test
  void valueFor_utilityNaN_isRejected() {
    assertThatThrownBy(() -> Scale.linear(0, 100).valueFor(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility to reach must be a utility in [0, 1] but was: NaN");
  }

  @Test
  void valueFor_utilityNegative_isRejected() {
    assertThatThrownBy(() -> Scale.linear(0, 100).valueFor(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility to reach must be a utility in [0, 1] but was: -0.1");
  }

  @Test
  void equalsAndToString_describeTheBounds() {
    assertThat(Scale.linear(0, 0.3)).isEqualTo(Scale.linear(0.0, 0.3))
        .hasSameHashCodeAs(Scale.linear(0.0, 0.3))
        .isNotEqualTo(Scale.linear(0.3, 0.0))
        .hasToString("linear(0.0 -> 0.3)");
  }
}
