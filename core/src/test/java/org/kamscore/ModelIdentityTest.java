package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.Fixtures.standardBuilder;
import static org.kamscore.Fixtures.withKnockOutsBuilder;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Fingerprints, toBuilder() and builder reuse. */
final class ModelIdentityTest {
  private static final Account TYPICAL = Account.of(75, 10, 5);

  private final ScoringModel<Account> model = Fixtures.withKnockOuts();

  @Test
  void fingerprint_is64LowerCaseHexDigits() {
    assertThat(model.fingerprint()).matches("[0-9a-f]{64}");
  }

  /**
   * SHA-256 of the canonical text, checked outside Java as well:
   * {@code kamscore-model/1\n
   * criterion(7:revenue,linear(0x0.0p0,0x1.9p6),0x1.0p1,reject)\n
   * criterion(6:margin,linear(0x0.0p0,0x1.4p5),0x1.0p0,reject)\n
   * criterion(8:discount,linear(0x1.4p4,0x0.0p0),0x1.0p0,reject)\n
   * tiers(1:A>=0x1.2cp6,1:B>=0x1.9p5,1:C)\n}.
   */
  @Test
  void fingerprint_ofStandardModel_isStableAcrossJvms() {
    assertThat(Fixtures.standard().fingerprint())
        .isEqualTo("7d81f2a7505c5096a7993250145846632817b366a510f5a3944b32a0166db3c9");
  }

  @Test
  void fingerprint_ofSeparatelyBuiltIdenticalModels_isEqual() {
    assertThat(Fixtures.withKnockOuts().fingerprint()).isEqualTo(model.fingerprint());
  }

  @Test
  void fingerprint_ignoresIdVersionDescriptionsAndCustomerId() {
    ScoringModel<Account> described = standardBuilder()
        .describedAs("discount demanded, lower is better")
        .knockOutBelow("minimum-years", Account::years, 2).describedAs("at least two years")
        .knockOut("reference", Account::reference).cappedAt("B")
        .build().toBuilder()
        .id("other", "9.9")
        .customerId(Account::id)
        .build();

    assertThat(described.fingerprint()).isEqualTo(model.fingerprint());
    assertThat(described.id()).isEqualTo("other");
    assertThat(described.version()).isEqualTo("9.9");
  }

  @Test
  void fingerprint_changesWithCriterionName() {
    assertChangesFingerprint(b -> b.without("margin")
        .criterion("margin-ratio", Account::margin, Scale.linear(0, 40), 1));
  }

