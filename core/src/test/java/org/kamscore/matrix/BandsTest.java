package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

final class BandsTest {

  @Test
  void cutAt_noCutPoint_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of cut points must be at least 1 but was: 0");
  }

  @Test
  void cutAt_null_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt((double[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cuts");
  }

  @Test
  void cutAt_outsideOpenInterval_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be inside (0, 100) but was: 0.0");
    assertThatThrownBy(() -> Bands.cutAt(50, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be inside (0, 100) but was: 100.0");
    assertThatThrownBy(() -> Bands.cutAt(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be inside (0, 100) but was: -1.0");
    assertThatThrownBy(() -> Bands.cutAt(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be inside (0, 100) but was: NaN");
    assertThatThrownBy(() -> Bands.cutAt(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be inside (0, 100) but was: Infinity");
  }

  @Test
  void cutAt_notStrictlyIncreasing_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(50, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be above the previous cut point 50.0 but was: 50.0");
    assertThatThrownBy(() -> Bands.cutAt(20, 60, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut point must be above the previous cut point 60.0 but was: 40.0");
  }

  @Test
  void cutAt_extremeButInsideCuts_areAccepted() {
    Bands bands = Bands.cutAt(Double.MIN_VALUE, Math.nextDown(100.0));
    assertThat(bands.of(0.0).label()).isEqualTo("low");
    assertThat(bands.of(Double.MIN_VALUE).label()).isEqualTo("medium");
    assertThat(bands.of(100.0).label()).isEqualTo("high");
  }

  @Test
  void cutAt_copiesTheArray() {
    double[] cuts = {50};
    Bands bands = Bands.cutAt(cuts);
    cuts[0] = 10;
    assertThat(bands.cuts()).containsExactly(50.0);
  }

  @Test
  void defaultLabels_dependOnTheNumberOfBands() {
    assertThat(Bands.cutAt(50).labels()).containsExactly("low", "high");
    assertThat(Bands.cutAt(33, 67).labels()).containsExactly("low", "medium", "high");
    assertThat(Bands.cutAt(25, 50, 75).labels())
        .containsExactly("low", "medium-low", "medium-high", "high");
    assertThat(Bands.cutAt(20, 40, 60, 80).labels())
        .containsExactly("very low", "low", "medium", "high", "very high");
    assertThat(Bands.cutAt(10, 20, 30, 40, 50).labels())
        .containsExactly("band 1", "band 2", "band 3", "band 4", "band 5", "band 6");
  }

  @Test
  void labelled_replacesTheLabels() {
    Bands bands = Bands.cutAt(20, 40, 60, 80).labelled("E", "D", "C", "B", "A");
    assertThat(bands.labels()).containsExactly("E", "D", "C", "B", "A");
    assertThat(bands.of(65).label()).isEqualTo("B");
    assertThat(bands.cuts()).containsExactly(20.0, 40.0, 60.0, 80.0);
  }

  @Test
  void labelled_wrongCount_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(33, 67).labelled("low", "high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of labels must be 3, one per band, but was: 2");
  }

  @Test
  void labelled_blankOrNullLabel_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(50).labelled("low", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band label must not be blank but was: ' '");
    assertThatThrownBy(() -> Bands.cutAt(50).labelled("low", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("band label");
  }

  @Test
  void labelled_repeatedLabel_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(33, 67).labelled("low", "high", "high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band label must be unique but was repeated: 'high'");
  }

  @Test
  void scoreAtTheCut_belongsToTheUpperBand() {
    Bands bands = Bands.cutAt(33, 67);
    assertThat(bands.of(Math.nextDown(33.0)).label()).isEqualTo("low");
    assertThat(bands.of(33.0).label()).isEqualTo("medium");
    assertThat(bands.of(Math.nextDown(67.0)).label()).isEqualTo("medium");
    assertThat(bands.of(67.0).label()).isEqualTo("high");
  }

  @Test
  void zeroAndHundred_belongToTheOuterBands() {
    Bands bands = Bands.cutAt(50);
    assertThat(bands.of(0.0)).isEqualTo(new Band("low", 0, 0.0, 50.0));
    assertThat(bands.of(-0.0).label()).isEqualTo("low");
    assertThat(bands.of(100.0)).isEqualTo(new Band("high", 1, 50.0, 100.0));
  }

  @Test
  void scoreOutsideTheRange_isRejected() {
    Bands bands = Bands.cutAt(50);
    assertThatThrownBy(() -> bands.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [0, 100] but was: NaN");
    assertThatThrownBy(() -> bands.of(Math.nextUp(100.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [0, 100] but was: 100.00000000000001");
    assertThatThrownBy(() -> bands.of(-Double.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [0, 100] but was: -4.9E-324");
  }

  @Test
  void band_contains_agreesWithLookup() {
    Bands bands = Bands.cutAt(50);
    Band low = bands.band("low");
    Band high = bands.band("high");
    assertThat(low.contains(Math.nextDown(50.0))).isTrue();
    assertThat(low.contains(50.0)).isFalse();
    assertThat(high.contains(50.0)).isTrue();
    assertThat(high.contains(100.0)).isTrue();
    assertThat(high.isAbove(low)).isTrue();
    assertThat(low.isAbove(high)).isFalse();
  }

  @Test
  void bands_areValues_withAccessors() {
    Band medium = Bands.cutAt(33, 67).band("medium");
    assertThat(medium.label()).isEqualTo("medium");
    assertThat(medium.index()).isEqualTo(1);
    assertThat(medium.lower()).isEqualTo(33.0);
    assertThat(medium.upper()).isEqualTo(67.0);
    assertThat(medium).isEqualTo(Bands.cutAt(33, 67).band("medium"))
        .hasSameHashCodeAs(Bands.cutAt(33, 67).band("medium"))
        .isNotEqualTo(Bands.cutAt(33, 68).band("medium"))
        .isNotEqualTo(Bands.cutAt(33, 67).labelled("a", "b", "c").band("b"))
        .hasToString("medium");
  }

  /**
   * The band lookup runs once per customer and axis: it must not box its score into a varargs
   * array to check it. Counted in bytes this thread allocates, not in time.
   */
  @Test
  void of_allocatesNothingPerScore() throws ReflectiveOperationException {
    Bands bands = Bands.cutAt(20, 40, 60, 80);
    // by reflection: the tests compile inside the module org.kamscore, which reads neither
    // java.management nor jdk.management; they run on the class path, which reads both
    Object threads = Class.forName("java.lang.management.ManagementFactory")
        .getMethod("getThreadMXBean").invoke(null);
    Method allocated = Class.forName("com.sun.management.ThreadMXBean")
        .getMethod("getCurrentThreadAllocatedBytes");
    int calls = 100_000;
    int sum = 0;

    long before = (Long) allocated.invoke(threads);
    for (int i = 0; i < calls; i++) {
      sum += bands.of(i % 101).index();
    }
    long bytes = (Long) allocated.invoke(threads) - before;

    assertThat(sum).isEqualTo(990 * (20 * 1 + 20 * 2 + 20 * 3 + 21 * 4)); // 990 rounds of 0..100
    assertThat(bytes).as("bytes allocated by %d band lookups", calls).isLessThan(calls / 10);
  }

  @Test
  void band_unknownLabel_isRejected() {
    assertThatThrownBy(() -> Bands.cutAt(50).band("medium"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band label must be one of [low, high] but was: 'medium'");
  }

  @Test
  void toString_showsCutsAndLabels() {
    assertThat(Bands.cutAt(33, 67)).hasToString("low < 33.0 <= medium < 67.0 <= high");
  }

  @Test
  void equalCutsAndLabels_areEqual() {
    assertThat(Bands.cutAt(50)).isEqualTo(Bands.cutAt(50)).hasSameHashCodeAs(Bands.cutAt(50));
    assertThat(Bands.cutAt(50)).isNotEqualTo(Bands.cutAt(50).labelled("no", "yes"));
    assertThat(Bands.cutAt(50)).isNotEqualTo(Bands.cutAt(60));
  }
}
