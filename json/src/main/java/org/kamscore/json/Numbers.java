package org.kamscore.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as the shortest decimal that reads back as the same double, the same text on
 * every JVM: {@code Double.toString} is not shortest before Java 19, and its text differs between
 * versions. Of the shortest decimals the one nearest the double's exact value is chosen, ties to
 * an even last digit. Plain notation between 1e-7 and 1e21, an exponent outside, like
 * JavaScript; an integral value has no decimal point, and -0.0 is written {@code -0.0} so that it
 * stays a float.
 */
final class Numbers {
  private static final BigDecimal PLAIN_FROM = new BigDecimal("1e-7");
  private static final BigDecimal PLAIN_BELOW = new BigDecimal("1e21");

  private Numbers() {}

  /** The shortest decimal text of a finite double. */
  static String shortest(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(Checks.format(
          "number to write must be finite but was: %s", value));
    }
    if (value == 0.0) {
      return Double.doubleToRawLongBits(value) == 0L ? "0" : "-0.0";
    }
    BigDecimal decimal = shortestDecimal(value).stripTrailingZeros();
    BigDecimal magnitude = decimal.abs();
    if (magnitude.compareTo(PLAIN_FROM) >= 0 && magnitude.compareTo(PLAIN_BELOW) < 0) {
      return decimal.toPlainString();
    }
    return scientific(decimal);
  }

  /**
   * The decimal of fewest significant digits that parses to {@code value}, nearest its exact
   * value. Whether some decimal of {@code q} digits parses to it is monotone in {@code q} (a
   * grid of {@code q} digits lies in the grid of {@code q + 1}), so counting down from the
   * digits of {@code Double.toString}, which always parses back, finds the fewest; the result
   * depends on the value alone, not on the JVM's {@code toString}.
   */
  private static BigDecimal shortestDecimal(double value) {
    BigDecimal exact = new BigDecimal(value);
    int digits = new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
    while (digits > 1 && candidate(exact, value, digits - 1) != null) {
      digits--;
    }
    return candidate(exact, value, digits);
  }

  /** The decimal of {@code digits} digits nearest {@code exact} that parses back, or null. */
  private static BigDecimal candidate(BigDecimal exact, double value, int digits) {
    BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    if (readsBack(nearest, value)) {
      return nearest;
    }
    // the nearest may lie outside the rounding interval where the other neighbour is inside:
    // next to a power of two the interval below is half as wide as the one above
    RoundingMode other = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
    BigDecimal neighbour = exact.round(new MathContext(digits, other));
    return readsBack(neighbour, value) ? neighbour : null;
  }

  private static boolean readsBack(BigDecimal decimal, double value) {
    return Double.parseDouble(decimal.toString()) == value;
  }

  /** {@code d.ddde-x}: at least one digit, a point only before further digits. */
  private static String scientific(BigDecimal decimal) {
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    StringBuilder s = new StringBuilder();
    if (decimal.signum() < 0) {
      s.append('-');
    }
    s.append(digits.charAt(0));
    if (digits.length() > 1) {
      s.append('.').append(digits, 1, digits.length());
    }
    return s.append('e').append(exponent).toString();
  }
}
