package org.kamscore.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamscore.Direction;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generators and settings of the decision properties: models of 1 to 4 criteria on linear,
 * logarithmic, points and step scales either way, weights 0.1 to 10, 1 to 4 tiers, sometimes a
 * knock-out with a cap; portfolios of 1 to 20 rows with values in and beyond the scales.
 */
final class Generators {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private static final long SEED = Long.getLong("kamscore.properties.seed", 0x6465636973696f6eL);

  private Generators() {}

  /** The theory runner: the example count of {@code kamscore.properties.examples}, a fixed seed. */
  static QuickTheory qt() {
    return QuickTheory.qt().withExamples(EXAMPLES).withFixedSeed(SEED);
  }

  /** A customer of the generated models: a key and one raw value per column. */
  record Row(String id, double[] values) {
    double value(int column) {
      return values[column];
    }

    @Override
    public String toString() {
      return id + Arrays.toString(values);
    }
  }

  /** A generated model and a portfolio. */
  record Case(ScoringModel<Row> model, List<Row> rows, String description) {
    @Override
    public String toString() {
      return description + " over " + rows;
    }
  }

  static Gen<Case> cases() {
    return in -> {
      StringBuilder text = new StringBuilder();
      int n = between(in, 1, 4);
      ScoringModel.Builder<Row> builder = ScoringModel.builder(Row.class).id("generated", "1")
          .customerId(Row::id);
      for (int i = 0; i < n; i++) {
        int column = i;
        Scale scale = scale(in, column);
        double weight = uniform(in, 0.1, 10);
        builder.criterion("c" + i, r -> r.value(column), scale, weight);
        text.append("c").append(i).append(' ').append(scale).append(" weight ").append(weight)
            .append("; ");
        if (between(in, 0, 3) == 0) {
          builder.actionable();
        }
      }
      Tiers tiers = tiers(in);
      builder.tiers(tiers);
      text.append("tiers ").append(tiers);
      if (between(in, 0, 4) == 0) {
        double bound = uniform(in, 0, 100);
        String cap = tiers.all().get(between(in, 0, tiers.all().size() - 1)).label();
        builder.knockOutBelow("k", r -> r.value(0), bound).cappedAt(cap);
        text.append("; k: c0 >= ").append(bound).append(" cap ").append(cap);
      }
      List<Row> rows = new ArrayList<>();
      for (int c = between(in, 1, 20); c > 0; c--) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = between(in, 0, 9) == 0 ? between(in, 0, 10) * 10.0 : uniform(in, -10, 110);
        }
        rows.add(new Row("R-" + (rows.size() + 1), values));
      }
      return new Case(builder.build(), rows, text.toString());
    };
  }

  private static Scale scale(RandomnessSource in, int column) {
    boolean higher = between(in, 0, 1) == 0;
    switch (between(in, 0, 3)) {
      case 0:
        return higher ? Scale.linear(0, 100) : Scale.linear(100, 0);
      case 1:
        return higher ? Scale.logarithmic(1, 100) : Scale.logarithmic(100, 1);
      case 2: {
        Scale s = Scale.points(0, higher ? 0.0 : 1.0).then(50, 0.5)
            .then(100, higher ? 1.0 : 0.0);
        return s;
      }
      default:
        return higher ? Scale.steps(0.0).atLeast(25, 0.3).atLeast(60, 0.7).atLeast(90, 1.0)
            : Scale.steps(1.0).atLeast(25, 0.6).atLeast(60, 0.2).atLeast(90, 0.0);
    }
  }

  private static Tiers tiers(RandomnessSource in) {
    int count = between(in, 0, 3);
    double[] thresholds = new double[count];
    for (int i = 0; i < count; i++) {
      thresholds[i] = between(in, 0, 4) == 0 ? between(in, 1, 9) * 10.0 : uniform(in, 1, 99);
    }
    double[] sorted = Arrays.stream(thresholds).distinct().sorted().toArray();
    if (sorted.length == 0) {
      return Tiers.single("T0");
    }
    Tiers.Ladder ladder = Tiers.from("T0", sorted[sorted.length - 1]);
    for (int i = 1; i < sorted.length; i++) {
      ladder = ladder.then("T" + i, sorted[sorted.length - 1 - i]);
    }
    return ladder.otherwise("T" + sorted.length);
  }

  static int between(RandomnessSource in, int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }

  static double uniform(RandomnessSource in, double low, double high) {
    long steps = 1L << 30;
    double f = in.next(Constraint.between(0, steps)) / (double) steps;
    return Math.min(high, Math.max(low, low * (1.0 - f) + high * f));
  }

  /** Whether a direction rewards higher values. */
  static boolean higher(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER;
  }
}
