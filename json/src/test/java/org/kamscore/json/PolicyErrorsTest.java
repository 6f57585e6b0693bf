package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.json.Resources.REMOVE;
import static org.kamscore.json.Resources.edit;
import static org.kamscore.json.Resources.json;



import org.junit.jupiter.api.Test;
import org.kamscore.Attributes;

/**
 * Every rule a model document can break, each named by its JSON Pointer, the rule and the
 * value: the format's own (types, unknown and missing fields) and the builders', which the
 * document reuses, at the field they concern.
 */
final class PolicyErrorsTest {
  private static final String MODEL = "attractiveness.json";

  // ---- the format's rules ----

  @Test
  void wrongType_isRejected_atItsPointer() {
    rejects(edit(MODEL, "/criteria/1/weight", "thirty"), "/criteria/1/weight",
        "/criteria/1/weight must be a number but was: \"thirty\"");
  }

  @Test
  void unknownField_isRejected_namingTheKnownOnes() {
    rejects(edit(MODEL, "/criteria/1/wieght", 20), "/criteria/1/wieght",
        "/criteria/1/wieght must be a field of a criterion (name, description, attribute, "
            + "weight, scale, ifMissing) but was: an unknown field");
  }

  @Test
  void polymorphicTypeHint_isJustAnUnknownField() {
    rejects(edit(MODEL, "/@class", "java.lang.ProcessBuilder"), "/@class",
        "/@class must be a field of a scoring model document ($schema, format, kind, id, "
            + "version, criteria, knockOuts, tiers) but was: an unknown field");
  }

  @Test
  void missingField_isRejected() {
    rejects(edit(MODEL, "/criteria/1/name", REMOVE), "/criteria/1/name",
        "/criteria/1/name must be a string but was: missing");
  }

  @Test
  void rootThatIsNoObject_isRejected() {
    rejects("[1, 2]", "", "document must be an object (a policy document) but was: an array");
  }

  @Test
  void otherFormatVersion_isRejected() {
    rejects(edit(MODEL, "/format", "kamscore-policy/2"), "/format",
        "/format must be 'kamscore-policy/1', the version this library reads but was: "
            + "\"kamscore-policy/2\"");
  }

  @Test
  void matrixDocument_isNoModel() {
    rejects(Resources.text("matrix.json"), "/kind",
        "/kind must be 'scoring-model' (read a portfolio-matrix with readMatrix) but was: "
            + "\"portfolio-matrix\"");
  }

  @Test
  void scaleOfUnknownKind_isRejected() {
    rejects(edit(MODEL, "/criteria/1/scale/kind", "quadratic"), "/criteria/1/scale/kind",
        "/criteria/1/scale/kind must be one of linear, logarithmic, points, steps, levels but "
            + "was: \"quadratic\"");
  }

  @Test
  void knockOutWithBothBounds_isRejected() {
    rejects(edit(MODEL, "/knockOuts/0/atMost", 1), "/knockOuts/0",
        "/knockOuts/0 must have exactly one of the bounds atLeast and atMost but was: both");
  }

  @Test
  void substituteLevel_ofANumericCriterion_isRejected() {
    rejects(edit(MODEL, "/criteria/1/ifMissing", json("{\"kind\": \"substitute\", "
            + "\"level\": \"x\"}")), "/criteria/1/ifMissing/level",
        "/criteria/1/ifMissing/level must be absent for a numeric criterion, which substitutes "
            + "a value but was: \"x\"");
  }

  @Test
  void lowestTier_withAMinimumScore_isRejected() {
    rejects(edit(MODEL, "/tiers/2/minimumScore", 0), "/tiers/2/minimumScore",
        "/tiers/2/minimumScore must be a field of the lowest tier, which holds every score "
            + "below the others (label) but was: an unknown field");
  }

  @Test
  void levelOfTheWrongType_isRejected() {
    rejects(edit(MODEL, "/criteria/4/scale/levels/0/level", "no"),
        "/criteria/4/scale/levels/0/level",
        "/criteria/4/scale/levels/0/level must be true or false but was: \"no\"");
  }

  // ---- the builders' rules, at the field they concern ----

  @Test
  void negativeWeight_isRejected_byTheBuildersRule() {
    rejects(edit(MODEL, "/criteria/1/weight", -20), "/criteria/1/weight",
        "/criteria/1/weight: weight of criterion 'margin' must be positive and finite but "
            + "was: -20.0");
  }

  @Test
  void negativeLogarithmicBound_isRejected() {
    rejects(edit(MODEL, "/criteria/0/scale/best", -5), "/criteria/0/scale/best",
        "/criteria/0/scale/best: best bound of logarithmic scale must be positive and finite "
            + "but was: -5.0");
  }

