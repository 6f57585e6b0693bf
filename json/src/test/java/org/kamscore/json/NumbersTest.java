package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Edge values of the shortest decimal writer; {@link NumbersProperties} covers the rest. */
final class NumbersTest {

  @Test
  void integralValues_haveNoDecimalPoint() {
    assertThat(Numbers.shortest(30.0)).isEqualTo("30");
    assertThat(Numbers.shortest(250_000.0)).isEqualTo("250000");
    assertThat(Numbers.shortest(-7.0)).isEqualTo("-7");
    assertThat(Numbers.shortest(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void zeros_keepTheirSign() {
    assertThat(Numbers.shortest(0.0)).isEqualTo("0");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("-0.0");
  }

  @Test
  void decimals_areTheShortestThatReadBack() {
    assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
    assertThat(Numbers.shortest(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Numbers.shortest(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(Numbers.shortest(2.0 / 3)).isEqualTo("0.6666666666666666");
  }

  @Test
  void doublesThatJava17PrintsTooLong_areShortest() {
    // Double.toString before Java 19 gives 2.0E-3 as 0.0020 and these with a digit too many
    assertThat(Numbers.shortest(2e-3)).isEqualTo("0.002");
    assertThat(Numbers.shortest(1.0e23)).isEqualTo("1e23");
    assertThat(Numbers.shortest(2.0e-44)).isEqualTo("2e-44");
    assertThat(Numbers.shortest(5.0e-324)).isEqualTo("5e-324");
  }

  @Test
  void extremes_useAnExponent_andReadBack() {
    assertThat(Numbers.shortest(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(Numbers.shortest(-Double.MIN_VALUE)).isEqualTo("-5e-324");
    assertThat(Numbers.shortest(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e308");
    assertThat(Numbers.shortest(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014e-308");
    assertThat(Numbers.shortest(1e21)).isEqualTo("1e21");
    assertThat(Numbers.shortest(1e-7)).isEqualTo("0.0000001");
    assertThat(Numbers.shortest(9.9e-8)).isEqualTo("9.9e-8");
  }

  @Test
  void nonFiniteNumbers_areRejected() {
    assertThatThrownBy(() -> Numbers.shortest(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number to write must be finite but was: NaN");
    assertThatThrownBy(() -> Numbers.shortest(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number to write must be finite but was: -Infinity");
  }
}
