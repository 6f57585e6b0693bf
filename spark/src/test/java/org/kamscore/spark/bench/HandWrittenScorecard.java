package org.kamscore.spark.bench;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark's scorecard ({@code attractiveness.yaml} of the tests) as a Spark UDF written
 * by hand: plain arithmetic over the seven columns, the score and the tier after the
 * knock-outs' caps, no library. It is what a team would write without kamscore, and the speed
 * limit of the benchmark.
 *
 * <p>It sums the same terms in the same order with the same operations as kamscore, so its
 * scores are bit-identical (checked before every benchmark run and by
 * {@code HandWrittenScorecardTest}). It handles the values the benchmark generates: no
 * column is null, and ratings 6 and 7, which the scale does not declare, score as the worst.
 */
final class HandWrittenScorecard
    implements UDF7<Double, Double, Integer, String, Long, Boolean, Double, Row> {
  private static final long serialVersionUID = 1L;
  /** The result: the score and the tier. */
  static final StructType TYPE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("tier", DataTypes.StringType, false)));

  private static final double[] WEIGHTS = {30, 20, 15, 10, 10, 5, 10};
  private static final double[] MAX = maximumPoints(WEIGHTS);
  private static final double LOG_WORST = StrictMath.log(50_000);
  private static final double LOG_SPAN = StrictMath.log(5_000_000) - LOG_WORST;
  private static final double MARGIN_SPAN = 0.4 - 0.05;

  @Override
  public Row call(Double revenue, Double margin, Integer growth, String segment, Long rating,
      Boolean reference, Double discount) {
    double sum = 0.0;
    sum += revenue(revenue) * MAX[0];
    sum += margin(margin) * MAX[1];
    sum += growth(growth) * MAX[2];
    sum += segment(segment) * MAX[3];
    sum += rating(rating) * MAX[4];
    sum += (reference ? 1.0 : 0.0) * MAX[5];
    sum += discount(discount) * MAX[6];
    double score = sum > 100.0 ? 100.0 : sum;
    String tier = score >= 60 ? "A" : score >= 45 ? "B" : "C";
    if (!(revenue >= 250_000)) {
      tier = "C";
    } else if (!(discount <= 0.3) && tier.equals("A")) {
      tier = "B";
    }
    return RowFactory.create(score, tier);
  }

  static double revenue(double v) {
    if (v <= 50_000) {
      return 0.0;
    }
    if (v >= 5_000_000) {
      return 1.0;
    }
    double u = (StrictMath.log(v) - LOG_WORST) / LOG_SPAN;
    return u <= 0.0 ? 0.0 : u > 1.0 ? 1.0 : u;
  }

  static double margin(double v) {
    if (v <= 0.05) {
      return 0.0;
    }
    if (v >= 0.4) {
      return 1.0;
    }
    double u = (v - 0.05) / MARGIN_SPAN;
    return u > 1.0 ? 1.0 : u;
  }

  static double growth(int v) {
    if (v <= 1) {
      return 0.0;
    }
    if (v >= 5) {
      return 1.0;
    }
    return v < 3 ? between(v, 1, 3, 0.0, 0.5) : between(v, 3, 5, 0.5, 1.0);
  }

  private static double between(double v, double x0, double x1, double u0, double u1) {
    double u = u0 + (v - x0) / (x1 - x0) * (u1 - u0);
    return Math.min(Math.max(u, u0), u1);
  }

  static double segment(String v) {
    switch (v) {
      case "key":
        return 1.0;
      case "mid":
        return 0.5;
      default:
        return 0.0;
    }
  }

  static double rating(long v) {
    return v >= 1 && v <= 5 ? (v - 1) * 0.25 : 0.0;
  }

  static double discount(double v) {
    return v >= 0.2 ? 0.0 : v >= 0.1 ? 0.5 : 1.0;
  }

  /** The points of each criterion as kamscore normalizes weights. */
  static double[] maximumPoints(double[] weights) {
    double largest = 0.0;
    for (double w : weights) {
      largest = Math.max(largest, w);
    }
    double total = 0.0;
    for (double w : weights) {
      total += w / largest;
    }
    double[] maximum = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      maximum[i] = weights[i] / largest / total * 100.0;
    }
    return maximum;
  }
}
