package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.decision.PolicyImpact;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worked example of {@link PolicyImpactRecord}, checked by hand in the comments: the record of
 * a review reads back equal, holds the numbers of the evaluations bit for bit, and a record
 * that breaks a rule is refused with the pointer of the field.
 */
final class PolicyImpactRecordTest {
  // version 1 weighs a and b 1:1, version 2 1:3; utilities value / 100; A from 60, B from 40
  //        a   b   v1: 50 a + 50 b         v2: 25 a + 75 b
  // C-1   90  40   45 + 20 = 65 A          22.5 + 30 = 52.5 B   demoted, lost key account
  // C-2   20  70   10 + 35 = 45 B          5 + 52.5 = 57.5 B
  // C-3   50  20   25 + 10 = 35 C          12.5 + 15 = 27.5 C
  // C-4   40  90   20 + 45 = 65 A          10 + 67.5 = 77.5 A
  // C-5   10  80   5 + 40 = 45 B           2.5 + 60 = 62.5 A    promoted, new key account
  // every product is the double nearest the exact one, so the points are these decimals
  static final List<Pair> PORTFOLIO = List.of(new Pair("C-1", 90, 40), new Pair("C-2", 20, 70),
      new Pair("C-3", 50, 20), new Pair("C-4", 40, 90), new Pair("C-5", 10, 80));
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new KamscoreModule())
      .build();

  /** A customer of two values, a and b, from 0 to 100. */
  record Pair(String id, double a, double b) {}

  private final ScoringModel<Pair> v1 = version("2026.1", 1);
  private final ScoringModel<Pair> v2 = version("2026.2", 3);

  static ScoringModel<Pair> version(String version, double weightOfB) {
    return ScoringModel.builder(Pair.class)
        .id("two", version)
        .customerId(Pair::id)
        .criterion("a", Pair::a, Scale.linear(0, 100), 1)
        .criterion("b", Pair::b, Scale.linear(0, 100), weightOfB)
        .tiers(Tiers.from("A", 60).then("B", 40).otherwise("C"))
        .build();
  }

  /** Rows: the version's model cut at 50; columns: b alone, cut at 50. */
  static PortfolioMatrix<Pair> matrix(ScoringModel<Pair> rows) {
    return PortfolioMatrix.builder(Pair.class).id("m", rows.version())
        .rows(rows, Bands.cutAt(50)).columns(POSITION, Bands.cutAt(50))
        .cell("high", "high", "key account").cell("high", "low", "develop")
        .cell("low", "high", "maintain").cell("low", "low", "reduce").build();
  }

  /** Scores that are no short decimal: v1 0.05 + 27.6 C, v2 0.025 + 41.4 B, up to rounding. */
  private static final Pair C_9 = new Pair("C-9", 0.1, 55.2);

  private static final ScoringModel<Pair> POSITION = ScoringModel.builder(Pair.class)
      .id("position", "2026.1")
      .criterion("b", Pair::b, Scale.linear(0, 100), 1)
      .build();

  @Test
  void record_ofAReview_isTheTablesTheCountsAndTheChanges_inJson() {
    PolicyImpactRecord record =
        PolicyImpactRecord.of(PolicyImpact.between(v1, v2).review(PORTFOLIO, Pair::id));

    assertThat(record.toJson()).isEqualTo("{\"format\":\"kamscore-decision/1\","
        + "\"record\":\"policy-impact\","
        + "\"from\":{\"id\":\"two\",\"version\":\"2026.1\",\"fingerprint\":\"" + v1.fingerprint()
        + "\"},"
        + "\"to\":{\"id\":\"two\",\"version\":\"2026.2\",\"fingerprint\":\"" + v2.fingerprint()
        + "\"},"
        + "\"fromMatrix\":null,\"toMatrix\":null,\"keyAccountCell\":null,\"size\":5,"
        + "\"tiers\":{\"from\":[\"A\",\"B\",\"C\"],\"to\":[\"A\",\"B\",\"C\"],"
        + "\"counts\":[[1,1,0],[1,1,0],[0,0,1]]},"
        + "\"cells\":null,\"promotions\":1,\"demotions\":1,"
        + "\"newKeyAccounts\":[\"C-5\"],\"lostKeyAccounts\":[\"C-1\"],"
        + "\"changes\":["
        + "{\"key\":\"C-1\",\"fromTier\":\"A\",\"toTier\":\"B\",\"fromScore\":65,"
        + "\"toScore\":52.5,\"fromCell\":null,\"toCell\":null,\"reasons\":["
        + "{\"model\":\"two\",\"criterion\":\"a\",\"pointsBefore\":45,\"pointsAfter\":22.5,"
        + "\"difference\":-22.5},"
        + "{\"model\":\"two\",\"criterion\":\"b\",\"pointsBefore\":20,\"pointsAfter\":30,"
        + "\"difference\":10}],"
        + "\"knockOutsNowFailed\":[],\"knockOutsNoLongerFailed\":[]},"
        + "{\"key\":\"C-5\",\"fromTier\":\"B\",\"toTier\":\"A\",\"fromScore\":45,"
        + "\"toScore\":62.5,\"fromCell\":null,\"toCell\":null,\"reasons\":["
        + "{\"model\":\"two\",\"criterion\":\"b\",\"pointsBefore\":40,\"pointsAfter\":60,"
        + "\"difference\":20},"
        + "{\"model\":\"two\",\"criterion\":\"a\",\"pointsBefore\":5,\"pointsAfter\":2.5,"
        + "\"difference\":-2.5}],"
        + "\"knockOutsNowFailed\":[],\"knockOutsNoLongerFailed\":[]}]}");
    assertThat(PolicyImpactRecord.fromJson(record.toJson())).isEqualTo(record);
  }

  @Test
  void record_withMatrices_holdsTheCellTable_andKeyAccountsByCell() {
    // columns: b alone, cut at 50: C-1 40 low, C-2 70 high, C-3 20 low, C-4 90 high, C-5 80
    // high; rows, cut at 50: v1 65, 45, 35, 65, 45 and v2 52.5, 57.5, 27.5, 77.5, 62.5, so
    // C-2 and C-5 move from maintain to key account, the others stay
    PolicyImpact<Pair> impact = PolicyImpact.between(v1, v2).matrices(matrix(v1), matrix(v2))
        .keyAccountCell("key account").review(PORTFOLIO, Pair::id);

    PolicyImpactRecord record = PolicyImpactRecord.fromJson(PolicyImpactRecord.of(impact).toJson());

    assertThat(record).isEqualTo(PolicyImpactRecord.of(impact));
    assertThat(record.fromMatrix()).contains(new MatrixReference("m", "2026.1"));
    assertThat(record.toMatrix()).contains(new MatrixReference("m", "2026.2"));
    assertThat(record.keyAccountCell()).contains("key account");
    MigrationTable cells = record.cells().orElseThrow();
    assertThat(cells.from()).containsExactly("reduce", "maintain", "develop", "key account");
    assertThat(cells.counts()).containsExactly(List.of(1, 0, 0, 0), List.of(0, 0, 0, 2),
        List.of(0, 0, 1, 0), List.of(0, 0, 0, 1));
    assertThat(cells.count("maintain", "key account")).isEqualTo(2);
    assertThat(cells.moved()).isEqualTo(2);
    assertThat(cells.total()).isEqualTo(5);
    assertThat(record.tiers().moved()).isEqualTo(2);
    assertThat(record.tiers().count("B", "A")).isEqualTo(1);
    assertThat(record.newKeyAccounts()).containsExactly("C-2", "C-5");
    assertThat(record.lostKeyAccounts()).isEmpty();
    assertThat(record.changes()).extracting(CustomerImpactRecord::key)
        .containsExactly("C-1", "C-2", "C-5");
    CustomerImpactRecord c2 = record.changes().get(1);
    assertThat(c2.fromTier()).isEqualTo("B");
    assertThat(c2.toTier()).isEqualTo("B");
    assertThat(c2.tierChanged()).isFalse();
    assertThat(c2.fromCell()).contains("maintain");
    assertThat(c2.toCell()).contains("key account");
    assertThat(c2.cellChanged()).isTrue();
    // C-2: a 10 -> 5, b 35 -> 52.5; the column model is the same in both versions: no reason
    assertThat(c2.reasons()).containsExactly(
        new ReasonChangeRecord("two", "b", OptionalDouble.of(35), OptionalDouble.of(52.5)),
        new ReasonChangeRecord("two", "a", OptionalDouble.of(10), OptionalDouble.of(5)));
    assertThat(c2.reasons().get(0).difference()).isEqualTo(17.5);
  }

  @Test
  void numbers_readBack_asTheBitsOfTheEvaluations() {
    PolicyImpactRecord record = PolicyImpactRecord.fromJson(PolicyImpactRecord.of(
        PolicyImpact.between(v1, v2).review(List.of(C_9), Pair::id)).toJson());

    CustomerImpactRecord change = record.changes().get(0);
    assertThat(change.fromTier()).isEqualTo("C");
    assertThat(change.toTier()).isEqualTo("B");
    assertThat(bits(change.fromScore())).isEqualTo(bits(v1.evaluate(C_9).score()));
    assertThat(bits(change.toScore())).isEqualTo(bits(v2.evaluate(C_9).score()));
    assertThat(change.reasons()).extracting(ReasonChangeRecord::criterion)
        .containsExactly("b", "a");
    for (ReasonChangeRecord reason : change.reasons()) {
      int i = reason.criterion().equals("a") ? 0 : 1;
      assertThat(bits(reason.pointsBefore().getAsDouble()))
          .isEqualTo(bits(v1.evaluate(C_9).contributions().get(i).points()));
      assertThat(bits(reason.pointsAfter().getAsDouble()))
          .isEqualTo(bits(v2.evaluate(C_9).contributions().get(i).points()));
    }
  }

  @Test
  void numbers_areWrittenAsTheShortestDecimals_thatReadBack() {
    // v1: 0.05 + 27.6 is 27.650000000000001422... exactly; the nearest doubles are
    // 27.649999999999998578... and 27.650000000000002131..., and the sum rounds to the second,
    // which no decimal shorter than 27.650000000000002 reads back as
    String json = PolicyImpactRecord.of(
        PolicyImpact.between(v1, v2).review(List.of(C_9), Pair::id)).toJson();

    assertThat(json).contains("\"fromScore\":27.650000000000002,")
        .contains("\"toScore\":41.425000000000004,")
        .contains("\"criterion\":\"b\",\"pointsBefore\":27.6,"
            + "\"pointsAfter\":41.400000000000006,")
        .contains("\"criterion\":\"a\",\"pointsBefore\":0.05,\"pointsAfter\":0.025,");
  }

  @Test
  void impact_isWrittenByTheJacksonModule_asItsRecord() {
    PolicyImpact<Pair> impact = PolicyImpact.between(v1, v2).matrices(matrix(v1), matrix(v2))
        .review(PORTFOLIO, Pair::id);
    PolicyImpactRecord record = PolicyImpactRecord.of(impact);

    assertThat(MAPPER.writeValueAsString(impact)).isEqualTo(record.toJson());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(impact), PolicyImpactRecord.class))
        .isEqualTo(record);
    CustomerImpactRecord change = record.changes().get(0);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(change), CustomerImpactRecord.class))
        .isEqualTo(change);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(record.tiers()),
        MigrationTable.class)).isEqualTo(record.tiers());
    assertThat(MAPPER.writeValueAsString(change.reasons().get(0))).isEqualTo("{\"model\":"
        + "\"two\",\"criterion\":\"a\",\"pointsBefore\":45,\"pointsAfter\":22.5,"
        + "\"difference\":-22.5}");
    assertThat(MAPPER.writeValueAsString(record.fromMatrix().orElseThrow()))
        .isEqualTo("{\"id\":\"m\",\"version\":\"2026.1\"}");
  }

  /**
   * Records broken by one replacement: what is broken, whether the record has matrices, the text
   * replaced and its replacement, and the pointer and message of the rejection.
   */
  static Stream<Arguments> brokenRecords() {
    return Stream.of(
        Arguments.of("a field of another record", false, "\"size\":5,",
            "\"size\":5,\"score\":1,", "/score", "/score must be a field of a policy impact "
                + "record (format, record, from, to, fromMatrix, toMatrix, keyAccountCell, "
                + "size, tiers, cells, promotions, demotions, newKeyAccounts, lostKeyAccounts, "
                + "changes) but was: an unknown field"),
        Arguments.of("another kind of record", false, "\"policy-impact\"", "\"evaluation\"",
            "/record", "/record must be 'policy-impact' but was: \"evaluation\""),
        Arguments.of("a difference not after - before", false, "\"difference\":-22.5",
            "\"difference\":22.5", "/changes/0/reasons/0/difference",
            "/changes/0/reasons/0/difference must be pointsAfter - pointsBefore, -22.5 but "
                + "was: 22.5"),
        Arguments.of("a reason without points", false,
            "\"pointsBefore\":45,\"pointsAfter\":22.5",
            "\"pointsBefore\":null,\"pointsAfter\":null", "/changes/0/reasons/0",
            "/changes/0/reasons/0: points of reason 'a' must be given before or after but were "
                + "neither"),
        Arguments.of("promotions not those of the changes", false, "\"promotions\":1",
            "\"promotions\":2", "/promotions", "/promotions: promotions must be the number of "
                + "changes to a better-ranked tier, 1, but were: 2"),
        Arguments.of("a size not the table's total", false, "\"size\":5", "\"size\":6",
            "/size", "/size: size must be the sum of the tier table's counts, 5, but was: 6"),
        Arguments.of("a short row of counts", false, "[[1,1,0],", "[[1,1],", "/tiers/counts",
            "/tiers/counts: counts must be 3 rows of 3 but were: [[1, 1], [1, 1, 0], "
                + "[0, 0, 1]]"),
        Arguments.of("a negative count", false, "[[1,1,0],", "[[1,1,-1],", "/tiers/counts",
            "/tiers/counts: counts must not be negative but were: [[1, 1, -1], [1, 1, 0], "
                + "[0, 0, 1]]"),
        Arguments.of("a count that is no integer", false, "[[1,1,0],", "[[1,1.5,0],",
            "/tiers/counts/0/1", "/tiers/counts/0/1 must be an integer from -2147483648 to "
                + "2147483647 but was: 1.5"),
        Arguments.of("a repeated tier label", false, "\"to\":[\"A\",\"B\",\"C\"]",
            "\"to\":[\"A\",\"B\",\"A\"]", "/tiers/to", "/tiers/to: column names must be "
                + "distinct and not blank, at least one, but were: [A, B, A]"),
        Arguments.of("a change from a tier the table lacks", false,
            "\"key\":\"C-1\",\"fromTier\":\"A\"", "\"key\":\"C-1\",\"fromTier\":\"S\"",
            "/changes", "/changes: tiers of change 'C-1' must be a row and a column of the "
                + "tier table, [A, B, C] and [A, B, C], but were: 'S' and 'B'"),
        Arguments.of("a change that moves nothing", false,
            "\"fromTier\":\"A\",\"toTier\":\"B\"", "\"fromTier\":\"B\",\"toTier\":\"B\"",
            "/changes/0", "/changes/0: change 'C-1' must move the customer to another tier or "
                + "cell but was: tier B, cell null"),
        Arguments.of("a score out of range", false, "\"fromScore\":65", "\"fromScore\":165",
            "/changes/0/fromScore", "/changes/0/fromScore: scores of change 'C-1' must be in "
                + "[0, 100] but were: 165.0 and 52.5"),
        Arguments.of("new key accounts out of order", false,
            "\"newKeyAccounts\":[\"C-5\"]", "\"newKeyAccounts\":[\"C-5\",\"C-4\"]",
            "/newKeyAccounts", "/newKeyAccounts: new key accounts must be ordered by key "
                + "ascending, each key once, but were: 'C-4' after 'C-5'"),
        Arguments.of("a key account both new and lost", false,
            "\"newKeyAccounts\":[\"C-5\"]", "\"newKeyAccounts\":[\"C-1\",\"C-5\"]",
            "/newKeyAccounts", "/newKeyAccounts: new key accounts must not also be lost key "
                + "accounts but were: 'C-1'"),
        Arguments.of("cells without matrices", true,
            "\"fromMatrix\":{\"id\":\"m\",\"version\":\"2026.1\"}", "\"fromMatrix\":null",
            "/cells", "/cells: cells must be given exactly when both matrices are but were: a "
                + "table, with matrices null and 'm' 2026.2"),
        Arguments.of("a key-account cell that is no cell", true,
            "\"keyAccountCell\":\"key account\"", "\"keyAccountCell\":\"star\"",
            "/keyAccountCell", "/keyAccountCell: key-account cell must be a cell of both "
                + "matrices, [reduce, maintain, develop, key account] and [reduce, maintain, "
                + "develop, key account], but was: 'star'"),
        // one of the two moves from maintain to key account counted as staying in maintain
        Arguments.of("changes that the cell table does not move", true,
            "[[1,0,0,0],[0,0,0,2],", "[[1,0,0,0],[0,1,0,1],", "/changes",
            "/changes: changes must be the customers the tables move, 1 to another cell, but "
                + "were: 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void brokenRecord_isRefused_atThePointer(String what, boolean matrices, String text,
      String replacement, String pointer, String message) {
    String json = matrices ? withMatrices() : plain();
    assertThat(json).contains(text);

    Rejected.as(Rejected.by(() -> PolicyImpactRecord.fromJson(json.replace(text, replacement))),
        pointer, message);
  }

  @Test
  void changes_outOfOrder_areRefused() {
    PolicyImpactRecord r = PolicyImpactRecord.fromJson(plain());

    assertThatThrownBy(() -> new PolicyImpactRecord(r.from(), r.to(), r.fromMatrix(),
        r.toMatrix(), r.keyAccountCell(), r.size(), r.tiers(), r.cells(), r.promotions(),
        r.demotions(), r.newKeyAccounts(), r.lostKeyAccounts(),
        List.of(r.changes().get(1), r.changes().get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changes must be ordered by key ascending, each key once, but were: 'C-1' "
            + "after 'C-5'");
  }

  @Test
  void record_isNotMadeOfNothing() {
    assertThatThrownBy(() -> new MigrationTable(List.of(), List.of("A"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row names must be distinct and not blank, at least one, but were: []");
    assertThatThrownBy(() -> new MatrixReference("m", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrix id and version must not be blank but were: 'm', ' '");
    assertThatThrownBy(() -> new ReasonChangeRecord("two", "a", OptionalDouble.of(3),
        OptionalDouble.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points of reason 'a' must differ before and after but were: "
            + "OptionalDouble[3.0] and OptionalDouble[3.0]");
    assertThatThrownBy(() -> new CustomerImpactRecord("C-1", "A", "B", 65, 52.5,
        Optional.of("develop"), Optional.empty(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cells of change 'C-1' must be both given or both null but were: develop "
            + "and null");
    assertThatThrownBy(() -> new CustomerImpactRecord("C-1", "A", "B", 65, 52.5,
        Optional.empty(), Optional.empty(), List.of(), List.of("volume"), List.of("volume")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knock-outs of change 'C-1' must not be both now failed and no longer "
            + "failed but were: 'volume'");
  }

  private String plain() {
    return PolicyImpactRecord.of(PolicyImpact.between(v1, v2).review(PORTFOLIO, Pair::id))
        .toJson();
  }

  private String withMatrices() {
    return PolicyImpactRecord.of(PolicyImpact.between(v1, v2).matrices(matrix(v1), matrix(v2))
        .keyAccountCell("key account").review(PORTFOLIO, Pair::id)).toJson();
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }
}
