package org.kamscore.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact arithmetic for the boundary decisions of the package. Every finite double is a
 * rational number that {@code new BigDecimal(double)} holds exactly, and {@code BigDecimal}
 * sums, products and comparisons are exact; so a decision such as "the measure ahead is below
 * the cut-off times the total" is made on the numbers the doubles denote, never on rounded
 * running sums or quotients. Only reported values are rounded, once, to the nearest double.
 */
final class Exact {
  /** Limits are read with 15 significant digits: every such decimal survives a double. */
  private static final MathContext LIMIT_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final int SIGNIFICAND_BITS = 53;
  private static final int LEAST_EXPONENT = -1074;

  private Exact() {}

  /** The exact value of a finite double. */
  static BigDecimal of(double value) {
    return new BigDecimal(value);
  }

  /**
   * The decimal a limit such as a cut-off stands for: the double rounded to 15 significant
   * digits, so that {@code 0.8} means exactly 4/5 and not the binary fraction nearest to it.
   * Every decimal of up to 15 significant digits comes back exactly as it was written.
   */
  static BigDecimal limit(double limit) {
    return new BigDecimal(limit).round(LIMIT_DIGITS);
  }

  /** The double nearest to an exact value, ties to even. */
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
    // part / whole = (p * 10^-ps) / (w * 10^-ws) = p * 10^(ws - ps) / w
    BigInteger numerator = part.unscaledValue();
    BigInteger denominator = whole.unscaledValue();
    int scales = whole.scale() - part.scale();
    if (scales >= 0) {
      numerator = numerator.multiply(BigInteger.TEN.pow(scales));
    } else {
      denominator = denominator.multiply(BigInteger.TEN.pow(-scales));
    }
    return nearest(numerator, denominator);
  }

  /** The double nearest to {@code numerator / denominator}, both positive, ties to even. */
  private static double nearest(BigInteger numerator, BigInteger denominator) {
    // numerator / denominator lies in (2^(nb - db - 1), 2^(nb - db + 1)), so with this
    // exponent the quotient of numerator by denominator * 2^exponent lies in (2^52, 2^54);
    // below the least exponent of a double, fewer digits remain (a subnormal).
    int exponent = Math.max(
        numerator.bitLength() - denominator.bitLength() - SIGNIFICAND_BITS, LEAST_EXPONENT);
    BigInteger[] quotient = divide(numerator, denominator, exponent);
    if (quotient[0].bitLength() > SIGNIFICAND_BITS) {
      exponent++;
      quotient = divide(numerator, denominator, exponent);
    }
    BigInteger significand = quotient[0];
    int half = quotient[1].shiftLeft(1).compareTo(quotient[2]);
    if (half > 0 || half == 0 && significand.testBit(0)) {
      significand = significand.add(BigInteger.ONE);
    }
    // at most 2^53 and a multiple of 2^-1074, so scaling by 2^exponent is exact
    return Math.scalb(significand.doubleValue(), exponent);
  }

  /**
   * Divides {@code numerator} by {@code denominator * 2^exponent}: the whole quotient, the
   * remainder and the divisor actually used.
   */
  private static BigInteger[] divide(BigInteger numerator, BigInteger denominator,
      int exponent) {
    BigInteger dividend = exponent < 0 ? numerator.shiftLeft(-exponent) : numerator;
    BigInteger divisor = exponent > 0 ? denominator.shiftLeft(exponent) : denominator;
    BigInteger[] quotientAndRemainder = dividend.divideAndRemainder(divisor);
    return new BigInteger[] {quotientAndRemainder[0], quotientAndRemainder[1], divisor};
  }
}
