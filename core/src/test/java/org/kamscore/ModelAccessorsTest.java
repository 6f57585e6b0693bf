package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** criteria(), knockOuts(), tiers() and the other read-back accessors of a built model. */
final class ModelAccessorsTest {
  private final ScoringModel<Account> model = Fixtures.standardBuilder()
      .describedAs("discount demanded")
      .ifMissing(MissingValue.worst())
      .criterion("grade", Account::grade, Scale.levels(Account.Grade.class).reversed(), 4)
      .knockOutBelow("minimum-years", Account::years, 2).describedAs("at least two years")
      .knockOutAbove("maximum-discount", Account::discount, 15)
      .knockOut("reference", Account::reference).cappedAt("B")
      .build();

  @Test
  void criteria_returnTheDeclarationsInOrder() {
    // weights 2, 1, 1, 4: shares 0.25, 0.125, 0.125, 0.5
    assertThat(model.criteria()).containsExactly(
        new Criterion("revenue", "", 2.0, 0.25, Scale.linear(0, 100), MissingValue.reject(), null, false),
        new Criterion("margin", "", 1.0, 0.125, Scale.linear(0, 40), MissingValue.reject(), null, false),
        new Criterion("discount", "discount demanded", 1.0, 0.125, Scale.linear(20, 0),
            MissingValue.worst(), null, false),
        new Criterion("grade", "", 4.0, 0.5,
            Scale.level(Account.Grade.LOW, 1.0).then(Account.Grade.MEDIUM, 0.5)
                .then(Account.Grade.HIGH, 0.0),
            MissingValue.reject(), null, false));
    assertThat(model.criteria()).extracting(Criterion::direction).containsExactly(
        Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER,
        Direction.LOWER_IS_BETTER);
    assertThat(model.criteria()).extracting(c -> c.scale().toString()).containsExactly(
        "linear(0.0 -> 100.0)", "linear(0.0 -> 40.0)", "linear(20.0 -> 0.0)",
        "levels(LOW -> 1.0, MEDIUM -> 0.5, HIGH -> 0.0)");
  }

  @Test
  void criterionScales_answerInverses_inRawValues() {
    List<Criterion> criteria = model.criteria();
    // linear(0 -> 100): utility 0.5 is first reached at 50
    assertThat(criteria.get(0).scale().valueFor(0.5)).hasValue(50.0);
    // linear(20 -> 0), lower is better: utility 0.5 is reached up to 10
    assertThat(criteria.get(2).scale().valueFor(0.5)).hasValue(10.0);
    // reversed levels LOW 1.0, MEDIUM 0.5, HIGH 0.0: utility 0.5 is reached by MEDIUM, position 1
    assertThat(criteria.get(3).scale().valueFor(0.5)).hasValue(1.0);
    assertThat(((LevelScale<?>) criteria.get(3).scale()).levelFor(0.5).map(Object.class::cast))
        .hasValue(Account.Grade.MEDIUM);
  }

  @Test
  void weightShares_sumToOne() {
    assertThat(model.criteria().stream().mapToDouble(Criterion::weightShare).sum())
        .isEqualTo(1.0);
  }

  @Test
  void weightShares_ofUnevenWeights_sumToOne() {
    ScoringModel<Account> uneven = Fixtures.empty()
        .criterion("revenue", Account::revenue, Scale.linear(0, 1), 30)
        .criterion("margin", Account::margin, Scale.linear(0, 1), 20)
        .criterion("discount", Account::discount, Scale.linear(1, 0), 15)
        .build();

    assertThat(uneven.criteria().stream().mapToDouble(Criterion::weightShare).sum())
        .isCloseTo(1.0, within(1e-15));
    List<Criterion> criteria = uneven.criteria();
    assertThat(criteria.get(0).weightShare()).isCloseTo(30.0 / 65, within(1e-15));
    assertThat(criteria.get(1).weightShare()).isCloseTo(20.0 / 65, within(1e-15));
    assertThat(criteria.get(2).weightShare()).isCloseTo(15.0 / 65, within(1e-15));
  }

  @Test
  void weightShares_ofExtremeWeights_neitherOverflowNorVanish() {
    ScoringModel<Account> extreme = Fixtures.empty()
        .criterion("huge", Account::revenue, Scale.linear(0, 1), Double.MAX_VALUE)
        .criterion("also-huge", Account::margin, Scale.linear(0, 1), Double.MAX_VALUE)
        .build();

    assertThat(extreme.criteria()).extracting(Criterion::weightShare).containsExactly(0.5, 0.5);
  }

  @Test
  void knockOuts_returnTheDeclarationsInOrderWithTheirCaps() {
    assertThat(model.knockOuts()).containsExactly(
        new KnockOut("minimum-years", "at least two years", KnockOut.Kind.AT_LEAST, 2, null,
            "at least 2", "C"),
        new KnockOut("maximum-discount", "", KnockOut.Kind.AT_MOST, 15, null, "at most 15", "C"),
        new KnockOut("reference", "", KnockOut.Kind.PREDICATE, Double.NaN, null, "predicate",
            "B"));
    assertThat(model.knockOuts()).extracting(KnockOut::condition)
        .containsExactly("at least 2", "at most 15", "predicate");
    assertThat(model.knockOuts().get(2).bound()).isEmpty();
  }

  @Test
  void tiers_returnTheDeclaredTiers() {
    assertThat(model.tiers()).isEqualTo(Fixtures.abc());
    assertThat(model.tiers().all()).extracting(Tier::label).containsExactly("A", "B", "C");
  }

  @Test
  void tiers_default_isOneTierHoldingEveryScore() {
    ScoringModel<Account> untiered = Fixtures.graded().build();

    assertThat(untiered.tiers()).isEqualTo(Tiers.single("all"));
    assertThat(untiered.evaluate(Account.of(0, 0, 0).withGrade(Account.Grade.LOW)).tier())
        .isEqualTo(new Tier("all", 0, 0));
  }

  @Test
  void accessors_returnUnmodifiableLists() {
    List<Criterion> criteria = model.criteria();
    List<KnockOut> knockOuts = model.knockOuts();
    List<Tier> tiers = model.tiers().all();

    assertThatThrownBy(criteria::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(knockOuts::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(tiers::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void idVersionAndToString_describeTheModel() {
    assertThat(model.id()).isEqualTo("kam");
    assertThat(model.version()).isEqualTo("2026.1");
    assertThat(model).hasToString("ScoringModel[kam 2026.1, 4 criteria, 3 knock-outs, "
        + "tiers A >= 75.0, B >= 50.0, C, fingerprint " + model.fingerprint() + "]");
  }

  @Test
  void missingValuePolicies_describeThemselves() {
    assertThat(MissingValue.reject()).hasToString("reject");
    assertThat(MissingValue.worst()).hasToString("worst");
    assertThat(MissingValue.substitute(3)).hasToString("substitute(3.0)")
        .isEqualTo(MissingValue.substitute(3.0))
        .isNotEqualTo(MissingValue.substitute(4));
    assertThat(MissingValue.substituteLevel(Account.Grade.LOW)).hasToString("substitute(LOW)");
  }
}
