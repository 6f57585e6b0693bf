package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.json.PolicyFormat;

final class SparkScoringTest {
  private static final int ROWS = 100_000;
  private static final String DOCUMENT = Policies.document("attractiveness.yaml");

  private final SparkSession spark = LocalSpark.session();

  @Test
  void score_100000GeneratedRows_isBitIdenticalToOneJvm() {
    List<Account> accounts = Accounts.generate(ROWS, 20260101L);
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).withKeyColumn("id");
    Dataset<Row> scored = scoring.score(Accounts.dataset(spark, accounts));

    List<Row> rows = scored.select("id", "score", "tier", "score_tier", "failed_knock_outs",
        "reasons", "fingerprint", "error").collectAsList();

    assertThat(rows).hasSize(ROWS);
    Map<String, Row> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.getString(0), row));
    assertThat(byId).hasSize(ROWS);
    ScoringModel<Account> oracle = Policies.attractiveness();
    Map<String, Long> tiers = new LinkedHashMap<>();
    oracle.tiers().all().forEach(tier -> tiers.put(tier.label(), 0L));
    int errors = 0;
    for (Account account : accounts) {
      Row row = byId.get(account.id());
      assertThat(row.getString(6)).isEqualTo(oracle.fingerprint());
      Evaluation expected;
      try {
        expected = oracle.evaluate(account);
      } catch (ScoringException e) {
        errors++;
        assertThat(row.getString(7)).as(account.id()).isEqualTo(e.getMessage());
        for (int i = 1; i <= 5; i++) {
          assertThat(row.isNullAt(i)).as(account.id()).isTrue();
        }
        continue;
      }
      assertThat(row.isNullAt(7)).as(account.id()).isTrue();
      assertThat(Double.doubleToRawLongBits(row.getDouble(1))).as(account.id())
          .isEqualTo(Double.doubleToRawLongBits(expected.score()));
      assertThat(Double.doubleToRawLongBits(row.getDouble(1)))
          .isEqualTo(Double.doubleToRawLongBits(oracle.score(account)));
      assertThat(row.getString(2)).isEqualTo(expected.tier().label());
      assertThat(row.getString(3)).isEqualTo(expected.scoreTier().label());
      assertThat(row.<String>getList(4)).isEqualTo(expected.failedKnockOuts());
      assertThat(row.<String>getList(5)).isEqualTo(expected.reasons().stream()
          .limit(3).map(Contribution::criterion).toList());
      tiers.merge(expected.tier().label(), 1L, Long::sum);
    }
    assertThat(errors).as("bad rows").isBetween(ROWS / 50, ROWS / 10);
    assertThat(scoring.tierCounts(scored)).containsExactlyEntriesOf(tiers);
  }

  @Test
  void of_documentAndItsJavaTwin_haveOneFingerprint() {
    assertThat(SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).fingerprint())
        .isEqualTo(Policies.attractiveness().fingerprint());
  }

  @Test
  void score_javaModelBoundToAttributes_scoresAsOneJvm() {
    ScoringModel<Map<String, ?>> model = ScoringModel.builder(org.kamscore.Attributes.ofMaps())
        .id("revenue-only", "1")
        .criterion("revenue", "revenue", org.kamscore.Scale.linear(0, 1_000_000), 1)
        .tiers(org.kamscore.Tiers.from("big", 50).otherwise("small"))
        .build();
    List<Account> accounts = Accounts.generate(200, 7L).stream()
        .filter(a -> a.revenue() != null && !a.revenue().isNaN()).toList();

    List<Row> rows = SparkScoring.of(model).score(Accounts.dataset(spark, accounts))
        .select("id", "score", "tier").collectAsList();

    assertThat(rows).hasSameSizeAs(accounts);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, ?> customer = Map.of("revenue", accounts.get(i).revenue());
      assertThat(rows.get(i).getString(0)).isEqualTo(accounts.get(i).id());
      assertThat(Double.doubleToRawLongBits(rows.get(i).getDouble(1)))
          .isEqualTo(Double.doubleToRawLongBits(model.score(customer)));
      assertThat(rows.get(i).getString(2)).isEqualTo(model.evaluate(customer).tier().label());
    }
  }

  @Test
  void of_modelWithLambdas_isRejected() {
    assertThatThrownBy(() -> SparkScoring.of(Policies.attractiveness()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion 'revenue' of model 'attractiveness' must be bound to an attribute "
            + "to be written to a policy document but was bound to a function");
  }

  @Test
  void score_columnOfAnAttributeMissing_isRejected() {
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(3, 1L)).drop("margin");

    assertThatThrownBy(() -> SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).score(customers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns of the dataset must include attribute 'margin', which the policy "
            + "reads, but were: [id, revenue, growth, segment, rating, reference, discount, "
            + "contractYears, cooperation, shareOfWallet]");
  }

  @Test
  void score_keyColumnMissing_isRejected() {
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(3, 1L));
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).withKeyColumn("crm");

    assertThatThrownBy(() -> scoring.score(customers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key column must be a column of the dataset but was: 'crm' "
            + "(columns: [id, revenue,");
  }

  @Test
  void score_outputColumnTaken_isRejected_andAPrefixMakesRoom() {
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(3, 1L))
        .withColumn("tier", functions.lit("old"));
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT);

    assertThatThrownBy(() -> scoring.score(customers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("output column 'tier' must not be a column of the dataset "
            + "already (set another prefix with withColumnPrefix) but was: [id,");
    SparkScoring prefixed = scoring.withColumnPrefix("kam_");
    Dataset<Row> scored = prefixed.score(customers);
    assertThat(scored.columns()).endsWith("tier", "kam_score", "kam_tier", "kam_score_tier",
        "kam_failed_knock_outs", "kam_reasons", "kam_fingerprint", "kam_error");
    assertThat(prefixed.columns()).containsExactly("kam_score", "kam_tier", "kam_score_tier",
        "kam_failed_knock_outs", "kam_reasons", "kam_fingerprint", "kam_error");
    assertThat(scored.count()).isEqualTo(3);
  }

  @Test
  void score_textWhereANumberBelongs_putsTheMessageInTheErrorColumn() {
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(20, 3L))
        .withColumn("margin", functions.lit("high"));

    List<Row> rows = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).withKeyColumn("id")
        .score(customers).select("id", "score", "error").collectAsList();

    assertThat(rows).hasSize(20);
    for (Row row : rows) {
      assertThat(row.isNullAt(1)).isTrue();
      assertThat(row.getString(2)).contains("margin").contains("java.lang.String");
    }
  }

  @Test
  void withReasons_negative_isRejected() {
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT);

    assertThatThrownBy(() -> scoring.withReasons(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count of reasons must not be negative but was: -1");
  }

  @Test
  void withReasons_limitsTheReasons() {
    List<Row> rows = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT).withReasons(1)
        .score(Accounts.dataset(spark, Accounts.generate(50, 5L)))
        .filter("error is null").select("reasons").collectAsList();

    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getList(0)).hasSize(1));
  }

  @Test
  void score_callsTheModelOncePerRow() {
    Dataset<Row> scored = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT)
        .score(Accounts.dataset(spark, Accounts.generate(3, 1L)));

    String plan = scored.queryExecution().optimizedPlan().toString();
    assertThat(plan.split("kamscore\\(", -1)).as(plan).hasSize(2);
    assertThat(scored.count()).isEqualTo(3);
  }

  @Test
  void tierCounts_withoutATierColumn_isRejected() {
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT);
    Dataset<Row> customers = Accounts.dataset(spark, Accounts.generate(3, 1L));

    assertThatThrownBy(() -> scoring.tierCounts(customers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("columns of the scored dataset must include 'tier' but were: [id,");
  }

  @Test
  void tierCounts_listsEveryTierBestFirst() {
    SparkScoring scoring = SparkScoring.of(PolicyFormat.yaml(), DOCUMENT);

    Map<String, Long> counts = scoring.tierCounts(
        scoring.score(Accounts.dataset(spark, Accounts.generate(10, 2L))).limit(0));

    assertThat(counts).containsExactly(Map.entry("A", 0L), Map.entry("B", 0L),
        Map.entry("C", 0L));
    assertThat(Policies.attractiveness().tiers().all()).extracting(Tier::label)
        .containsExactly("A", "B", "C");
  }
}