  @Test
  void fingerprint_changesWithCriterionOrder() {
    assertChangesFingerprint(b -> b.without("revenue")
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 2));
  }

  @Test
  void fingerprint_changesWithScaleBound() {
    assertChangesFingerprint(b -> b.without("margin")
        .criterion("margin", Account::margin, Scale.linear(0, 41), 1));
  }

  @Test
  void fingerprint_changesWithScaleKind() {
    assertChangesFingerprint(b -> b.without("margin")
        .criterion("margin", Account::margin, Scale.points(0, 0).then(40, 1), 1));
  }

  @Test
  void fingerprint_changesWithWeight() {
    assertChangesFingerprint(b -> b.weight("margin", 1.5));
  }

  @Test
  void fingerprint_changesWithProportionalWeights() {
    // the shares stay 0.5, 0.25, 0.25, but the declared weights are part of the policy
    assertChangesFingerprint(b -> b.weight("revenue", 4).weight("margin", 2).weight("discount", 2));
  }

  @Test
  void fingerprint_changesWithMissingValuePolicy() {
    String worst = standardBuilder().ifMissing(MissingValue.worst()).build().fingerprint();
    String one = standardBuilder().ifMissing(MissingValue.substitute(1)).build().fingerprint();
    String two = standardBuilder().ifMissing(MissingValue.substitute(2)).build().fingerprint();

    assertThat(Fixtures.standard().fingerprint()).isNotIn(worst, one, two);
    assertThat(worst).isNotIn(one, two);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void fingerprint_changesWithSubstituteLevel() {
    String low = Fixtures.graded().ifMissing(MissingValue.substituteLevel(Account.Grade.LOW))
        .build().fingerprint();
    String high = Fixtures.graded().ifMissing(MissingValue.substituteLevel(Account.Grade.HIGH))
        .build().fingerprint();

    assertThat(low).isNotEqualTo(high);
  }

  @Test
  void fingerprint_changesWithLevelUtilities() {
    String even = Fixtures.graded().build().fingerprint();
    String reversed = Fixtures.empty()
        .criterion("grade", Account::grade, Scale.levels(Account.Grade.class).reversed(), 1)
        .build().fingerprint();

    assertThat(even).isNotEqualTo(reversed);
  }

  @Test
  void fingerprint_changesWithKnockOutBound() {
    assertChangesFingerprint(b -> b.without("minimum-years")
        .knockOutBelow("minimum-years", Account::years, 3));
  }

  @Test
  void fingerprint_changesWithKnockOutKind() {
    assertChangesFingerprint(b -> b.without("minimum-years")
        .knockOutAbove("minimum-years", Account::years, 2));
  }

  @Test
  void fingerprint_changesWithKnockOutName() {
    assertChangesFingerprint(b -> b.without("reference")
        .knockOut("reference-customer", Account::reference).cappedAt("B"));
  }

  @Test
  void fingerprint_changesWithKnockOutCap() {
    assertChangesFingerprint(b -> b.without("reference")
        .knockOut("reference", Account::reference).cappedAt("A"));
    assertChangesFingerprint(b -> b.without("reference")
        .knockOut("reference", Account::reference));
  }

  @Test
  void fingerprint_explicitCapAtLowestTier_equalsTheDefaultCap() {
    ScoringModel<Account> explicit = standardBuilder()
        .knockOutBelow("minimum-years", Account::years, 2).cappedAt("C")
        .knockOut("reference", Account::reference).cappedAt("B")
        .build();

    assertThat(explicit.fingerprint()).isEqualTo(model.fingerprint());
  }

  @Test
  void fingerprint_changesWithTierThreshold() {
    assertChangesFingerprint(b -> b.tiers(Tiers.from("A", 80).then("B", 50).otherwise("C")));
    assertChangesFingerprint(b -> b.tiers(Tiers.from("A", 75).then("B", 40).otherwise("C")));
  }

  @Test
  void fingerprint_changesWithTierLabel() {
    assertChangesFingerprint(b -> b.tiers(Tiers.from("A", 75).then("B", 50).otherwise("D")));
  }

  private void assertChangesFingerprint(UnaryOperator<ScoringModel.Builder<Account>> change) {
    ScoringModel<Account> changed = change.apply(withKnockOutsBuilder().build().toBuilder())
        .build();

    assertThat(changed.fingerprint()).isNotEqualTo(model.fingerprint());
  }

  @Test
  void toBuilder_buildsAnEqualModel() {
    ScoringModel<Account> copy = model.toBuilder().build();

    assertThat(copy.fingerprint()).isEqualTo(model.fingerprint());
    assertThat(copy.id()).isEqualTo("kam");
    assertThat(copy.version()).isEqualTo("2026.1");
    assertThat(copy.criteria()).isEqualTo(model.criteria());
    assertThat(copy.knockOuts()).isEqualTo(model.knockOuts());
    assertThat(copy.tiers()).isEqualTo(model.tiers());
    assertThat(copy.evaluate(TYPICAL)).isEqualTo(model.evaluate(TYPICAL));
  }

  @Test
  void toBuilder_keepsTheCustomerId() {
    ScoringModel<Account> copy =
        Fixtures.standardBuilder().customerId(Account::id).build().toBuilder().build();

    assertThatThrownBy(() -> copy.evaluate(Account.of(1, Double.NaN, 1).withId("C-9")))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'margin' of model 'kam' 2026.1 must have a value for customer "
            + "'C-9' but was: NaN (missing-value policy: reject)");
  }

  @Test
  void toBuilder_variant_leavesTheOriginalUnchanged() {
    String before = model.fingerprint();

    ScoringModel<Account> variant = model.toBuilder()
        .id("kam", "2026.2")
        .weight("revenue", 1)
        .weight("margin", 2)
        .without("reference")
        .build();

    assertThat(model.fingerprint()).isEqualTo(before);
    assertThat(model.version()).isEqualTo("2026.1");
    assertThat(model.criteria()).extracting(Criterion::weight).containsExactly(2.0, 1.0, 1.0);
    assertThat(model.knockOuts()).extracting(KnockOut::name)
        .containsExactly("minimum-years", "reference");
    assertThat(model.score(TYPICAL)).isEqualTo(62.5);

    assertThat(variant.fingerprint()).isNotEqualTo(before);
    assertThat(variant.version()).isEqualTo("2026.2");
    assertThat(variant.knockOuts()).extracting(KnockOut::name).containsExactly("minimum-years");
    // weights 1, 2, 1: 0.75 * 25 + 0.25 * 50 + 0.75 * 25
    assertThat(variant.score(TYPICAL)).isEqualTo(50.0);
  }

  @Test
  void toBuilder_declaresNothingLast() {
    assertThatThrownBy(() -> model.toBuilder().ifMissing(MissingValue.worst()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ifMissing must follow a criterion but followed: nothing");
  }

  @Test
  void weight_changesTheNamedCriterion() {
    ScoringModel<Account> reweighted = standardBuilder().weight("margin", 2).build();

    assertThat(reweighted.criteria()).extracting(Criterion::weight).containsExactly(2.0, 2.0, 1.0);
    // shares 0.4, 0.4, 0.2
    assertThat(reweighted.evaluate(Account.of(100, 40, 20)).contribution("margin").maximum())
        .isEqualTo(40.0);
  }

  @Test
  void without_removesTheNamedCriterion() {
    ScoringModel<Account> smaller = standardBuilder().without("margin").build();

    assertThat(smaller.criteria()).extracting(Criterion::name)
        .containsExactly("revenue", "discount");
  }

  @Test
  void without_theOnlyCriterion_failsAtBuild() {
    ScoringModel.Builder<Account> builder = Fixtures.graded().without("grade");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model 'kam' must have at least one criterion but had: 0");
  }

  @Test
  void build_twice_givesEqualModels_andLeavesTheBuilderUnchanged() {
    ScoringModel.Builder<Account> builder = withKnockOutsBuilder();

    ScoringModel<Account> first = builder.build();
    ScoringModel<Account> second = builder.build();

    assertThat(second).isNotSameAs(first);
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(second.criteria()).isEqualTo(first.criteria());
    assertThat(second.knockOuts()).isEqualTo(first.knockOuts());
    assertThat(second.evaluate(TYPICAL)).isEqualTo(first.evaluate(TYPICAL));
  }

  @Test
  void builder_changedAfterBuild_leavesTheBuiltModelUnchanged() {
    ScoringModel.Builder<Account> builder = standardBuilder();
    ScoringModel<Account> first = builder.build();

    ScoringModel<Account> second = builder
        .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 4)
        .weight("revenue", 9)
        .build();

    assertThat(first.criteria()).hasSize(3);
    assertThat(first.tiers()).isEqualTo(Fixtures.abc());
    assertThat(first.fingerprint()).isEqualTo(Fixtures.standard().fingerprint());
    assertThat(second.criteria()).hasSize(4);
  }

  enum Stars { ONE, TWO }

  enum Grades { ONE, TWO }

  private static <E> String fingerprintOfLevels(List<E> levels) {
    return ScoringModel.builder(Object.class).id("levels", "1")
        .criterion("level", customer -> levels.get(0), Scale.levels(levels), 1)
        .build().fingerprint();
  }

  @Test
  void fingerprint_tellsLevelsThatPrintAlikeApart_byTheirType() {
    assertThat(fingerprintOfLevels(List.of(1, 2)))
        .isNotEqualTo(fingerprintOfLevels(List.of("1", "2")))
        .isNotEqualTo(fingerprintOfLevels(List.of(1L, 2L)));
    assertThat(fingerprintOfLevels(List.of(Stars.ONE, Stars.TWO)))
        .isNotEqualTo(fingerprintOfLevels(List.of(Grades.ONE, Grades.TWO)));
    assertThat(fingerprintOfLevels(List.of(1, 2))).isEqualTo(fingerprintOfLevels(List.of(1, 2)));
  }

  @Test
  void fingerprint_tellsSubstituteLevelsThatPrintAlikeApart() {
    assertThat(MissingValue.substituteLevel(1)).isNotEqualTo(MissingValue.substituteLevel("1"));
  }

  @Test
  void levelOfAnotherType_isRejectedNamingBothTypes() {
    ScoringModel<Object> model = ScoringModel.builder(Object.class).id("levels", "1")
        .criterion("rating", customer -> "2", Scale.levels(List.of(1, 2)), 1)
        .build();

    assertThatThrownBy(() -> model.score(new Object()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'rating' of model 'levels' 1 must have one of the levels "
            + "[1 (java.lang.Integer), 2 (java.lang.Integer)] for the customer but was: "
            + "2 (java.lang.String) (missing-value policy: reject)");
  }
}
