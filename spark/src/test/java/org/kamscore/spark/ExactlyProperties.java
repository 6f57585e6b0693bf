package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.Concentration;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The exact arithmetic of the analytics against kamscore core, whose
 * {@link Concentration#shareOf} and {@link AbcAnalysis#total()} round exact quotients and sums
 * by another algorithm (integer division of the significands), and against values worked out
 * by hand.
 */
final class ExactlyProperties {
  private static final Gen<double[]> MEASURES = in -> {
    double[] measures = new double[(int) in.next(Constraint.between(1, 12))];
    for (int i = 0; i < measures.length; i++) {
      measures[i] = Theories.measure(in);
    }
    return measures;
  };

  @Test
  void ratio_ofAShare_isCoresShare() {
    Gen<double[]> pairs = in -> new double[] {Theories.measure(in), Theories.measure(in)};
    Theories.qt(Theories.EXAMPLES).forAll(pairs)
        .assuming(p -> p[0] + p[1] > 0 && Double.isFinite(p[0] + p[1]))
        .checkAssert(p -> {
          Concentration<Integer> core = Concentration.of(List.of(0, 1), i -> p[i],
              i -> i == 0 ? "x" : "y");
          double share = Exactly.ratio(Exactly.of(p[0]), Exactly.of(p[0]).add(Exactly.of(p[1])));
          assertThat(Double.doubleToRawLongBits(share))
              .isEqualTo(Double.doubleToRawLongBits(core.shareOf("x")));
        });
  }

  @Test
  void nearest_ofASum_isCoresTotal() {
    Theories.qt(Theories.EXAMPLES).forAll(MEASURES).checkAssert(measures -> {
      List<String> keys = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < measures.length; i++) {
        keys.add("C-" + i);
        sum = sum.add(Exactly.of(measures[i]));
      }
      double nearest = Exactly.nearest(sum);
      if (Double.isInfinite(nearest)) {
        return; // core refuses such a portfolio; nearest_beyondTheLargestDouble covers it
      }
      AbcAnalysis<String> core = AbcAnalysis.of(keys,
          key -> measures[Integer.parseInt(key.substring(2))], key -> key);
      assertThat(Double.doubleToRawLongBits(nearest))
          .isEqualTo(Double.doubleToRawLongBits(core.total()));
    });
  }

  @Test
  void nearest_ofADouble_isThatDouble() {
    Theories.qt(Theories.EXAMPLES).forAll(Theories::measure).checkAssert(d ->
        assertThat(Double.doubleToRawLongBits(Exactly.nearest(Exactly.of(d))))
            .isEqualTo(Double.doubleToRawLongBits(d + 0.0)));
  }

  @Test
  void limit_ofAShortDecimal_isThatDecimal() {
    Gen<BigDecimal> decimals = in -> BigDecimal.valueOf(
        in.next(Constraint.between(1, 999_999_999_999_999L)),
        (int) in.next(Constraint.between(0, 30)));
    Theories.qt(Theories.EXAMPLES).forAll(decimals).checkAssert(decimal ->
        assertThat(Exactly.limit(decimal.doubleValue())).isEqualByComparingTo(decimal));
  }

  @Test
  void nearest_halfwayBetweenTwoDoubles_goesToTheEvenOne() {
    double one = 1.0;
    double odd = Math.nextUp(one);
    double even = Math.nextUp(odd);

    assertThat(Exactly.nearest(halfway(one, odd))).isEqualTo(one);
    assertThat(Exactly.nearest(halfway(odd, even))).isEqualTo(even);
    assertThat(Exactly.nearest(halfway(0.0, Double.MIN_VALUE))).isEqualTo(0.0);
    assertThat(Exactly.nearest(halfway(Double.MIN_VALUE, 2 * Double.MIN_VALUE)))
        .isEqualTo(2 * Double.MIN_VALUE);
  }

  @Test
  void nearest_nextToHalfway_goesToTheNearer() {
    BigDecimal half = halfway(1.0, Math.nextUp(1.0));
    BigDecimal hair = new BigDecimal("1e-40");

    assertThat(Exactly.nearest(half.add(hair))).isEqualTo(Math.nextUp(1.0));
    assertThat(Exactly.nearest(half.subtract(hair))).isEqualTo(1.0);
  }

  @Test
  void nearest_beyondTheLargestDouble_isInfinite() {
    BigDecimal overflow = halfway(Double.MAX_VALUE, 0.0)
        .add(new BigDecimal(Double.MAX_VALUE).multiply(new BigDecimal("0.5")))
        .add(new BigDecimal(Math.ulp(Double.MAX_VALUE)).multiply(new BigDecimal("0.5")));

    assertThat(Exactly.nearest(overflow)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Exactly.nearest(overflow.subtract(BigDecimal.ONE))).isEqualTo(Double.MAX_VALUE);
    assertThat(Exactly.nearest(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.TEN)))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void ratio_ofZero_isZero() {
    assertThat(Exactly.ratio(BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(0.0);
    assertThat(Exactly.ratio(BigDecimal.TEN, BigDecimal.ZERO)).isEqualTo(0.0);
  }

  @Test
  void limit_ofTheDefaultCutoffs_isTheirDecimal() {
    assertThat(Exactly.limit(0.8)).isEqualByComparingTo("0.8");
    assertThat(Exactly.limit(0.95)).isEqualByComparingTo("0.95");
    assertThat(Exactly.limit(0.1)).isEqualByComparingTo("0.1");
  }

  private static BigDecimal halfway(double low, double high) {
    return new BigDecimal(low).add(new BigDecimal(high)).multiply(new BigDecimal("0.5"));
  }
}
