package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Criteria and knock-outs bound to attributes by name: records, map rows, explicit readers. */
final class AttributesTest {

  private static ScoringModel.Builder<Account> byName() {
    return ScoringModel.builder(Attributes.ofRecord(Account.class))
        .id("kam", "2026.1")
        .criterion("revenue", "revenue", Scale.linear(0, 100), 2)
        .criterion("grade", "grade", Scale.levels(Account.Grade.class), 2)
        .knockOutBelow("minimum-years", "years", 2)
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"));
  }

  private static ScoringModel.Builder<Account> byLambda() {
    return ScoringModel.builder(Account.class)
        .id("kam", "2026.1")
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 2)
        .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 2)
        .knockOutBelow("minimum-years", Account::years, 2)
        .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"));
  }

  @Test
  void recordComponents_scoreAsTheirAccessors_withTheSameFingerprint() {
    Account account = Account.of(60, 10, 5).withGrade(Account.Grade.HIGH).withYears(1);

    Evaluation e = byName().build().evaluate(account);

    // revenue 60 of 100 is utility 0.6 of 50 points; HIGH is utility 1 of 50 points
    assertThat(e.score()).isEqualTo(80.0);
    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("C"); // years 1 fails minimum-years
    assertThat(e.failedKnockOuts()).containsExactly("minimum-years");
    assertThat(byName().build().fingerprint()).isEqualTo(byLambda().build().fingerprint());
  }

  @Test
  void description_namesTheAttributes() {
    ScoringModel<Account> model = byName().build();

    assertThat(model.criteria()).extracting(c -> c.attribute().orElse("-"))
        .containsExactly("revenue", "grade");
    assertThat(model.knockOuts().get(0).attribute()).hasValue("years");
    assertThat(model.knockOuts().get(0).kind()).isEqualTo(KnockOut.Kind.AT_LEAST);
    assertThat(model.knockOuts().get(0).bound()).hasValue(2.0);
    assertThat(byLambda().build().criteria().get(0).attribute()).isEmpty();
  }

  private static ScoringModel.Builder<Map<String, ?>> rows() {
    return ScoringModel.builder(Attributes.ofMaps())
        .id("rows", "1")
        .criterion("revenue", "revenue", Scale.linear(0, 100), 1)
        .ifMissing(MissingValue.worst())
        .criterion("grade", "grade", Scale.levels(Account.Grade.class), 1)
        .ifMissing(MissingValue.substituteLevel(Account.Grade.MEDIUM));
  }

  private static Map<String, Object> row(Object revenue, Object grade) {
    Map<String, Object> row = new HashMap<>();
    row.put("revenue", revenue);
    row.put("grade", grade);
    return row;
  }

  @Test
  void mapRows_readNumbersOfAnyTypeAndLevelsByName() {
    ScoringModel<Map<String, ?>> model = rows().build();

    // 40 of 100 is 0.4 of 50 points, HIGH named as text is 1.0 of 50 points
    assertThat(model.score(row(40, "HIGH"))).isEqualTo(70.0);
    assertThat(model.score(row(40L, Account.Grade.HIGH))).isEqualTo(70.0);
    assertThat(model.score(row(new java.math.BigDecimal("40"), "HIGH"))).isEqualTo(70.0);
  }

  @Test
  void mapRows_missingKeyNullOrUndeclaredLevel_areMissingValues() {
    ScoringModel<Map<String, ?>> model = rows().build();

    Evaluation e = model.evaluate(Map.of()); // no revenue (worst: 0), no grade (MEDIUM: 25)

    assertThat(e.score()).isEqualTo(25.0);
    assertThat(e.contribution("revenue").missing()).isTrue();
    assertThat(e.contribution("grade").missing()).isTrue();
    assertThat(model.score(row(null, "TOP"))).isEqualTo(25.0); // TOP is no Grade: missing
  }

  @Test
  void mapRows_textWhereANumberBelongs_failsNamingAttributeAndTypes() {
    ScoringModel<Map<String, ?>> model = rows().build();

    assertThatThrownBy(() -> model.evaluateAll(List.of(row(1, "LOW"), row("0,246", "LOW"))))
        .isInstanceOf(ScoringException.class)
        .hasMessage("attribute 'revenue' of criterion 'revenue' of model 'rows' 1 must be a number "
            + "for customer at index 1 but was of type: java.lang.String");
  }

  @Test
  void mapRows_levelOfAnotherType_failsNamingAttributeAndTypes() {
    ScoringModel<Map<String, ?>> model = rows().build();

    assertThatThrownBy(() -> model.score(row(1, 2)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("attribute 'grade' of criterion 'grade' of model 'rows' 1 must be a level of "
            + "type org.kamscore.Account$Grade for the customer but was of type: java.lang.Integer");
  }

  @Test
  void knockOutOnAttribute_withText_failsNamingAttributeAndTypes() {
    ScoringModel<Map<String, ?>> model = ScoringModel.builder(Attributes.ofMaps())
        .id("rows", "1")
        .criterion("revenue", "revenue", Scale.linear(0, 100), 1)
        .knockOutAbove("maximum-discount", "discount", 0.3)
        .build();

    assertThatThrownBy(() -> model.evaluate(Map.of("revenue", 1, "discount", "30%")))
        .isInstanceOf(ScoringException.class)
        .hasMessage("attribute 'discount' of knock-out 'maximum-discount' of model 'rows' 1 must "
            + "be a number for the customer but was of type: java.lang.String");
  }

  @Test
  void explicitReaders_bindByTheirNames() {
    ScoringModel<Account> model = ScoringModel.builder(Attributes.of(Account.class,
            Map.of("turnover", Account::revenue)))
        .id("explicit", "1")
        .criterion("revenue", "turnover", Scale.linear(0, 100), 1)
        .build();

    assertThat(model.score(Account.of(30, 0, 0))).isEqualTo(30.0);
  }

  @Test
  void unknownAttribute_isRejectedNamingTheKnownOnes() {
    assertThatThrownBy(() -> ScoringModel.builder(Attributes.ofRecord(Account.class))
            .criterion("revenue", "turnover", Scale.linear(0, 100), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute of criterion 'revenue' must be one of [id, revenue, margin, "
            + "discount, grade, years, reference] but was: 'turnover'");
  }

  @Test
  void attribute_onABuilderWithoutAttributes_isRejected() {
    assertThatThrownBy(() -> ScoringModel.builder(Account.class)
            .knockOutBelow("minimum-years", "years", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("knock-out 'minimum-years' can be bound to attribute 'years' only by a "
            + "builder started with ScoringModel.builder(Attributes) but this one was started "
            + "with: org.kamscore.Account");
  }

  @Test
  void recordInAPackageNotOpenToKamscore_isRejectedSayingWhatToOpen() throws Exception {
    @SuppressWarnings("unchecked")
    Class<Record> internal =
        (Class<Record>) Class.forName("jdk.internal.misc.ThreadTracker$ThreadRef");

    assertThatThrownBy(() -> Attributes.ofRecord(internal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("package jdk.internal.misc of record "
            + "jdk.internal.misc.ThreadTracker$ThreadRef must be open to module org.kamscore "
            + "(add 'opens jdk.internal.misc to org.kamscore;' to the module-info.java of "
            + "module java.base) but was not: ");
  }

  @Test
  void attributes_listTheirNames() {
    assertThat(Attributes.ofRecord(Account.class).names())
        .containsExactly("id", "revenue", "margin", "discount", "grade", "years", "reference");
    assertThat(Attributes.ofMaps().names()).isEmpty();
  }

  @Test
  void customerIdAttribute_namesTheCustomerInEvaluationsAndMessages() {
    ScoringModel<Map<String, ?>> model = rows().customerId("id").build();

    assertThat(model.customerIdAttribute()).hasValue("id");
    assertThat(model.evaluate(row(10, "LOW")).customerId()).isEmpty(); // no id in the row
    Map<String, Object> identified = row(10, "LOW");
    identified.put("id", "C-9");
    assertThat(model.evaluate(identified).customerId()).hasValue("C-9");
    identified.put("revenue", "ten");
    assertThatThrownBy(() -> model.evaluate(identified))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("for customer 'C-9' but was of type: java.lang.String");
    assertThat(rows().build().customerIdAttribute()).isEmpty();
  }

  @Test
  void customerIdAttribute_onABuilderWithoutAttributes_isRejected() {
    assertThatThrownBy(() -> ScoringModel.builder(Account.class).customerId("id"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the customer id can be bound to attribute 'id' only by a builder started "
            + "with ScoringModel.builder(Attributes) but this one was started with: "
            + "org.kamscore.Account");
  }
}
