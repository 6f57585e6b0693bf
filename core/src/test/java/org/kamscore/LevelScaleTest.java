package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Account.Grade;

final class LevelScaleTest {
  private static final LevelScale<Grade> GRADES = Scale.levels(Grade.class);

  private enum Only { ONE }

  @Test
  void enumLevels_areEvenlySpacedInDeclarationOrder() {
    assertThat(GRADES.levels()).containsExactly(Grade.LOW, Grade.MEDIUM, Grade.HIGH);
    assertThat(GRADES.utility(Grade.LOW)).isEqualTo(0.0);
    assertThat(GRADES.utility(Grade.MEDIUM)).isEqualTo(0.5);
    assertThat(GRADES.utility(Grade.HIGH)).isEqualTo(1.0);
    assertThat(GRADES.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void explicitList_isEvenlySpaced() {
    LevelScale<String> scale = Scale.levels(List.of("bronze", "silver", "gold", "platinum"));

    assertThat(scale.utility("bronze")).isEqualTo(0.0);
    assertThat(scale.utility("silver")).isEqualTo(1.0 / 3);
    assertThat(scale.utility("gold")).isEqualTo(2.0 / 3);
    assertThat(scale.utility("platinum")).isEqualTo(1.0);
  }

  @Test
  void explicitUtilities_areKept() {
    LevelScale<String> scale =
        Scale.level("none", 0.0).then("regional", 0.4).then("lighthouse", 1.0);

    assertThat(scale.utility("none")).isEqualTo(0.0);
    assertThat(scale.utility("regional")).isEqualTo(0.4);
    assertThat(scale.utility("lighthouse")).isEqualTo(1.0);
    assertThat(scale).hasToString("levels(none -> 0.0, regional -> 0.4, lighthouse -> 1.0)");
  }

  @Test
  void explicitUtilities_falling_areLowerIsBetter() {
    LevelScale<String> scale = Scale.level("a", 1.0).then("b", 0.2);

    assertThat(scale.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void utility_nullOrUndeclaredLevel_isNaN() {
    LevelScale<Grade> lowHigh = Scale.levels(List.of(Grade.LOW, Grade.HIGH));

    assertThat(GRADES.utility(null)).isNaN();
    assertThat(GRADES.utility("HIGH")).isNaN();
    assertThat(lowHigh.utility(Grade.MEDIUM)).isNaN();
  }

  @Test
  void utility_mixedOrPartialLevels_findsEveryDeclaredLevelOnly() {
    LevelScale<Object> mixed = Scale.<Object>level(Boolean.TRUE, 0.0).then(Grade.HIGH, 0.5)
        .then("gold", 1.0);
    LevelScale<Object> bodies = Scale.<Object>level(Bodied.PLAIN, 0.0).then(Bodied.SPECIAL, 1.0);

    assertThat(mixed.utility(Boolean.TRUE)).isEqualTo(0.0);
    assertThat(mixed.utility(Boolean.FALSE)).isNaN();
    assertThat(mixed.utility(Grade.HIGH)).isEqualTo(0.5);
    assertThat(mixed.utility(Grade.LOW)).isNaN();
    assertThat(mixed.utility("gold")).isEqualTo(1.0);
    assertThat(bodies.utility(Bodied.SPECIAL)).isEqualTo(1.0);
    assertThat(bodies.utility(Bodied.PLAIN)).isEqualTo(0.0);
  }

  /** An enum whose constant with a body has a class of its own. */
  private enum Bodied {
    PLAIN,
    SPECIAL {
      @Override
      public String toString() {
        return "special";
      }
    }
  }

  @Test
  void reversed_makesTheFirstLevelTheBest_andKeepsTheOrder() {
    LevelScale<Grade> risk = GRADES.reversed();

    assertThat(risk.levels()).containsExactly(Grade.LOW, Grade.MEDIUM, Grade.HIGH);
    assertThat(risk.utility(Grade.LOW)).isEqualTo(1.0);
    assertThat(risk.utility(Grade.MEDIUM)).isEqualTo(0.5);
    assertThat(risk.utility(Grade.HIGH)).isEqualTo(0.0);
    assertThat(risk.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(GRADES.utility(Grade.LOW)).isEqualTo(0.0);
  }

  @Test
  void reversedTwice_isTheOriginal() {
    assertThat(GRADES.reversed().reversed()).isEqualTo(GRADES);
    assertThat(GRADES.reversed().reversed().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void reversed_explicitUtilities_areMirrored() {
    LevelScale<String> scale = Scale.level("a", 0.0).then("b", 0.25).then("c", 1.0).reversed();

    assertThat(scale.utility("a")).isEqualTo(1.0);
    assertThat(scale.utility("b")).isEqualTo(0.25);
    assertThat(scale.utility("c")).isEqualTo(0.0);
  }

  @Test
  void yesNo_givesFalseZeroAndTrueOne() {
    LevelScale<Boolean> scale = Scale.yesNo();

    assertThat(scale.levels()).containsExactly(false, true);
    assertThat(scale.utility(false)).isEqualTo(0.0);
    assertThat(scale.utility(true)).isEqualTo(1.0);
    assertThat(scale.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void levelFor_higherIsBetter_isTheFirstLevelReaching() {
    assertThat(GRADES.levelFor(0.0)).hasValue(Grade.LOW);
    assertThat(GRADES.levelFor(0.4)).hasValue(Grade.MEDIUM);
    assertThat(GRADES.levelFor(0.5)).hasValue(Grade.MEDIUM);
    assertThat(GRADES.levelFor(1.0)).hasValue(Grade.HIGH);
  }

  @Test
  void levelFor_lowerIsBetter_isTheLastLevelReaching() {
    LevelScale<Grade> risk = GRADES.reversed();

    assertThat(risk.levelFor(0.0)).hasValue(Grade.HIGH);
    assertThat(risk.levelFor(0.5)).hasValue(Grade.MEDIUM);
    assertThat(risk.levelFor(0.75)).hasValue(Grade.LOW);
  }

  @Test
  void levelFor_unreachable_isEmpty() {
    assertThat(Scale.level("a", 0.0).then("b", 0.5).levelFor(0.75)).isEmpty();
  }

  @Test
  void levelFor_utilityOutsideUnitInterval_isRejected() {
    assertThatThrownBy(() -> GRADES.levelFor(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility to reach must be a utility in [0, 1] but was: 1.5");
  }

  @Test
  void levels_oneInList_areRejected() {
    assertThatThrownBy(() -> Scale.levels(List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ordinal scale must have at least 2 levels but had: 1");
  }

  @Test
  void levels_none_areRejected() {
    assertThatThrownBy(() -> Scale.levels(List.<String>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ordinal scale must have at least 2 levels but had: 0");
  }

  @Test
  void levels_enumWithOneConstant_areRejected() {
    assertThatThrownBy(() -> Scale.levels(Only.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ordinal scale must have at least 2 levels but had: 1");
  }

  @Test
  void levels_repeated_areRejected() {
    assertThatThrownBy(() -> Scale.levels(List.of("a", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level 3 of ordinal scale must differ from the levels before it but was: a");
  }

  @Test
  void then_repeatedLevel_isRejected() {
    assertThatThrownBy(() -> Scale.level("a", 0.0).then("a", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level 2 of ordinal scale must differ from the levels before it but was: a");
  }

  @Test
  void levels_null_isRejected() {
    assertThatThrownBy(() -> Scale.levels(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level 2");
  }

  @Test
  void firstLevel_null_isRejected() {
    assertThatThrownBy(() -> Scale.level(null, 0.0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level 1");
  }

  @Test
  void levelUtility_outsideUnitInterval_isRejected() {
    assertThatThrownBy(() -> Scale.level("a", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of level 1 must be a utility in [0, 1] but was: 1.5");
  }

  @Test
  void levelUtilities_notMonotone_areRejected() {
    assertThatThrownBy(() -> Scale.level("a", 0.0).then("b", 0.5).then("c", 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("utility of level 3 must not fall below 0.5 (level 2) "
            + "in a higher-is-better scale but was: 0.2");
  }

  @Test
  void equals_comparesLevelsAndUtilities() {
    assertThat(Scale.levels(List.of("a", "b")))
        .isEqualTo(Scale.level("a", 0.0).then("b", 1.0))
        .hasSameHashCodeAs(Scale.level("a", 0.0).then("b", 1.0))
        .isNotEqualTo(Scale.level("a", 0.0).then("b", 0.5));
  }
}
