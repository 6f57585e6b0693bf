package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LogarithmicScaleTest {

  @Test
  void utility_atBounds_isZeroAndOne() {
    Scale scale = Scale.logarithmic(10, 1000);

    assertThat(scale.utility(10)).isEqualTo(0.0);
    assertThat(scale.utility(1000)).isEqualTo(1.0);
  }

  @Test
  void utility_geometricMidpoint_isHalfToTheLastBit() {
    // (log 100 - log 10) / (log 1000 - log 10) with StrictMath, identical on every JVM
    assertThat(Scale.logarithmic(10, 1000).utility(100)).isEqualTo(0.5000000000000001);
  }

  @Test
  void utility_zeroAndNegativeValues_lieBelowTheLowerBound() {
    Scale scale = Scale.logarithmic(10, 1000);

    assertThat(scale.utility(0.0)).isEqualTo(0.0);
    assertThat(scale.utility(-0.0)).isEqualTo(0.0);
    assertThat(scale.utility(-5)).isEqualTo(0.0);
    assertThat(scale.utility(Double.MIN_VALUE)).isEqualTo(0.0);
    assertThat(scale.utility(-Double.MAX_VALUE)).isEqualTo(0.0);
  }

  @Test
  void utility_outsideBoundsAndInfinities_areClamped() {
    Scale scale = Scale.logarithmic(10, 1000);

    assertThat(scale.utility(5)).isEqualTo(0.0);
    assertThat(scale.utility(Math.nextUp(1000.0))).isEqualTo(1.0);
    assertThat(scale.utility(Double.MAX_VALUE)).isEqualTo(1.0);
    assertThat(scale.utility(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(scale.utility(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
  }

  @Test
  void utility_nan_isNaN() {
    assertThat(Scale.logarithmic(10, 1000).utility(Double.NaN)).isNaN();
  }

  @Test
  void utility_boundsHighToLow_isLowerIsBetter() {
    Scale scale = Scale.logarithmic(1000, 10);

    assertThat(scale.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(scale.utility(1000)).isEqualTo(0.0);
    assertThat(scale.utility(10)).isEqualTo(1.0);
    assertThat(scale.utility(0)).isEqualTo(1.0);
    assertThat(scale.utility(-5)).isEqualTo(1.0);
    assertThat(scale.utility(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    assertThat(scale.utility(100)).isEqualTo(0.4999999999999999);
  }

  @Test
  void lowerBound_zero_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worst bound of logarithmic scale must be positive and finite but was: 0.0");
  }

  @Test
  void lowerBound_negative_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worst bound of logarithmic scale must be positive and finite but was: -1.0");
  }

  @Test
  void upperBound_negativeZero_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(10, -0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("best bound of logarithmic scale must be positive and finite but was: -0.0");
  }

  @Test
  void lowerBound_nan_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(Double.NaN, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worst bound of logarithmic scale must be positive and finite but was: NaN");
  }

  @Test
  void upperBound_infinite_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(10, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "best bound of logarithmic scale must be positive and finite but was: Infinity");
  }

  @Test
  void bounds_equal_areRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds of logarithmic scale must differ but both were: 10.0");
  }

  @Test
  void valueFor_zeroAndGeometricMidpoint() {
    Scale scale = Scale.logarithmic(10, 1000);

    assertThat(scale.valueFor(0.0)).hasValue(Double.NEGATIVE_INFINITY);
    assertThat(scale.valueFor(0.5)).hasValue(100.0);
  }

  @Test
  void toString_describesTheBounds() {
    assertThat(Scale.logarithmic(10, 1000)).hasToString("logarithmic(10.0 -> 1000.0)")
        .isNotEqualTo(Scale.linear(10, 1000));
  }
}