  @Test
  void equalLinearBounds_areRejected_atTheScale() {
    rejects(edit(MODEL, "/criteria/1/scale/best", 0.05), "/criteria/1/scale",
        "/criteria/1/scale: bounds of linear scale must differ but both were: 0.05");
  }

  @Test
  void hugeNumber_isInfinite_andRejected() {
    rejects(Resources.text(MODEL).replace("\"best\": 0.4", "\"best\": 1e999"),
        "/criteria/1/scale/best",
        "/criteria/1/scale/best: best bound of linear scale must be finite but was: Infinity");
  }

  @Test
  void utilityAboveOne_isRejected() {
    rejects(edit(MODEL, "/criteria/2/scale/points/1/utility", 1.5),
        "/criteria/2/scale/points/1/utility",
        "/criteria/2/scale/points/1/utility: utility of breakpoint 2 must be a utility in "
            + "[0, 1] but was: 1.5");
  }

  @Test
  void utilitiesThatTurn_areRejected() {
    rejects(edit(MODEL, "/criteria/2/scale/points/2/utility", 0.25),
        "/criteria/2/scale/points/2/utility",
        "/criteria/2/scale/points/2/utility: utility of breakpoint 3 must not fall below 0.5 "
            + "(breakpoint 2) in a higher-is-better scale but was: 0.25");
  }

  @Test
  void breakpointsOutOfOrder_areRejected() {
    rejects(edit(MODEL, "/criteria/2/scale/points/1/value", 1),
        "/criteria/2/scale/points/1/value",
        "/criteria/2/scale/points/1/value: value of breakpoint 2 must be greater than 1.0 "
            + "(breakpoint 1) but was: 1.0");
  }

  @Test
  void singleBreakpoint_isRejected_byTheCriterion() {
    rejects(edit(edit(MODEL, "/criteria/2/scale/points/2", REMOVE), "/criteria/2/scale/points/1",
        REMOVE), "/criteria/2/scale",
        "/criteria/2/scale: points scale of criterion 'growth' must have at least 2 "
            + "breakpoints but had: 1");
  }

  @Test
  void thresholdsOutOfOrder_areRejected() {
    rejects(edit(MODEL, "/criteria/6/scale/steps/1/atLeast", 0.1),
        "/criteria/6/scale/steps/1/atLeast",
        "/criteria/6/scale/steps/1/atLeast: threshold 2 of step scale must be greater than 0.1 "
            + "(threshold 1) but was: 0.1");
  }

  @Test
  void repeatedLevel_isRejected() {
    rejects(edit(MODEL, "/criteria/5/scale/levels/1/level", "small"),
        "/criteria/5/scale/levels/1/level",
        "/criteria/5/scale/levels/1/level: level 2 of ordinal scale must differ from the "
            + "levels before it but was: small");
  }

  @Test
  void attributeTheRecordLacks_isRejected() {
    rejects(edit(MODEL, "/criteria/1/attribute", "marg"), "/criteria/1/attribute",
        "/criteria/1/attribute: attribute of criterion 'margin' must be one of [id, revenue, "
            + "margin, growth, relevance, reference, segment, discount] but was: 'marg'");
  }

  @Test
  void repeatedCriterionName_isRejected_atTheRepetition() {
    rejects(edit(MODEL, "/criteria/4/name", "margin"), "/criteria/4/name",
        "/criteria/4/name: criterion name must be unique but was repeated: 'margin'");
  }

  @Test
  void substituteLevel_thatIsNoLevel_isRejected() {
    rejects(edit(MODEL, "/criteria/5/ifMissing", json("{\"kind\": \"substitute\", "
            + "\"level\": \"huge\"}")), "/criteria/5/ifMissing",
        "/criteria/5/ifMissing: substitute level of criterion 'segment' must be one of "
            + "[small, mid, key] but was: huge");
  }

  @Test
  void substituteValue_ofAnOrdinalCriterion_isRejected() {
    rejects(edit(MODEL, "/criteria/5/ifMissing", json("{\"kind\": \"substitute\", "
            + "\"value\": 3}")), "/criteria/5/ifMissing",
        "/criteria/5/ifMissing: missing-value policy of ordinal criterion 'segment' must "
            + "substitute a level but was: substitute(3.0)");
  }

  @Test
  void capThatIsNoTier_isRejected() {
    rejects(edit(MODEL, "/knockOuts/1/cap", "Z"), "/knockOuts/1/cap",
        "/knockOuts/1/cap: cap of knock-out 'maximum-discount' must be one of the tiers "
            + "[A, B, C] but was: 'Z'");
  }

