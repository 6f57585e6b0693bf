package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.kamscore.portfolio.AbcClass;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

final class SparkAbcTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void of_100000Customers_equalsOneJvm() {
    List<Map.Entry<String, Double>> customers = new ArrayList<>();
    for (Account account : Accounts.generate(100_000, 20260303L)) {
      Double revenue = account.revenue();
      customers.add(Map.entry(account.id(),
          revenue == null || revenue.isNaN() ? 250_000.0 : revenue));
    }

    SparkAbc abc = SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id");

    assertThat(abc.entries().rdd().getNumPartitions()).isGreaterThan(1);
    Portfolios.assertSame(abc, Portfolios.abc(customers));
    Portfolios.assertSame(
        SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id", 0.7, 0.9),
        Portfolios.abc(customers).withCutoffs(0.7, 0.9));
  }

  @Test
  void of_cumulativeSharesThatHitTheCutoffsExactly_equalsOneJvm() {
    List<double[]> portfolios = List.of(
        new double[] {60, 25, 10, 5}, new double[] {50, 30, 15, 5},
        new double[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7}, new double[] {0.1, 0.2, 0.7},
        new double[] {80, 15, 5, 0, 0}, new double[] {1e-300, 4e-300, 5e-301, Double.MIN_VALUE});
    for (double[] measures : portfolios) {
      List<Map.Entry<String, Double>> customers = Portfolios.of(measures);
      Portfolios.assertSame(SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id"),
          Portfolios.abc(customers));
    }
  }

  @Test
  void of_fiftyThirtyFifteenFive_isAABC() {
    SparkAbc abc = SparkAbc.of(Portfolios.dataset(spark, Portfolios.of(50, 30, 15, 5)),
        "revenue", "id");

    assertThat(abc.entries().select("abc_class").collectAsList())
        .extracting(row -> row.getString(0)).containsExactly("A", "A", "B", "C");
    assertThat(abc.count(AbcClass.A)).isEqualTo(2);
    assertThat(abc.toString())
        .isEqualTo("SparkAbc[4 customers, cut-offs 0.8/0.95, A 2, B 1, C 1]");
  }

  @Test
  void of_equalMeasures_ordersKeysAsJavaStrings() {
    // UTF-16 order: "\uD800\uDC00" (U+10000) before "\uFFFF"; UTF-8 bytes order them the
    // other way round, and upper case before lower case either way
    List<Map.Entry<String, Double>> customers = List.of(Map.entry("\uFFFF", 5.0),
        Map.entry("\uD800\uDC00", 5.0), Map.entry("b", 5.0), Map.entry("B", 5.0),
        Map.entry("C-10", 5.0), Map.entry("C-2", 5.0), Map.entry("x", 9.0));

    SparkAbc abc = SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id");

    assertThat(abc.entries().select("key").collectAsList()).extracting(row -> row.getString(0))
        .containsExactly("x", "B", "C-10", "C-2", "b", "\uD800\uDC00", "\uFFFF");
    Portfolios.assertSame(abc, Portfolios.abc(customers));
  }

  @Test
  void of_negativeZero_readsAsZero() {
    List<Map.Entry<String, Double>> customers = Portfolios.of(3, -0.0, 1);

    SparkAbc abc = SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id");

    Portfolios.assertSame(abc, Portfolios.abc(customers));
    Portfolios.assertBits(abc.entries().collectAsList().get(2).getDouble(2), 0.0);
  }

  @Test
  void of_zeroTotalAndNoCustomers_equalOneJvm() {
    List<Map.Entry<String, Double>> zeros = Portfolios.of(0, 0, 0);
    Portfolios.assertSame(SparkAbc.of(Portfolios.dataset(spark, zeros), "revenue", "id"),
        Portfolios.abc(zeros));
    SparkAbc empty = SparkAbc.of(Portfolios.dataset(spark, List.of()), "revenue", "id");
    Portfolios.assertSame(empty, Portfolios.abc(List.of()));
    assertThat(empty.size()).isZero();
  }

  @Test
  void of_generatedPortfolios_equalOneJvm() {
    Gen<double[]> portfolios = in -> {
      double[] measures = new double[(int) in.next(Constraint.between(1, 40))];
      boolean small = in.next(Constraint.between(0, 1)) == 0;
      for (int i = 0; i < measures.length; i++) {
        measures[i] = small ? in.next(Constraint.between(0, 6)) : Theories.measure(in);
      }
      return measures;
    };
    Theories.qt(Math.max(4, Theories.EXAMPLES / 200)).forAll(portfolios)
        .assuming(measures -> Double.isFinite(sum(measures)))
        .checkAssert(measures -> {
          List<Map.Entry<String, Double>> customers = Portfolios.of(measures);
          Dataset<Row> rows = Portfolios.dataset(spark, customers);
          Portfolios.assertSame(SparkAbc.of(rows, "revenue", "id", 0.5, 0.75),
              Portfolios.abc(customers).withCutoffs(0.5, 0.75));
        });
  }

  private static double sum(double[] measures) {
    double sum = 0;
    for (double measure : measures) {
      sum += measure;
    }
    return sum;
  }

  @Test
  void of_badCutoffs_areRejected() {
    Dataset<Row> rows = Portfolios.dataset(spark, Portfolios.of(1, 2));

    assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "id", 0.9, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = 0.9, b = 0.9");
  }

  @Test
  void of_repeatedKey_isRejected() {
    List<Map.Entry<String, Double>> customers = List.of(Map.entry("C-1", 1.0),
        Map.entry("C-2", 2.0), Map.entry("C-1", 3.0));

    assertThatThrownBy(() -> SparkAbc.of(Portfolios.dataset(spark, customers), "revenue", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key of every customer must be unique but was: 'C-1' (in 2 rows)");
  }

  @Test
  void of_nullKey_isRejected() {
    List<Map.Entry<String, Double>> customers = new ArrayList<>(Portfolios.of(1, 2));
    Dataset<Row> rows = Portfolios.dataset(spark, customers)
        .withColumn("id", functions.when(functions.col("id").equalTo("C-1"), null)
            .otherwise(functions.col("id")));

    assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key of every customer must not be null but was null in 1 rows");
  }

  @Test
  void of_badMeasures_areRejected_namingTheLeastKey() {
    for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      Dataset<Row> rows = Portfolios.dataset(spark, Portfolios.of(1, bad, 2, bad));

      assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "id"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("measure of customer 'C-1' must be finite and not negative but was: "
              + bad);
    }
    Dataset<Row> nulls = Portfolios.dataset(spark, Portfolios.of(1, 2))
        .withColumn("revenue", functions.lit(null).cast("double"));
    assertThatThrownBy(() -> SparkAbc.of(nulls, "revenue", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer 'C-0' must be finite and not negative but was: null");
  }

  @Test
  void of_overflowingTotal_isRejected() {
    Dataset<Row> rows = Portfolios.dataset(spark,
        Portfolios.of(Double.MAX_VALUE, Double.MAX_VALUE));

    assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total measure of 2 customers must be finite but was: Infinity");
  }

  @Test
  void of_columnsMissingOrOfTheWrongType_areRejected() {
    Dataset<Row> rows = Portfolios.dataset(spark, Portfolios.of(1, 2));

    assertThatThrownBy(() -> SparkAbc.of(rows, "turnover", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure column must be a column of the dataset but was: 'turnover' "
            + "(columns: [id, revenue])");
    assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "crm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key column must be a column of the dataset but was: 'crm' "
            + "(columns: [id, revenue])");
    assertThatThrownBy(() -> SparkAbc.of(rows, "id", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure column 'id' must be of a numeric type but was: string");
    assertThatThrownBy(() -> SparkAbc.of(rows, "revenue", "revenue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key column 'revenue' must be of type string but was: double");
  }

  @Test
  void of_integerMeasures_readAsDoubles() {
    Dataset<Row> rows = Portfolios.dataset(spark, Portfolios.of(3, 1, 2))
        .withColumn("revenue", functions.col("revenue").cast("long"));

    Portfolios.assertSame(SparkAbc.of(rows, "revenue", "id"),
        Portfolios.abc(Portfolios.of(3, 1, 2)));
  }
}
