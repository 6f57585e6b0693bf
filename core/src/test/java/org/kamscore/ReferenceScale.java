package org.kamscore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;

/**
 * The test tree's own scales: the utility of a raw value as the Javadoc of {@link Scale} and
 * {@link LevelScale} defines it, computed from the parameters the generator chose, without
 * the production scale classes. Utilities are exact rationals ({@link BigDecimal}, divisions
 * to 34 digits), so that the production's doubles can be measured against them.
 *
 * <p>Each utility says whether the documentation makes it exact: the utility at a bound or
 * breakpoint, or beyond one (clamped), is the declared utility; a step or a level has its
 * declared utility. Those the production must return bit for bit; interpolated utilities only
 * within rounding (see {@link ReferenceScorer#UTILITY_TOLERANCE}).
 */
abstract class ReferenceScale {
  /** Precision of the divisions: 34 digits, far below the doubles' 2^-53. */
  static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** A utility, and whether the documentation promises the production this exact value. */
  record Utility(BigDecimal value, boolean exact) {
    static Utility exactly(double declared) {
      return new Utility(new BigDecimal(declared), true);
    }

    boolean isOne() {
      return value.compareTo(BigDecimal.ONE) == 0;
    }
  }

  private ReferenceScale() {}

  /**
   * The utility of a raw value: a number, or for an ordinal scale the level's index.
   *
   * @param raw not {@code NaN}; infinities lie beyond every bound
   */
  abstract Utility utility(double raw);

  /** The index of a level of an ordinal scale, -1 if it is none. */
  int indexOf(Object level) {
    throw new UnsupportedOperationException("not an ordinal scale: " + this);
  }

  /** The level at an index (ordinal scales only). */
  Object level(int index) {
    throw new UnsupportedOperationException("not an ordinal scale: " + this);
  }

  /** The same levels with the utilities in reverse order (ordinal scales only). */
  ReferenceScale reversed() {
    throw new UnsupportedOperationException("not an ordinal scale: " + this);
  }

  // ---- the documented kinds ---------------------------------------------------------------

  /** Utility 0 at {@code worst}, 1 at {@code best}, linear between, clamped outside. */
  static ReferenceScale linear(double worst, double best) {
    return new Bounded(worst, best, false);
  }

  /**
   * Utility 0 at {@code worst}, 1 at {@code best}, linear in {@code StrictMath.log} between,
   * clamped outside; zero and negative values lie below the lower bound.
   */
  static ReferenceScale logarithmic(double worst, double best) {
    return new Bounded(worst, best, true);
  }

  /**
   * Piecewise linear through {@code (values[i], utilities[i])}; below the first and above the
   * last breakpoint the utility of that breakpoint.
   */
  static ReferenceScale points(double[] values, double[] utilities) {
    return new Points(values.clone(), utilities.clone());
  }

  /** {@code below} under the first threshold, from each threshold on (inclusive) its utility. */
  static ReferenceScale steps(double below, double[] thresholds, double[] utilities) {
    return new Steps(below, thresholds.clone(), utilities.clone());
  }

