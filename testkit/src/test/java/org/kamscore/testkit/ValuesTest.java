package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ValuesTest {

  @Test
  void draws_stayInTheValues_andReachBothEdges() {
    Theories.qt().forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      for (Values values : new Values[] {Values.between(-0.2, 0.8),
          Values.logarithmic(1, 1e9), Values.integers(-3, 3), Values.of(5, 1, 2)}) {
        for (int i = 0; i < 50; i++) {
          assertThat(values.contains(values.draw(random))).as("%s", values).isTrue();
        }
      }
    });
    SplittableRandom random = new SplittableRandom(1);
    Values values = Values.between(-0.2, 0.8);
    boolean low = false;
    boolean high = false;
    for (int i = 0; i < 1000; i++) {
      double v = values.draw(random);
      low |= v == -0.2;
      high |= v == 0.8;
    }
    assertThat(low && high).isTrue();
  }

  @Test
  void simplest_isChosenInsideTheValues() {
    assertThat(Values.between(-0.2, 0.8).simplest()).isEqualTo(0.0);
    assertThat(Values.logarithmic(1, 1e9).simplest()).isEqualTo(1.0);
    assertThat(Values.integers(3, 17).simplest()).isEqualTo(3.0);
    assertThat(Values.of(0.25, 7, 0.5).simplest()).isEqualTo(7.0);
    assertThat(Values.of(0.25, 7, 0.5).simplestIn(0.2, 1)).isEqualTo(0.5);
    assertThat(Values.of(0.25, 7, 0.5).simplestIn(1, 2)).isNaN();
  }

  @Test
  void badBounds_areRejected() {
    assertThatThrownBy(() -> Values.between(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least min 1 but was: 0");
    assertThatThrownBy(() -> Values.between(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds must be finite but were: [0, Infinity]");
    assertThatThrownBy(() -> Values.logarithmic(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min of logarithmic values must be positive but was: 0");
    assertThatThrownBy(() -> Values.integers(0, 1L << 54))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds of integers must lie in [-2^53, 2^53] but were: [0, 18014398509481984]");
    assertThatThrownBy(() -> Values.integers(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least min 2 but was: 1");
    assertThatThrownBy(Values::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must not be empty but was: []");
    assertThatThrownBy(() -> Values.of(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 1 must be finite but was: NaN");
  }

  @Test
  void toString_namesKindAndBounds() {
    assertThat(Values.between(0, 0.8)).hasToString("between(0, 0.8)");
    assertThat(Values.logarithmic(1, 1e9)).hasToString("logarithmic(1, 1000000000)");
    assertThat(Values.integers(1, 5)).hasToString("integers(1, 5)");
    assertThat(Values.of(3, 1, 3)).hasToString("of(1, 3)");
  }
}
