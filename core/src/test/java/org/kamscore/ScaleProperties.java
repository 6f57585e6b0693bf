package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every generated scale is monotone in its direction, also across breakpoints and between
 * adjacent doubles, and {@link Scale#valueFor(double)} inverts it exactly.
 */
final class ScaleProperties {

  /** A numeric scale, a utility to reach and two raw values. */
  record Case(CriterionSpec spec, double utility, double x, double y) {}

  private static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      CriterionSpec spec = Scales.numeric(d);
      double x = Generated.value(d, spec, false);
      double y = d.rarely(40) ? (d.rarely(50) ? Math.nextUp(x) : Math.nextDown(x))
          : Generated.value(d, spec, false);
      double u;
      if (d.rarely(50)) {
        u = spec.scale().utility(Generated.value(d, spec, false));
      } else {
        u = d.utility();
      }
      if (d.rarely(20)) {
        u = d.rarely(50) ? Math.nextUp(u) : Math.nextDown(u);
      }
      return new Case(spec, Math.min(1.0, Math.max(0.0, u)), x, y);
    };
  }

  @Test
  void scale_isMonotoneInItsDirection() {
    Theories.qt().forAll(cases()).checkAssert(c -> {
      Scale scale = c.spec().scale();
      double better = c.spec().better().isAtLeastAsGood(c.x(), c.y()) ? c.x() : c.y();
      double worse = better == c.x() ? c.y() : c.x();
      assertThat(scale.utility(better)).isBetween(0.0, 1.0)
          .isGreaterThanOrEqualTo(scale.utility(worse));
      assertThat(scale.utility(worse)).isBetween(0.0, 1.0);
      if (scale.utility(Double.NEGATIVE_INFINITY) != scale.utility(Double.POSITIVE_INFINITY)) {
        assertThat(scale.direction()).isEqualTo(c.spec().better());
      }
    });
  }

  @Test
  void valueFor_isTheWorstValueReachingTheUtility() {
    Theories.qt().forAll(cases()).checkAssert(c -> {
      Scale scale = c.spec().scale();
      boolean higher = scale.direction() == Direction.HIGHER_IS_BETTER;
      double worstEnd = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      OptionalDouble found = scale.valueFor(c.utility());
      if (found.isEmpty()) {
        assertThat(scale.utility(-worstEnd)).isLessThan(c.utility());
        for (double anchor : c.spec().anchors()) {
          assertThat(scale.utility(anchor)).isLessThan(c.utility());
        }
        return;
      }
      double v = found.getAsDouble();
      assertThat(scale.utility(v)).isGreaterThanOrEqualTo(c.utility());
      if (v != worstEnd) {
        double worse = higher ? Math.nextDown(v) : Math.nextUp(v);
        assertThat(scale.utility(worse)).as("utility of %s", worse).isLessThan(c.utility());
      }
    });
  }

  @Test
  void levelFor_isTheWorstLevelReachingTheUtility() {
    Theories.qt().forAll(in -> {
      Draw d = new Draw(in);
      return new Case(Scales.ordinal(d), d.utility(), 0, 0);
    }).checkAssert(c -> {
      LevelScale<?> scale = c.spec().levels();
      List<?> levels = scale.levels();
      Optional<?> found = scale.levelFor(c.utility());
      if (found.isEmpty()) {
        assertThat(levels).allSatisfy(l -> assertThat(scale.utility(l)).isLessThan(c.utility()));
        return;
      }
      int i = levels.indexOf(found.get());
      assertThat(scale.utility(levels.get(i))).isGreaterThanOrEqualTo(c.utility());
      int worse = scale.direction() == Direction.HIGHER_IS_BETTER ? i - 1 : i + 1;
      if (worse >= 0 && worse < levels.size()) {
        assertThat(scale.utility(levels.get(worse))).isLessThan(c.utility());
      }
    });
  }

  /** Found by scale_isMonotoneInItsDirection: the middle value scored 0 / 0 = NaN. */
  @Test
  void logarithmic_boundsTwoUlpsApartWithEqualLogarithms_isRejected() {
    assertThatThrownBy(() -> Scale.logarithmic(0.001, 0.0010000000000000005))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds of logarithmic scale must have different logarithms but 0.001 and "
            + "0.0010000000000000005 both had: -6.907755278982137");
  }

  /** Found by scale_isMonotoneInItsDirection: 0.0 / negative span gave -0.0, shown "-0.000". */
  @Test
  void logarithmic_lowerIsBetter_valueOneUlpBelowWorst_hasPositiveZeroUtility() {
    Scale scale = Scale.logarithmic(0.0010232929922807542, 0.001);
    assertThat(Double.doubleToRawLongBits(scale.utility(0.001023292992280754))).isZero();
  }

  /** Found by scale_isMonotoneInItsDirection at 6,666 examples: (x - a) / (b - a) = inf / inf. */
  @Test
  void points_breakpointsFartherApartThanMaxValue_isRejected() {
    PointsScale start = Scale.points(-8.99004887396889E307, 0.0);
    assertThatThrownBy(() -> start.then(8.99004887396889E307, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distance between breakpoints 1 and 2 of points scale must be finite but was: "
            + "Infinity");
  }
}
