package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Numbers read back exactly, and the simplest number of an interval is the one a person would
 * pick: checked against a brute force over every multiple of 0.001 in small intervals.
 */
final class NumbersProperties {

  @Test
  void shortest_readsBackAsTheSameDouble() {
    Theories.qt().forAll(longs().all()).checkAssert(bits -> {
      double value = Double.longBitsToDouble(bits);
      if (Double.isFinite(value)) {
        assertThat(Double.parseDouble(Numbers.shortest(value))).isEqualTo(value);
      }
    });
  }

  @Test
  void shortest_ofEdgeValues() {
    assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("-0");
    assertThat(Numbers.shortest(2e-3)).isEqualTo("0.002");
    assertThat(Numbers.shortest(1e21)).isEqualTo("1E+21");
    assertThat(Numbers.shortest(Double.MIN_VALUE)).isEqualTo("5E-324"); // JDK: "4.9E-324"
    assertThat(Numbers.shortest(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E+308");
    assertThat(Numbers.shortest(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void simplest_isTheFewestDigitsThenNearestZero_amongThousandths() {
    Theories.qt().forAll(integers().between(-5000, 5000), integers().between(0, 600))
        .checkAssert((from, width) -> {
          double lo = from / 1000.0;
          double hi = (from + width) / 1000.0;
          assertThat(Numbers.simplest(lo, hi, false)).isEqualTo(bruteForce(lo, hi, 1, true));
        });
  }

  @Test
  void simplest_integral_isTheFewestDigitsThenNearestZero_amongWholeNumbers() {
    Theories.qt().forAll(doubles().between(-5000, 5000), doubles().between(0, 3000))
        .checkAssert((lo, width) -> {
          double hi = lo + width;
          double simplest = Numbers.simplest(lo, hi, true);
          if (Math.ceil(lo) > Math.floor(hi)) {
            assertThat(simplest).isNaN();
          } else {
            assertThat(simplest).isEqualTo(bruteForce(lo, hi, 1000, false));
          }
        });
  }

  @Test
  void simplest_anyInterval_liesInIt() {
    Theories.qt().forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
      double a = Double.longBitsToDouble(x);
      double b = Double.longBitsToDouble(y);
      if (Double.isFinite(a) && Double.isFinite(b)) {
        double simplest = Numbers.simplest(Math.min(a, b), Math.max(a, b), false);
        assertThat(simplest).isBetween(Math.min(a, b), Math.max(a, b));
      }
    });
  }

  @Test
  void simplest_examples() {
    assertThat(Numbers.simplest(247311.5, 261000, false)).isEqualTo(250000);
    assertThat(Numbers.simplest(225000, 275000, false)).isEqualTo(230000);
    assertThat(Numbers.simplest(Double.MIN_VALUE, 0.37, false)).isEqualTo(0.1);
    assertThat(Numbers.simplest(0.5, 1e9, false)).isEqualTo(1);
    assertThat(Numbers.simplest(-3.7, -1.2, false)).isEqualTo(-2);
    assertThat(Numbers.simplest(0.5, 0.9, true)).isNaN();
  }

  /**
   * The simplest multiple of {@code step}/1000 in the exact interval [lo, hi], and if
   * {@code bounds} of the bounds themselves, ranked by the digits of its plain decimal text,
   * then its significant digits, then its distance to zero.
   */
  private static double bruteForce(double lo, double hi, int step, boolean bounds) {
    BigDecimal low = new BigDecimal(lo);
    BigDecimal high = new BigDecimal(hi);
    BigDecimal best = null;
    if (bounds) {
      best = RANK.compare(low, high) <= 0 ? low : high;
    }
    long first = (long) Math.floor(lo * 1000 / step) - 1;
    long last = (long) Math.ceil(hi * 1000 / step) + 1;
    for (long k = first * step; k <= last * step; k += step) {
      BigDecimal candidate = BigDecimal.valueOf(k, 3);
      if (candidate.compareTo(low) >= 0 && candidate.compareTo(high) <= 0
          && (best == null || RANK.compare(candidate, best) < 0)) {
        best = candidate;
      }
    }
    return best == null ? Double.NaN : best.doubleValue();
  }

  /** Digits of the plain decimal text, then significant digits, then distance to zero. */
  private static final Comparator<BigDecimal> RANK = Comparator
      .comparingInt((BigDecimal v) -> v.signum() == 0 ? 0
          : v.abs().stripTrailingZeros().toPlainString().replace(".", "").length())
      .thenComparingInt(v -> v.signum() == 0 ? 0 : v.stripTrailingZeros().precision())
      .thenComparing((BigDecimal v) -> v.abs())
      .thenComparing(v -> -v.signum());
}