  @Test
  void repeatedKnockOutName_isRejected_atTheRepetition() {
    rejects(edit(MODEL, "/knockOuts/1/name", "minimum-revenue"), "/knockOuts/1/name",
        "/knockOuts/1/name: knock-out name must be unique but was repeated: 'minimum-revenue'");
  }

  @Test
  void tiersOutOfOrder_areRejected() {
    rejects(edit(MODEL, "/tiers/1/minimumScore", 70), "/tiers/1/minimumScore",
        "/tiers/1/minimumScore: threshold of tier 'B' must be below 60.0 (tier 'A') but was: "
            + "70.0");
  }

  @Test
  void noCriteria_areRejected_atTheList() {
    rejects(edit(MODEL, "/criteria", json("[]")), "/criteria",
        "/criteria: model 'attractiveness' must have at least one criterion but had: 0");
  }

  @Test
  void blankId_isRejected() {
    rejects(edit(MODEL, "/id", " "), "/id", "/id: model id must not be blank but was: ' '");
  }

  // ---- level types: an enum only from the record or the allow-list ----

  @Test
  void enumConstantThatIsNone_isRejected() {
    rejects(edit(MODEL, "/criteria/3/scale/levels/0/level", "HUGE"),
        "/criteria/3/scale/levels/0/level",
        "/criteria/3/scale/levels/0/level must be a constant of "
            + "org.kamscore.json.Account$Relevance [NONE, REGIONAL, LIGHTHOUSE] but was: \"HUGE\"");
  }

  @Test
  void enumOfNoRecordComponent_andNotAllowed_isRejected_andNeverLoaded() {
    String document = edit(MODEL, "/criteria/3/scale/enum", "java.lang.Thread$State");

    rejects(document, "/criteria/3/scale/enum",
        "/criteria/3/scale/enum must name an enum of the allow-list of "
            + "PolicyFormat.withLevelTypes(...) [] or the type of record component "
            + "'relevance', org.kamscore.json.Account$Relevance but was: "
            + "\"java.lang.Thread$State\"");
  }

  @Test
  void enumOfMapRows_needsTheAllowList() {
    String document = Resources.text(MODEL);

    assertThatThrownBy(() -> PolicyFormat.json().readModel(document, Attributes.ofMaps()))
        .isInstanceOf(PolicyDocumentException.class)
        .hasMessage("/criteria/3/scale/enum must name an enum of the allow-list of "
            + "PolicyFormat.withLevelTypes(...) [] but was: \"org.kamscore.json.Account$Relevance\"");
    assertThat(PolicyFormat.json().withLevelTypes(Account.Relevance.class)
        .readModel(document, Attributes.ofMaps()).fingerprint())
        .isEqualTo(Policies.attractiveness().fingerprint());
  }

  @Test
  void levelTypeThatIsNoEnum_isRejected() {
    assertThatThrownBy(() -> PolicyFormat.json().withLevelTypes(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level type must be an enum class but was: java.lang.String");
  }

  // ---- rejected before any model: the text itself ----

  @Test
  void repeatedKey_isRejected() {
    String document = Resources.text(MODEL)
        .replace("\"weight\": 20,", "\"weight\": 20, \"weight\": 25,");

    rejects(document, "/criteria/1/weight",
        "/criteria/1/weight must not repeat a key but was: a repeated key");
  }

  @Test
  void truncatedDocument_isRejected_whereItEnds() {
    String document = Resources.text(MODEL);
    String truncated = document.substring(0, document.indexOf("\"best\": 0.4") + 8);

    PolicyDocumentException e = rejected(truncated);

    assertThat(e.pointer()).isEqualTo("/criteria/1/scale/best");
    assertThat(e.getMessage()).startsWith("/criteria/1/scale/best must be well-formed JSON but "
        + "was not: Unexpected end-of-input");
  }

  @Test
  void secondValue_afterTheDocument_isRejected() {
    rejects(Resources.text("minimal.json") + "{}", "",
        "document must hold one value but more followed it: START_OBJECT");
  }

  @Test
  void emptyDocument_isRejected() {
    rejects("", "", "document must be an object but was: empty");
  }

  private static void rejects(String document, String pointer, String message) {
    Rejected.as(rejected(document), pointer, message);
  }

  private static PolicyDocumentException rejected(String document) {
    return Rejected.by(() -> PolicyFormat.json().readModel(document, Policies.ATTRIBUTES));
  }
}
