package org.kamscore.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An exact oracle for the portfolio boundaries, written without the production code: every
 * measure is the whole number of units of 2<sup>-1074</sup> that its double denotes (read
 * from its bits, not through {@code BigDecimal}), every limit is a fraction of two longs, and
 * every decision compares whole numbers by cross-multiplying. The order of the customers is
 * never sorted: a customer's predecessors are the customers ahead of it, found pairwise.
 */
final class ExactOracle {
  /** 2<sup>1074</sup>: one in units of 2<sup>-1074</sup>. */
  static final BigInteger ONE = BigInteger.ONE.shiftLeft(1074);

  private ExactOracle() {}

  /** A limit such as 80 % as the exact fraction {@code numerator / denominator}. */
  record Fraction(long numerator, long denominator) {
    /** The double nearest to the fraction, as a user would write it: {@code 0.8} for 80/100. */
    double asDouble() {
      return (double) numerator / denominator;
    }

    @Override
    public String toString() {
      return numerator + "/" + denominator;
    }
  }

  /** The exact value of a finite double that is not negative, in units of 2^-1074. */
  static BigInteger units(double value) {
    long bits = Double.doubleToRawLongBits(value + 0.0); // -0.0 becomes 0.0
    int exponent = (int) (bits >>> 52) & 0x7ff;
    long fraction = bits & ((1L << 52) - 1);
    if (bits < 0 || exponent == 0x7ff) {
      throw new IllegalArgumentException("not a finite measure: " + value);
    }
    if (exponent == 0) {
      return BigInteger.valueOf(fraction); // subnormal: fraction * 2^-1074
    }
    // (2^52 + fraction) * 2^(exponent - 1075) = (2^52 + fraction) * 2^(exponent - 1) units
    return BigInteger.valueOf(fraction | 1L << 52).shiftLeft(exponent - 1);
  }

  /** Whether {@code x} comes before {@code y}: larger measure, or equal measure and lower key. */
  static boolean isAhead(Account x, Account y) {
    int byMeasure = units(x.revenue()).compareTo(units(y.revenue()));
    return byMeasure > 0 || byMeasure == 0 && x.id().compareTo(y.id()) < 0;
  }

  /** The customers in the analysis order, by counting for each how many are ahead of it. */
  static List<Account> inOrder(List<Account> accounts) {
    Account[] ordered = new Account[accounts.size()];
    for (Account account : accounts) {
      int ahead = 0;
      for (Account other : accounts) {
        ahead += isAhead(other, account) ? 1 : 0;
      }
      ordered[ahead] = account;
    }
    return List.of(ordered);
  }

  /** The sum of the measures of the customers ahead of one. */
  static BigInteger sumAhead(List<Account> accounts, Account account) {
    BigInteger sum = BigInteger.ZERO;
    for (Account other : accounts) {
      if (isAhead(other, account)) {
        sum = sum.add(units(other.revenue()));
      }
    }
    return sum;
  }

  static BigInteger sum(List<Account> accounts) {
    BigInteger sum = BigInteger.ZERO;
    for (Account account : accounts) {
      sum = sum.add(units(account.revenue()));
    }
    return sum;
  }

  static BigInteger sumOfSquares(List<Account> accounts) {
    BigInteger sum = BigInteger.ZERO;
    for (Account account : accounts) {
      sum = sum.add(units(account.revenue()).pow(2));
    }
    return sum;
  }

  /** The sum of the {@code n} largest measures, by picking the largest n times. */
  static BigInteger sumOfLargest(List<Account> accounts, int n) {
    List<BigInteger> left = new ArrayList<>();
    accounts.forEach(account -> left.add(units(account.revenue())));
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n && !left.isEmpty(); i++) {
      BigInteger largest = left.stream().max(BigInteger::compareTo).orElseThrow();
      left.remove(largest);
      sum = sum.add(largest);
    }
    return sum;
  }

  /** Whether {@code part / whole < limit}, for a positive whole. */
  static boolean isBelow(BigInteger part, BigInteger whole, Fraction limit) {
    return part.multiply(BigInteger.valueOf(limit.denominator()))
        .compareTo(whole.multiply(BigInteger.valueOf(limit.numerator()))) < 0;
  }

  /** Whether {@code part / whole > limit}, for a positive whole. */
  static boolean isAbove(BigInteger part, BigInteger whole, Fraction limit) {
    return part.multiply(BigInteger.valueOf(limit.denominator()))
        .compareTo(whole.multiply(BigInteger.valueOf(limit.numerator()))) > 0;
  }

  /** The ABC class: by the exact share of the customers ahead, against the exact cut-offs. */
  static AbcClass abcClass(List<Account> accounts, Account account, Fraction a, Fraction b) {
    BigInteger total = sum(accounts);
    BigInteger before = sumAhead(accounts, account);
    if (total.signum() == 0) {
      return AbcClass.C;
    }
    return isBelow(before, total, a) ? AbcClass.A
        : isBelow(before, total, b) ? AbcClass.B : AbcClass.C;
  }

  /** A dependency: an exact share strictly above the threshold. */
  static boolean isDependency(List<Account> accounts, Account account, Fraction threshold) {
    return isAbove(units(account.revenue()), sum(accounts), threshold);
  }

  /** The verdict on the exact HHI: sum of squared measures over the squared total. */
  static ConcentrationLevel level(List<Account> accounts, Fraction moderateFrom,
      Fraction concentratedAbove) {
    BigInteger squares = sumOfSquares(accounts);
    BigInteger totalSquared = sum(accounts).pow(2);
    return isBelow(squares, totalSquared, moderateFrom) ? ConcentrationLevel.DIVERSIFIED
        : isAbove(squares, totalSquared, concentratedAbove) ? ConcentrationLevel.CONCENTRATED
        : ConcentrationLevel.MODERATE;
  }

  /**
   * The double nearest to {@code numerator / denominator}, ties to the even one, or 0 for a
   * zero denominator: a decimal guess, then the nearest of it and its two neighbours, measured
   * exactly. (The guess alone is not enough: rounding twice, first to 80 digits, can miss a
   * tie.)
   */
  static double nearest(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      return 0.0;
    }
    double guess = new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), new MathContext(80, RoundingMode.HALF_EVEN))
        .doubleValue();
    if (Double.isInfinite(guess)) {
      return guess; // beyond the largest double and half its ulp
    }
    double best = Double.NaN;
    BigInteger bestDistance = null;
    for (double candidate : new double[] {Math.nextDown(guess), guess, Math.nextUp(guess)}) {
      if (candidate < 0.0 || Double.isInfinite(candidate)) {
        continue;
      }
      // |candidate - numerator / denominator| times ONE * denominator
      BigInteger distance = units(candidate).multiply(denominator)
          .subtract(numerator.multiply(ONE)).abs();
      int comparison = bestDistance == null ? -1 : distance.compareTo(bestDistance);
      if (comparison < 0 || comparison == 0 && (Double.doubleToRawLongBits(candidate) & 1) == 0) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
