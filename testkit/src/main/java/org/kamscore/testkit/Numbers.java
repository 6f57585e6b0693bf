package org.kamscore.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text that is the same on every JDK ({@link Double#toString(double)} is not: it
 * changed in JDK 19), and the "simplest" numbers that shrinking moves toward.
 */
final class Numbers {
  private Numbers() {}

  /**
   * The shortest decimal that reads back as {@code value}, plain unless very large or small.
   * Exact: {@code Double.parseDouble(shortest(v)) == v} for every finite {@code v}.
   */
  static String shortest(double value) {
    if (!Double.isFinite(value) || value == 0.0) {
      return value == 0.0 ? (1.0 / value < 0 ? "-0" : "0") : Double.toString(value);
    }
    BigDecimal shortest = shortestDecimal(value);
    double magnitude = Math.abs(value);
    return magnitude >= 1e-6 && magnitude < 1e21 ? shortest.toPlainString() : shortest.toString();
  }

  /** The shortest decimal, trailing zeros stripped, that reads back as a finite value. */
  private static BigDecimal shortestDecimal(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /** The value rounded half-even to {@code decimals} places, from its exact binary value. */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * A difference with its sign, rounded to {@code decimals} places; a difference too small to
   * show that way keeps three significant digits.
   */
  static String signed(BigDecimal difference, int decimals) {
    BigDecimal rounded = difference.setScale(decimals, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0 && difference.signum() != 0) {
      rounded = difference.round(new MathContext(3, RoundingMode.HALF_EVEN));
    }
    return (difference.signum() < 0 ? "" : "+") + rounded.toPlainString();
  }

  /**
   * The simplest number in {@code [lo, hi]}: zero if it lies there, else the one written with
   * the fewest decimal digits, then with the fewest significant digits, then nearest to zero:
   * 250000 in [247311.5, 261000], 0.1 in (0, 0.37], 1 in [0.5, 1e9]. Only whole numbers if
   * {@code integral}. Returns {@code NaN} if the interval holds no such number.
   */
  static double simplest(double lo, double hi, boolean integral) {
    double low = integral ? Math.ceil(lo) : lo;
    double high = integral ? Math.floor(hi) : hi;
    if (!(low <= high)) {
      return Double.NaN;
    }
    if (low <= 0.0 && 0.0 <= high) {
      return Double.compare(0.0, high) <= 0 ? 0.0 : -0.0; // -0.0 if that is the interval's top
    }
    if (high < 0.0) {
      return -simplest(-high, -low, false);
    }
    BigDecimal from = new BigDecimal(low);
    BigDecimal to = new BigDecimal(high);
    // the simplest number whose last digit is at 10^e is the least multiple of 10^e >= low;
    // at e = -scale that is `low` itself, which is in the interval
    BigDecimal best = null;
    for (int e = to.precision() - to.scale(); e >= -from.scale(); e--) {
      if (best != null && e < 0 && 1 - e > length(best)) {
        break; // finer multiples are written with more digits
      }
      BigDecimal candidate = from.scaleByPowerOfTen(-e).setScale(0, RoundingMode.CEILING)
          .scaleByPowerOfTen(e).stripTrailingZeros();
      if (candidate.compareTo(to) <= 0 && (best == null || !simpler(best, candidate))) {
        best = candidate; // the later of equals is the nearer to zero
      }
    }
    return best.doubleValue();
  }

  /** Tells whether a finite value is simpler than another, as {@link #simplest} ranks them. */
  static boolean simpler(double a, double b) {
    if (a == 0.0 || b == 0.0) {
      return a == 0.0 && b != 0.0;
    }
    BigDecimal x = shortestDecimal(Math.abs(a));
    BigDecimal y = shortestDecimal(Math.abs(b));
    return x.equals(y) ? a > b : simpler(x, y);
  }

  /** Fewer digits written, then fewer significant digits, then smaller; both positive. */
  private static boolean simpler(BigDecimal a, BigDecimal b) {
    int written = Integer.compare(length(a), length(b));
    int significant = Integer.compare(a.precision(), b.precision());
    return written != 0 ? written < 0 : significant != 0 ? significant < 0 : a.compareTo(b) < 0;
  }

  /** How many digits a positive number without trailing zeros takes in plain notation. */
  private static int length(BigDecimal value) {
    int scale = value.scale();
    int precision = value.precision();
    return scale <= 0 ? precision - scale : Math.max(1, precision - scale) + scale;
  }
}
