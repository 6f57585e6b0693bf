package org.kamscore.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.portfolio.Generators.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Exact arithmetic against {@link ExactOracle}, which reads doubles from their bits. */
final class ExactTest {

  /** Doubles that are not negative, from subnormal to near the largest. */
  private static Gen<Double> anyMagnitude() {
    return doubles().between(0.0, Double.MAX_VALUE)
        .mix(doubles().between(0.0, 1e-300), 30)
        .mix(doubles().between(0.0, 1e6), 30);
  }

  @Test
  void ratio_isTheNearestDouble_tiesToEven() {
    qt().forAll(anyMagnitude(), anyMagnitude(), anyMagnitude()).checkAssert((x, y, z) -> {
      // x + y is often a tie between two doubles, which a second rounding gets wrong
      BigDecimal part = new BigDecimal(x).add(new BigDecimal(y));
      BigDecimal whole = new BigDecimal(z);
      assertThat(Exact.ratio(part, BigDecimal.ONE)).as("%s + %s", x, y).isEqualTo(
          ExactOracle.nearest(ExactOracle.units(x).add(ExactOracle.units(y)),
              ExactOracle.ONE));
      assertThat(Exact.ratio(part, whole)).as("(%s + %s) / %s", x, y, z).isEqualTo(
          ExactOracle.nearest(ExactOracle.units(x).add(ExactOracle.units(y)),
              ExactOracle.units(z)));
    });
  }

  @Test
  void ratio_ofTies_roundsToTheEvenNeighbour() {
    // 1 + 2^-53 lies halfway between 1 and 1 + 2^-52: even is 1
    BigDecimal justAboveOne = BigDecimal.ONE.add(new BigDecimal(Math.scalb(1.0, -53)));
    assertThat(Exact.nearest(justAboveOne)).isEqualTo(1.0);
    // 1 + 3 * 2^-53 lies halfway between 1 + 2^-52 and 1 + 2^-51: even is 1 + 2^-51
    BigDecimal tie = BigDecimal.ONE.add(new BigDecimal(3 * Math.scalb(1.0, -53)));
    assertThat(Exact.nearest(tie)).isEqualTo(1.0 + Math.scalb(1.0, -51));
    // the sum the old running sum could not tell apart from its neighbour
    assertThat(Exact.nearest(new BigDecimal(4.4408920985006264E284)
        .add(new BigDecimal(5.551115123125783E284)))).isEqualTo(9.99200722162641E284);
  }

  @Test
  void ratio_atTheEdges() {
    assertThat(Exact.ratio(BigDecimal.ZERO, BigDecimal.ONE)).isEqualTo(0.0);
    assertThat(Exact.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(0.0);
    assertThat(Exact.ratio(new BigDecimal(Double.MIN_VALUE), BigDecimal.ONE))
        .isEqualTo(Double.MIN_VALUE);
    assertThat(Exact.ratio(new BigDecimal(Double.MIN_VALUE), new BigDecimal(2)))
        .isEqualTo(0.0); // half the least subnormal: a tie, to even 0
    assertThat(Exact.ratio(new BigDecimal(Double.MIN_VALUE).multiply(new BigDecimal(3)),
        new BigDecimal(2))).isEqualTo(2 * Double.MIN_VALUE); // 1.5 ulps: to even 2
    assertThat(Exact.ratio(new BigDecimal(Double.MAX_VALUE), BigDecimal.ONE))
        .isEqualTo(Double.MAX_VALUE);
    assertThat(Exact.ratio(new BigDecimal(Double.MAX_VALUE).multiply(new BigDecimal(2)),
        BigDecimal.ONE)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Exact.ratio(new BigDecimal(Double.MIN_VALUE), new BigDecimal(Double.MAX_VALUE)))
        .isEqualTo(0.0);
    assertThat(Exact.ratio(new BigDecimal(7), new BigDecimal(7))).isEqualTo(1.0);
    assertThat(Exact.ratio(BigDecimal.ONE, new BigDecimal(3))).isEqualTo(1.0 / 3);
  }

  @Test
  void limit_isTheDecimalOfFifteenSignificantDigits() {
    assertThat(Exact.limit(0.8)).isEqualByComparingTo("0.8");
    assertThat(Exact.limit(0.1)).isEqualByComparingTo("0.1");
    assertThat(Exact.limit(0.95)).isEqualByComparingTo("0.95");
    assertThat(Exact.limit(1.0)).isEqualByComparingTo("1");
    assertThat(Exact.limit(0.123456789012345)).isEqualByComparingTo("0.123456789012345");
    assertThat(Exact.limit(1.0 / 3)).isEqualByComparingTo("0.333333333333333");
    assertThat(Exact.limit(0.1 + 0.2)).isEqualByComparingTo("0.3");
    assertThat(Exact.limit(Math.nextUp(0.8))).isEqualByComparingTo("0.8");
    assertThat(Exact.limit(Double.MIN_VALUE)).isEqualByComparingTo("4.94065645841247E-324");
  }
}
