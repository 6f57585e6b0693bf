package org.kamscore;

import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generates scales of every kind as {@link CriterionSpec}s: linear and logarithmic both ways,
 * points (2 to 5 breakpoints) and steps (1 to 4 thresholds) with rising or falling utilities,
 * and ordinal scales (enum, list, explicit utilities, yes/no), each possibly reversed. Bounds
 * and breakpoints are mostly moderate, sometimes a few ulps apart, sometimes huge. Each comes
 * with its {@link ReferenceScale}, made from the same parameters.
 */
final class Scales {
  /** Test levels for enum scales, worst first. */
  enum Grade { E, D, C, B, A }

  private static final List<String> NAMES = List.of("l0", "l1", "l2", "l3", "l4");

  private Scales() {}

  static Gen<CriterionSpec> numeric() {
    return in -> numeric(new Draw(in));
  }

  static CriterionSpec any(Draw d) {
    return d.rarely(35) ? ordinal(d) : numeric(d);
  }

  static CriterionSpec numeric(Draw d) {
    Direction better = d.rarely(50) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    boolean higher = better == Direction.HIGHER_IS_BETTER;
    switch (d.between(0, 3)) {
      case 0: {
        double low = position(d);
        double high = above(d, low);
        if (!Double.isFinite(high - low)) {
          high = Math.nextUp(low);
        }
        if (high == low) { // low was Double.MAX_VALUE
          low = Math.nextDown(high);
        }
        double worst = higher ? low : high;
        double best = higher ? high : low;
        return CriterionSpec.numeric(Scale.linear(worst, best),
            ReferenceScale.linear(worst, best), better, low, high);
      }
      case 1: {
        double low = d.rarely(10) ? d.power(-300, 300) : d.power(-3, 6);
        double high = d.rarely(15) ? ulpsAbove(d, low) : low * d.power(0.01, 6);
        if (!Double.isFinite(high) || high == low) {
          high = Math.nextUp(low);
        }
        while (StrictMath.log(high) == StrictMath.log(low)) {
          high = Math.nextUp(high);
        }
        double worst = higher ? low : high;
        double best = higher ? high : low;
        return CriterionSpec.numeric(Scale.logarithmic(worst, best),
            ReferenceScale.logarithmic(worst, best), better, low, high);
      }
      case 2: {
        double[] x = increasing(d, d.between(2, 5));
        for (int i = 1; i < x.length; i++) {
          if (!Double.isFinite(x[i] - x[i - 1])) { // x[i - 1] is huge and negative
            x[i] = 0.0;
          }
        }
        double[] u = utilities(d, x.length, higher);
        PointsScale s = Scale.points(x[0], u[0]);
        for (int i = 1; i < x.length; i++) {
          s = s.then(x[i], u[i]);
        }
        return CriterionSpec.numeric(s, ReferenceScale.points(x, u), better, x);
      }
      default: {
        double[] x = increasing(d, d.between(1, 4));
        double[] u = utilities(d, x.length + 1, higher);
        StepScale s = Scale.steps(u[0]);
        for (int i = 0; i < x.length; i++) {
          s = s.atLeast(x[i], u[i + 1]);
        }
        ReferenceScale r = ReferenceScale.steps(u[0], x, Arrays.copyOfRange(u, 1, u.length));
        return CriterionSpec.numeric(s, r, better, x);
      }
    }
  }

  static CriterionSpec ordinal(Draw d) {
    boolean higher = true; // declared worst first
    LevelScale<?> levels;
    ReferenceScale reference;
    switch (d.between(0, 3)) {
      case 0:
        levels = Scale.yesNo();
        reference = ReferenceScale.evenlySpaced(List.of(false, true));
        break;
      case 1:
        levels = Scale.levels(Grade.class);
        reference = ReferenceScale.evenlySpaced(List.of(Grade.values()));
        break;
      case 2:
        List<String> names = NAMES.subList(0, d.between(2, NAMES.size()));
        levels = Scale.levels(names);
        reference = ReferenceScale.evenlySpaced(names);
        break;
      default:
        higher = !d.rarely(50);
        double[] u = utilities(d, d.between(2, NAMES.size()), higher);
        LevelScale<String> explicit = Scale.level(NAMES.get(0), u[0]);
        for (int i = 1; i < u.length; i++) {
          explicit = explicit.then(NAMES.get(i), u[i]);
        }
        levels = explicit;
        reference = ReferenceScale.explicit(NAMES.subList(0, u.length), u);
    }
    if (d.rarely(35)) {
      levels = levels.reversed();
      reference = reference.reversed();
      higher = !higher;
    }
    return CriterionSpec.ordinal(levels, reference,
        higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
  }

  /** A finite raw value: mostly moderate, sometimes small integers, sometimes huge. */
  static double position(Draw d) {
    switch (d.between(0, 9)) {
      case 0:
        return d.between(0, 10);
      case 1:
        return d.uniform(-1e6, 1e6);
      case 2:
      case 3:
        return (d.rarely(50) ? -1 : 1) * d.power(300, Math.log10(Double.MAX_VALUE));
      default:
        return d.uniform(-100, 100);
    }
  }

  /** A finite value above {@code x}: mostly a moderate gap, sometimes a few ulps or huge. */
  private static double above(Draw d, double x) {
    switch (d.between(0, 11)) {
      case 0:
        return ulpsAbove(d, x);
      case 1: {
        double far = x + d.power(300, Math.log10(Double.MAX_VALUE));
        return Double.isFinite(far) ? far : Double.MAX_VALUE;
      }
      case 2:
      case 3: { // mirrored: the distance from a huge negative x exceeds Double.MAX_VALUE
        double next = x < -1.0 ? -x : x + 1.0;
        return next > x ? next : Math.nextUp(x);
      }
      default: {
        double next = x + d.power(-3, 3);
        return next > x ? next : Math.nextUp(x);
      }
    }
  }

  private static double ulpsAbove(Draw d, double x) {
    double next = x;
    for (int k = d.between(1, 3); k > 0; k--) {
      next = Math.nextUp(next);
    }
    return Math.min(next, Double.MAX_VALUE);
  }

  private static double[] increasing(Draw d, int n) {
    double[] x = new double[n];
    x[0] = position(d);
    for (int i = 1; i < n; i++) {
      x[i] = x[i - 1] == Double.MAX_VALUE ? x[i - 1] : above(d, x[i - 1]);
    }
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      if (x[i] > x[distinct - 1]) {
        x[distinct++] = x[i];
      }
    }
    if (distinct < Math.min(n, 2)) { // only when x[0] is MAX_VALUE
      return new double[] {Math.nextDown(x[0]), x[0]};
    }
    return Arrays.copyOf(x, distinct);
  }

  /** {@code n} monotone utilities, never falling if {@code rising}, else never rising. */
  private static double[] utilities(Draw d, int n, boolean rising) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = d.utility();
    }
    Arrays.sort(u);
    if (!rising) {
      for (int i = 0; i < n / 2; i++) {
        double t = u[i];
        u[i] = u[n - 1 - i];
        u[n - 1 - i] = t;
      }
    }
    return u;
  }
}
