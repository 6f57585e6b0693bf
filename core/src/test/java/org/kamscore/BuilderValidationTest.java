package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.Fixtures.empty;
import static org.kamscore.Fixtures.standardBuilder;

import org.junit.jupiter.api.Test;

final class BuilderValidationTest {

  @Test
  void build_withoutCriteria_isRejected() {
    assertThatThrownBy(() -> empty().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model 'kam' must have at least one criterion but had: 0");
  }

  @Test
  void build_withoutId_isRejected() {
    ScoringModel.Builder<Account> builder = ScoringModel.builder(Account.class)
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 1);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model id must be set with id(id, version) but was: null");
  }

  @Test
  void id_blank_isRejected() {
    assertThatThrownBy(() -> ScoringModel.builder(Account.class).id(" ", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model id must not be blank but was: ' '");
  }

  @Test
  void version_blank_isRejected() {
    assertThatThrownBy(() -> ScoringModel.builder(Account.class).id("kam", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model version must not be blank but was: ''");
  }

  @Test
  void criterionNames_duplicate_areRejectedAtBuild() {
    ScoringModel.Builder<Account> builder =
        standardBuilder().criterion("margin", Account::margin, Scale.linear(0, 1), 1);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("criterion name must be unique but was repeated: 'margin'");
  }

  @Test
  void knockOutNames_duplicate_areRejectedAtBuild() {
    ScoringModel.Builder<Account> builder = standardBuilder()
        .knockOutBelow("minimum", Account::years, 2)
        .knockOutAbove("minimum", Account::discount, 15);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("knock-out name must be unique but was repeated: 'minimum'");
  }

  @Test
  void criterionName_blank_isRejected() {
    assertThatThrownBy(() -> empty().criterion("  ", Account::revenue, Scale.linear(0, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion name must not be blank but was: '  '");
  }

  @Test
  void criterionName_null_isRejected() {
    assertThatThrownBy(() -> empty().criterion(null, Account::revenue, Scale.linear(0, 1), 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criterion name");
  }

  @Test
  void knockOutName_blank_isRejected() {
    assertThatThrownBy(() -> empty().knockOut("", Account::reference))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knock-out name must not be blank but was: ''");
  }

  @Test
  void weight_zero_isRejected() {
    assertWeightRejected(0.0, "0.0");
  }

  @Test
  void weight_negativeZero_isRejected() {
    assertWeightRejected(-0.0, "-0.0");
  }

  @Test
  void weight_negative_isRejected() {
    assertWeightRejected(-3.0, "-3.0");
  }

  @Test
  void weight_nan_isRejected() {
    assertWeightRejected(Double.NaN, "NaN");
  }

  @Test
  void weight_positiveInfinity_isRejected() {
    assertWeightRejected(Double.POSITIVE_INFINITY, "Infinity");
  }

  @Test
  void weight_ofOrdinalCriterion_negative_isRejected() {
    assertThatThrownBy(() -> empty()
            .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of criterion 'grade' must be positive and finite but was: -1.0");
  }

  private static void assertWeightRejected(double weight, String shown) {
    assertThatThrownBy(() -> empty()
            .criterion("revenue-share", Account::revenue, Scale.linear(0, 1), weight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of criterion 'revenue-share' must be positive and finite but was: "
            + shown);
  }

  @Test
  void pointsScale_withOneBreakpoint_isRejectedByCriterion() {
    assertThatThrownBy(() -> empty().criterion("growth", Account::revenue, Scale.points(1, 0), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points scale of criterion 'growth' must have at least 2 breakpoints but had: 1");
  }

  @Test
  void stepScale_withoutThresholds_isRejectedByCriterion() {
    assertThatThrownBy(() -> empty().criterion("years", Account::years, Scale.steps(0), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step scale of criterion 'years' must have at least 1 threshold but had: 0");
  }

  @Test
  void levelScale_withOneLevel_isRejectedByCriterion() {
    LevelScale<Account.Grade> oneLevel = Scale.level(Account.Grade.HIGH, 1.0);

    assertThatThrownBy(() -> empty().criterion("grade", Account::grade, oneLevel, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ordinal scale of criterion 'grade' must have at least 2 levels but had: 1");
  }

  @Test
  void knockOut_cappedAtUnknownTier_isRejectedAtBuild() {
    ScoringModel.Builder<Account> builder =
        standardBuilder().knockOut("reference", Account::reference).cappedAt("Z");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cap of knock-out 'reference' must be one of the tiers [A, B, C] but was: 'Z'");
  }

  @Test
  void knockOutBelow_minimumNaN_isRejected() {
    assertThatThrownBy(() -> empty().knockOutBelow("minimum-years", Account::years, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum of knock-out 'minimum-years' must be finite but was: NaN");
  }

  @Test
  void knockOutAbove_maximumInfinite_isRejected() {
    assertThatThrownBy(() -> empty()
            .knockOutAbove("maximum-discount", Account::discount, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum of knock-out 'maximum-discount' must be finite but was: Infinity");
  }

  @Test
  void ifMissing_beforeAnyDeclaration_isRejected() {
    assertThatThrownBy(() -> empty().ifMissing(MissingValue.worst()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ifMissing must follow a criterion but followed: nothing");
  }

  @Test
  void ifMissing_afterKnockOut_isRejected() {
    ScoringModel.Builder<Account> builder = standardBuilder().knockOut("reference", Account::reference);

    assertThatThrownBy(() -> builder.ifMissing(MissingValue.worst()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ifMissing must follow a criterion but followed: knock-out 'reference'");
  }

  @Test
  void cappedAt_beforeAnyDeclaration_isRejected() {
    assertThatThrownBy(() -> empty().cappedAt("B"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cappedAt must follow a knock-out but followed: nothing");
  }

  @Test
  void cappedAt_afterCriterion_isRejected() {
    assertThatThrownBy(() -> standardBuilder().cappedAt("B"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cappedAt must follow a knock-out but followed: criterion 'discount'");
  }

  @Test
  void describedAs_beforeAnyDeclaration_isRejected() {
    assertThatThrownBy(() -> empty().describedAs("text"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("describedAs must follow a criterion or knock-out but followed: nothing");
  }

  @Test
  void substituteLevel_notAmongLevels_isRejectedAtBuild() {
    ScoringModel.Builder<Account> builder = Fixtures.gradedLowHigh()
        .ifMissing(MissingValue.substituteLevel(Account.Grade.MEDIUM));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("substitute level of criterion 'grade' must be one of [LOW, HIGH] but was: MEDIUM");
  }

  @Test
  void substituteNumber_onOrdinalCriterion_isRejectedAtBuild() {
    ScoringModel.Builder<Account> builder =
        Fixtures.graded().ifMissing(MissingValue.substitute(3));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing-value policy of ordinal criterion 'grade' must substitute a level "
            + "but was: substitute(3.0)");
  }

  @Test
  void substituteLevel_onNumericCriterion_isRejectedAtBuild() {
    ScoringModel.Builder<Account> builder =
        standardBuilder().ifMissing(MissingValue.substituteLevel(Account.Grade.HIGH));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing-value policy of numeric criterion 'discount' must substitute a "
            + "number but was: substitute(HIGH)");
  }

  @Test
  void substituteValue_nan_isRejected() {
    assertThatThrownBy(() -> MissingValue.substitute(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("substitute value must be finite but was: NaN");
  }

  @Test
  void substituteLevel_null_isRejected() {
    assertThatThrownBy(() -> MissingValue.substituteLevel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level");
  }

  @Test
  void weightByName_unknownCriterion_isRejected() {
    assertThatThrownBy(() -> standardBuilder().weight("growth", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be declared but was: 'growth'");
  }

  @Test
  void weightByName_notPositive_isRejected() {
    assertThatThrownBy(() -> standardBuilder().weight("margin", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of criterion 'margin' must be positive and finite but was: 0.0");
  }

  @Test
  void without_unknownName_isRejected() {
    assertThatThrownBy(() -> standardBuilder().without("growth"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be a declared criterion or knock-out but was: 'growth'");
  }

  @Test
  void builder_nullType_isRejected() {
    assertThatThrownBy(() -> ScoringModel.builder((Class<Account>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> ScoringModel.builder((Attributes<Account>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attributes");
  }

  @Test
  void id_setTwice_isRejectedNamingTheEarlierValue() {
    assertThatThrownBy(() -> standardBuilder().id("other", "2027.1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model id was already set to 'kam' 2026.1");
  }

  @Test
  void tiers_setTwice_isRejectedNamingTheEarlierValue() {
    assertThatThrownBy(() -> standardBuilder().tiers(Tiers.single("all")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tiers were already set to A >= 75.0, B >= 50.0, C");
  }

  @Test
  void customerId_setTwice_isRejected() {
    ScoringModel.Builder<Account> builder = standardBuilder().customerId(Account::id);

    assertThatThrownBy(() -> builder.customerId(Account::id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("customer id was already set to a function");
    ScoringModel.Builder<java.util.Map<String, ?>> byName =
        ScoringModel.builder(Attributes.ofMaps()).customerId("id");
    assertThatThrownBy(() -> byName.customerId("key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("customer id was already set to attribute 'id'");
  }

  @Test
  void toBuilder_mayOverrideEachInheritedSettingOnce() {
    ScoringModel<Account> next = Fixtures.standard().toBuilder()
        .id("kam", "2027.1")
        .tiers(Tiers.from("A", 80).otherwise("B"))
        .customerId(Account::id)
        .build();

    assertThat(next.version()).isEqualTo("2027.1");
    assertThat(next.tiers().labels()).containsExactly("A", "B");
    ScoringModel.Builder<Account> again = Fixtures.standard().toBuilder().id("kam", "2027.1");
    assertThatThrownBy(() -> again.id("kam", "2027.2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model id was already set to 'kam' 2027.1");
  }

  @Test
  void describedAs_afterWeightChange_saysWhatItFollowed() {
    ScoringModel.Builder<Account> builder = standardBuilder().weight("margin", 3);

    assertThatThrownBy(() -> builder.describedAs("margin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("describedAs must follow a criterion or knock-out but followed: "
            + "weight('margin', 3.0)");
  }

  @Test
  void ifMissing_afterWithout_saysWhatItFollowed() {
    ScoringModel.Builder<Account> builder = standardBuilder().without("margin");

    assertThatThrownBy(() -> builder.ifMissing(MissingValue.worst()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ifMissing must follow a criterion but followed: without('margin')");
  }

  @Test
  void actionable_marksTheCriterionDeclaredLast_andNoOther() {
    ScoringModel<Account> model = Fixtures.empty()
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 1)
        .criterion("discount", Account::discount, Scale.linear(20, 0), 1).actionable()
        .build();

    assertThat(model.criteria()).extracting(Criterion::actionable).containsExactly(false, true);
    assertThat(model.fingerprint()).isEqualTo(Fixtures.empty()
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 1)
        .criterion("discount", Account::discount, Scale.linear(20, 0), 1)
        .build().fingerprint());
  }

  @Test
  void actionable_afterKnockOut_isRejected() {
    ScoringModel.Builder<Account> builder = standardBuilder().knockOut("reference", Account::reference);

    assertThatThrownBy(builder::actionable)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("actionable must follow a criterion but followed: knock-out 'reference'");
  }
}
