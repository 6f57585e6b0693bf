package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shortest decimal of every finite double reads back as that double, exactly: checked with
 * {@link BigDecimal} against the double's exact value, and against {@code Double.toString},
 * which is no shorter, and from Java 19 on (JDK-4511638) is the shortest decimal nearest the
 * double, the one this writer must choose too.
 */
final class NumbersProperties {
  private static final boolean SHORTEST_TO_STRING = Runtime.version().feature() >= 19;

  @Test
  void everyDouble_readsBackExactly_fromTheShortestDecimal() {
    Gen<Double> doubles = in -> new Dice(in).anyFinite();
    Theories.qt(2 * Theories.EXAMPLES).forAll(doubles).checkAssert(d -> {
      String text = Numbers.shortest(d);
      BigDecimal written = new BigDecimal(text);

      assertThat(Double.doubleToRawLongBits(Double.parseDouble(text)))
          .isEqualTo(Double.doubleToRawLongBits(d));
      if (d == 0.0) {
        return; // BigDecimal has no -0; the bits above are the check
      }
      assertThat(written.doubleValue()).isEqualTo(d);
      BigDecimal java = new BigDecimal(Double.toString(d)).stripTrailingZeros();
      int digits = written.stripTrailingZeros().precision();
      assertThat(digits).isLessThanOrEqualTo(java.precision());
      if (SHORTEST_TO_STRING && java.precision() > 2) {
        // Java gives 2 digits where one would do; beyond that both are the nearest shortest
        assertThat(written.compareTo(java)).isZero();
      }
    });
  }

  @Test
  void numbersOfPolicies_readBackExactly() {
    Gen<Double> numbers = in -> new Dice(in).number();
    Theories.qt(Theories.EXAMPLES).forAll(numbers).checkAssert(d ->
        assertThat(Double.parseDouble(Numbers.shortest(d))).isEqualTo(d));
  }
}
