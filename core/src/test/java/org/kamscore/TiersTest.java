package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TiersTest {
  private static final Tiers ABC = Fixtures.abc();

  @Test
  void of_thresholds_areInclusive() {
    assertThat(ABC.of(100).label()).isEqualTo("A");
    assertThat(ABC.of(75).label()).isEqualTo("A");
    assertThat(ABC.of(Math.nextDown(75.0)).label()).isEqualTo("B");
    assertThat(ABC.of(50).label()).isEqualTo("B");
    assertThat(ABC.of(Math.nextDown(50.0)).label()).isEqualTo("C");
    assertThat(ABC.of(0).label()).isEqualTo("C");
  }

  @Test
  void all_listsTheTiersBestFirst() {
    assertThat(ABC.all()).containsExactly(
        new Tier("A", 75, 0), new Tier("B", 50, 1), new Tier("C", 0, 2));
    assertThat(ABC.lowest()).isEqualTo(new Tier("C", 0, 2));
    assertThat(ABC).hasToString("A >= 75.0, B >= 50.0, C");
  }

  @Test
  void isAbove_comparesRanks() {
    assertThat(ABC.of(80).isAbove(ABC.of(60))).isTrue();
    assertThat(ABC.of(60).isAbove(ABC.of(80))).isFalse();
    assertThat(ABC.of(60).isAbove(ABC.of(55))).isFalse();
  }

  @Test
  void single_holdsEveryScore() {
    Tiers single = Tiers.single("all");

    assertThat(single.all()).containsExactly(new Tier("all", 0, 0));
    assertThat(single.of(0).label()).isEqualTo("all");
    assertThat(single.of(100).label()).isEqualTo("all");
  }

  @Test
  void equals_comparesTheLadders() {
    assertThat(ABC).isEqualTo(Tiers.from("A", 75).then("B", 50).otherwise("C"))
        .isNotEqualTo(Tiers.from("A", 75).then("B", 40).otherwise("C"));
  }

  @Test
  void thresholds_equal_areRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 75).then("B", 75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'B' must be below 75.0 (tier 'A') but was: 75.0");
  }

  @Test
  void thresholds_ascending_areRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 50).then("B", 75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'B' must be below 50.0 (tier 'A') but was: 75.0");
  }

  @Test
  void threshold_aboveHundred_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'A' must be in [0, 100] but was: 100.5");
  }

  @Test
  void threshold_negative_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 75).then("B", -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'B' must be in [0, 100] but was: -0.1");
  }

  @Test
  void threshold_nan_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold of tier 'A' must be in [0, 100] but was: NaN");
  }

  @Test
  void label_repeatedInThen_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 75).then("A", 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier label must be unique but was repeated: 'A'");
  }

  @Test
  void label_repeatedInOtherwise_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 75).then("B", 50).otherwise("B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier label must be unique but was repeated: 'B'");
  }

  @Test
  void label_blank_isRejected() {
    assertThatThrownBy(() -> Tiers.from(" ", 75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier label must not be blank but was: ' '");
  }

  @Test
  void label_blankInOtherwise_isRejected() {
    assertThatThrownBy(() -> Tiers.from("A", 75).otherwise(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier label must not be blank but was: ''");
  }

  @Test
  void label_null_isRejected() {
    assertThatThrownBy(() -> Tiers.single(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tier label");
  }
}
