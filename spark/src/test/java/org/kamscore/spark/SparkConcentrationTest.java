package org.kamscore.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.kamscore.portfolio.ConcentrationLevel;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

final class SparkConcentrationTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void of_100000Customers_equalsOneJvm() {
    List<Map.Entry<String, Double>> customers = new ArrayList<>();
    for (Account account : Accounts.generate(100_000, 20260404L)) {
      Double revenue = account.revenue();
      customers.add(Map.entry(account.id(),
          revenue == null || revenue.isNaN() ? 0.0 : revenue));
    }
    // three customers that the others depend on, with about 21 % of the total each
    double others = 0;
    for (Map.Entry<String, Double> customer : customers) {
      others += customer.getValue();
    }
    customers.add(Map.entry("D-1", others * 0.6));
    customers.add(Map.entry("D-2", others * 0.6));
    customers.add(Map.entry("D-3", others * 0.6));

    SparkConcentration concentration =
        SparkConcentration.of(Portfolios.dataset(spark, customers), "revenue", "id");

    Portfolios.assertSame(concentration, Portfolios.concentration(customers));
    assertThat(concentration.dependencies()).extracting(KeyShare::key)
        .containsExactly("D-1", "D-2", "D-3");
    Portfolios.assertSame(concentration.withDependencyThreshold(0.05).withLevels(0.2, 0.3),
        Portfolios.concentration(customers).withDependencyThreshold(0.05).withLevels(0.2, 0.3));
  }

  @Test
  void of_sharesAndIndicesOnTheLimits_equalOneJvm() {
    List<double[]> portfolios = List.of(
        new double[] {10, 30, 30, 30},                   // 10 % exactly: no dependency
        new double[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7},     // HHI exactly 0.10: moderate
        new double[] {3, 3, 3, 3},                       // HHI exactly 0.25: moderate
        new double[] {0.1, 0.2, 0.7}, new double[] {5}, new double[] {1, 0, 0});
    for (double[] measures : portfolios) {
      List<Map.Entry<String, Double>> customers = Portfolios.of(measures);
      Portfolios.assertSame(
          SparkConcentration.of(Portfolios.dataset(spark, customers), "revenue", "id"),
          Portfolios.concentration(customers));
    }
  }

  @Test
  void level_onTheLimits_isModerate_andTenPercentIsNoDependency() {
    Dataset<Row> tenEqual = Portfolios.dataset(spark,
        Portfolios.of(7, 7, 7, 7, 7, 7, 7, 7, 7, 7));
    Dataset<Row> fourEqual = Portfolios.dataset(spark, Portfolios.of(3, 3, 3, 3));

    SparkConcentration ten = SparkConcentration.of(tenEqual, "revenue", "id");

    assertThat(ten.level()).isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(ten.topShare()).isEqualTo(0.1);
    assertThat(ten.dependencies()).isEmpty();
    assertThat(SparkConcentration.of(fourEqual, "revenue", "id").level())
        .isEqualTo(ConcentrationLevel.MODERATE);
    assertThat(ten.toString())
        .isEqualTo("SparkConcentration[10 customers, HHI 0.1, MODERATE, 0 dependencies]");
  }

  @Test
  void of_generatedPortfolios_equalOneJvm() {
    Gen<double[]> portfolios = in -> {
      double[] measures = new double[(int) in.next(Constraint.between(1, 30))];
      for (int i = 0; i < measures.length; i++) {
        measures[i] = Theories.measure(in);
      }
      measures[0] += 1; // a positive total
      return measures;
    };
    Theories.qt(Math.max(4, Theories.EXAMPLES / 200)).forAll(portfolios)
        .assuming(measures -> {
          double sum = 0;
          for (double measure : measures) {
            sum += measure;
          }
          return Double.isFinite(sum);
        })
        .checkAssert(measures -> {
          List<Map.Entry<String, Double>> customers = Portfolios.of(measures);
          Portfolios.assertSame(
              SparkConcentration.of(Portfolios.dataset(spark, customers), "revenue", "id")
                  .withDependencyThreshold(0.2),
              Portfolios.concentration(customers).withDependencyThreshold(0.2));
        });
  }

  @Test
  void of_zeroTotal_isRejected() {
    Dataset<Row> zeros = Portfolios.dataset(spark, Portfolios.of(0, 0));

    assertThatThrownBy(() -> SparkConcentration.of(zeros, "revenue", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total measure of 2 customers must be positive for a concentration but "
            + "was: 0.0");
  }

  @Test
  void settings_outOfRange_areRejected() {
    SparkConcentration c = SparkConcentration.of(
        Portfolios.dataset(spark, Portfolios.of(1, 2)), "revenue", "id");

    assertThatThrownBy(() -> c.withDependencyThreshold(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dependency threshold must be in (0, 1) but was: 1.0");
    assertThatThrownBy(() -> c.withLevels(0.3, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concentration levels must satisfy 0 < moderateFrom < concentratedAbove < 1 "
            + "but were: moderateFrom = 0.3, concentratedAbove = 0.2");
    assertThatThrownBy(() -> c.topShare(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n of a top-n share must be at least 1 but was: 0");
  }
}