  /** Levels worst first with evenly spaced utilities {@code i / (n - 1)}. */
  static ReferenceScale evenlySpaced(List<?> levels) {
    int n = levels.size();
    BigDecimal[] u = new BigDecimal[n];
    boolean[] exact = new boolean[n];
    for (int i = 0; i < n; i++) {
      u[i] = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(n - 1), CONTEXT);
      // 0 and 1 are doubles; so are all i / (n - 1) when n - 1 is a power of two
      exact[i] = i == 0 || i == n - 1 || Integer.bitCount(n - 1) == 1;
    }
    return new Levels(List.copyOf(levels), u, exact);
  }

  /** Levels with explicitly declared utilities. */
  static ReferenceScale explicit(List<?> levels, double[] utilities) {
    BigDecimal[] u = new BigDecimal[utilities.length];
    boolean[] exact = new boolean[utilities.length];
    for (int i = 0; i < u.length; i++) {
      u[i] = new BigDecimal(utilities[i]);
      exact[i] = true;
    }
    return new Levels(List.copyOf(levels), u, exact);
  }

  // ---- the kinds' arithmetic ----------------------------------------------------------------

  private static BigDecimal exact(double value) {
    return new BigDecimal(value);
  }

  private static BigDecimal clampToUnit(BigDecimal u) {
    return u.signum() < 0 ? BigDecimal.ZERO : u.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : u;
  }

  private static final class Bounded extends ReferenceScale {
    private final double worst;
    private final double best;
    private final boolean logarithmic;

    Bounded(double worst, double best, boolean logarithmic) {
      this.worst = worst;
      this.best = best;
      this.logarithmic = logarithmic;
    }

    @Override
    Utility utility(double raw) {
      double low = Math.min(worst, best);
      double high = Math.max(worst, best);
      if (raw <= low || raw >= high) { // clamped: the utility of the nearer bound, 0 or 1
        boolean atBest = raw <= low ? best == low : best == high;
        return Utility.exactly(atBest ? 1.0 : 0.0);
      }
      BigDecimal x = logarithmic ? exact(StrictMath.log(raw)) : exact(raw);
      BigDecimal w = logarithmic ? exact(StrictMath.log(worst)) : exact(worst);
      BigDecimal b = logarithmic ? exact(StrictMath.log(best)) : exact(best);
      return new Utility(clampToUnit(x.subtract(w).divide(b.subtract(w), CONTEXT)), false);
    }

    @Override
    public String toString() {
      return (logarithmic ? "logarithmic(" : "linear(") + worst + " -> " + best + ")";
    }
  }

  private static final class Points extends ReferenceScale {
    private final double[] values;
    private final double[] utilities;

    Points(double[] values, double[] utilities) {
      this.values = values;
      this.utilities = utilities;
    }

    @Override
    Utility utility(double raw) {
      int last = values.length - 1;
      if (raw <= values[0]) {
        return Utility.exactly(utilities[0]);
      }
      if (raw >= values[last]) {
        return Utility.exactly(utilities[last]);
      }
      int i = last - 1;
      while (raw < values[i]) { // values[i] <= raw < values[i + 1]
        i--;
      }
      if (raw == values[i]) {
        return Utility.exactly(utilities[i]);
      }
      BigDecimal fraction = exact(raw).subtract(exact(values[i]))
          .divide(exact(values[i + 1]).subtract(exact(values[i])), CONTEXT);
      BigDecimal rise = exact(utilities[i + 1]).subtract(exact(utilities[i]));
      return new Utility(clampToUnit(exact(utilities[i]).add(fraction.multiply(rise))), false);
    }

    @Override
    public String toString() {
      return "points(" + Arrays.toString(values) + " -> " + Arrays.toString(utilities) + ")";
    }
  }

  private static final class Steps extends ReferenceScale {
    private final double below;
    private final double[] thresholds;
    private final double[] utilities;

    Steps(double below, double[] thresholds, double[] utilities) {
      this.below = below;
      this.thresholds = thresholds;
      this.utilities = utilities;
    }

    @Override
    Utility utility(double raw) {
      for (int i = thresholds.length - 1; i >= 0; i--) {
        if (raw >= thresholds[i]) {
          return Utility.exactly(utilities[i]);
        }
      }
      return Utility.exactly(below);
    }

    @Override
    public String toString() {
      return "steps(" + below + ", " + Arrays.toString(thresholds) + " -> "
          + Arrays.toString(utilities) + ")";
    }
  }

  private static final class Levels extends ReferenceScale {
    private final List<?> levels;
    private final BigDecimal[] utilities;
    private final boolean[] exact;

    Levels(List<?> levels, BigDecimal[] utilities, boolean[] exact) {
      this.levels = levels;
      this.utilities = utilities;
      this.exact = exact;
    }

    @Override
    Utility utility(double index) {
      int i = (int) index;
      return new Utility(utilities[i], exact[i]);
    }

    @Override
    int indexOf(Object level) {
      return levels.indexOf(level);
    }

    @Override
    Object level(int index) {
      return levels.get(index);
    }

    @Override
    ReferenceScale reversed() {
      int n = utilities.length;
      BigDecimal[] u = new BigDecimal[n];
      boolean[] e = new boolean[n];
      for (int i = 0; i < n; i++) {
        u[i] = utilities[n - 1 - i];
        e[i] = exact[n - 1 - i];
      }
      return new Levels(levels, u, e);
    }

    @Override
    public String toString() {
      return "levels(" + levels + " -> " + Arrays.toString(utilities) + ")";
    }
  }
}
