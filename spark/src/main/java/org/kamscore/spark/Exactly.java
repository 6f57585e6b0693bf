package org.kamscore.spark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact arithmetic for the portfolio analytics, following the rules that
 * {@link org.kamscore.portfolio.AbcAnalysis} and {@link org.kamscore.portfolio.Concentration}
 * state: sums of measures are the exact sums of the rational numbers the doubles denote, a
 * limit such as a cut-off is the decimal of 15 significant digits nearest to it, and a
 * reported value is the exact value rounded once to the nearest double, ties to even.
 *
 * <p>Rounding a quotient starts from a 20-digit decimal guess and walks to the double whose
 * rounding interval holds the exact quotient, comparing it with the midpoints between
 * neighbouring doubles, which are exact decimals; the walk is at most a step or two.
 */
final class Exactly {
  private static final MathContext LIMIT_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final MathContext GUESS_DIGITS = new MathContext(20, RoundingMode.HALF_EVEN);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  /** Where rounding to the nearest double gives infinity: the largest double plus half a step. */
  private static final BigDecimal OVERFLOW = new BigDecimal(Double.MAX_VALUE)
      .add(new BigDecimal(Math.ulp(Double.MAX_VALUE)).multiply(HALF));

  private Exactly() {}

  /** The exact value of a finite double, -0.0 as 0. */
  static BigDecimal of(double value) {
    return new BigDecimal(value);
  }

  /** The decimal a limit stands for: the double rounded to 15 significant digits. */
  static BigDecimal limit(double limit) {
    return new BigDecimal(limit).round(LIMIT_DIGITS);
  }

  /** The double nearest to an exact, non-negative value, ties to even. */
  static double nearest(BigDecimal value) {
    return ratio(value, BigDecimal.ONE);
  }

  /**
   * The double nearest to {@code part / whole}, ties to even; 0 if either is 0.
   *
   * @param part not negative
   * @param whole not negative
   */
  static double ratio(BigDecimal part, BigDecimal whole) {
    if (part.signum() == 0 || whole.signum() == 0) {
      return 0.0;
    }
    double d = Math.min(part.divide(whole, GUESS_DIGITS).doubleValue(), Double.MAX_VALUE);
    while (true) {
      int above = d == Double.MAX_VALUE
          ? part.compareTo(whole.multiply(OVERFLOW))
          : part.compareTo(whole.multiply(midpoint(d, Math.nextUp(d))));
      if (above > 0 || above == 0 && odd(d)) {
        if (d == Double.MAX_VALUE) {
          return Double.POSITIVE_INFINITY;
        }
        d = Math.nextUp(d);
        continue;
      }
      if (d > 0.0) {
        int below = part.compareTo(whole.multiply(midpoint(Math.nextDown(d), d)));
        if (below < 0 || below == 0 && odd(d)) {
          d = Math.nextDown(d);
          continue;
        }
      }
      return d;
    }
  }

  private static BigDecimal midpoint(double low, double high) {
    return of(low).add(of(high)).multiply(HALF);
  }

  /** Whether the last bit of a positive double's significand is set; neighbours alternate. */
  private static boolean odd(double d) {
    return (Double.doubleToRawLongBits(d) & 1L) != 0;
  }
}
