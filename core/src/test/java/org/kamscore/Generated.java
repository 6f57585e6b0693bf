package org.kamscore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of models and customers: 1 to 12 criteria of every scale kind with weights over
 * twelve orders of magnitude and random missing-value policies, 1 to 4 tiers, 0 to 3 monotone
 * knock-outs with random caps; customers with values in and beyond the scales' ranges, at and
 * next to breakpoints, infinite, and missing where the policy allows it.
 */
final class Generated {
  private static final double[] EXTREMES = {
    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -Double.MAX_VALUE, Double.MAX_VALUE,
    0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE
  };

  /** A model and one customer. */
  record Scored(ModelSpec model, GeneratedAccount customer) {}

  /** A model and two customers that differ in one column, {@code better} being no worse. */
  record Improved(ModelSpec model, int column, GeneratedAccount worse, GeneratedAccount better) {}

  /** A model and a batch of customers. */
  record Batch(ModelSpec model, List<GeneratedAccount> customers) {}

  /** A model, a customer and a factor to multiply every weight by. */
  record Rescaled(ModelSpec model, GeneratedAccount customer, double factor) {}

  private Generated() {}

  static Gen<Scored> scored() {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec model = model(d);
      return new Scored(model, customer(d, model));
    };
  }

  /**
   * Pairs of customers that differ in one column; if {@code knockedOut}, only models with a
   * knock-out, changing a column a knock-out is bound to.
   */
  static Gen<Improved> improved(boolean knockedOut) {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec model = model(d, knockedOut ? 1 : 0);
      GeneratedAccount base = customer(d, model);
      int column = knockedOut ? d.pick(model.knockOuts()).column()
          : d.between(0, model.size() - 1);
      CriterionSpec c = model.criterion(column);
      double a = value(d, c, false);
      double b = d.rarely(30) ? (d.rarely(50) ? Math.nextUp(a) : Math.nextDown(a))
          : value(d, c, false);
      if (c.isOrdinal() && (b < 0 || b >= c.levelCount() || b != Math.rint(b))) {
        b = a;
      }
      boolean aIsBetter = c.better().isAtLeastAsGood(a, b);
      return new Improved(model, column, base.with(column, aIsBetter ? b : a),
          base.with(column, aIsBetter ? a : b));
    };
  }

  static Gen<Batch> batches() {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec model = model(d);
      List<GeneratedAccount> customers = new ArrayList<>();
      for (int n = d.between(0, 16); n > 0; n--) {
        customers.add(customer(d, model));
      }
      return new Batch(model, customers);
    };
  }

  static Gen<Rescaled> rescaled() {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec model = model(d);
      GeneratedAccount customer = customer(d, model);
      return new Rescaled(model, customer, d.power(-6, 6));
    };
  }

  static ModelSpec model(Draw d) {
    return model(d, 0);
  }

  /** A model with at least {@code minKnockOuts} (at most 3) knock-outs. */
  static ModelSpec model(Draw d, int minKnockOuts) {
    int n = d.between(1, 12);
    List<CriterionSpec> criteria = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double weight = d.rarely(30) ? d.between(1, 10) : d.power(-6, 6);
      CriterionSpec scale = Scales.any(d);
      criteria.add(scale.declaredAs("c" + i, weight, missingValue(d, scale)));
    }
    Tiers tiers = tiers(d);
    List<ModelSpec.KnockOutSpec> knockOuts = new ArrayList<>();
    for (int k = d.between(minKnockOuts, 3); k > 0; k--) {
      int column = d.between(0, n - 1);
      CriterionSpec c = criteria.get(column);
      double bound = value(d, c, false);
      if (!Double.isFinite(bound)) {
        bound = c.anchors()[0];
      }
      String cap = d.rarely(60) ? d.pick(tiers.all()).label() : null;
      knockOuts.add(new ModelSpec.KnockOutSpec(
          "k" + knockOuts.size(), column, c.better(), bound, cap));
    }
    return new ModelSpec(criteria, tiers, knockOuts);
  }

  static MissingValue missingValue(Draw d, CriterionSpec c) {
    switch (d.between(0, 2)) {
      case 0:
        return MissingValue.reject();
      case 1:
        return MissingValue.worst();
      default:
        if (c.isOrdinal()) {
          return MissingValue.substituteLevel(d.pick(c.levels().levels()));
        }
        double v = value(d, c, false);
        return MissingValue.substitute(Double.isFinite(v) ? v : c.anchors()[0]);
    }
  }

  static Tiers tiers(Draw d) {
    double[] thresholds = new double[d.between(0, 3)];
    for (int i = 0; i < thresholds.length; i++) {
      switch (d.between(0, 3)) {
        case 0:
          thresholds[i] = d.between(0, 100);
          break;
        case 1:
          thresholds[i] = d.rarely(50) ? 0.0 : 100.0;
          break;
        default:
          thresholds[i] = d.uniform(0, 100);
      }
    }
    double[] sorted = Arrays.stream(thresholds).distinct().sorted().toArray();
    if (sorted.length == 0) {
      return Tiers.single("T0");
    }
    int top = sorted.length - 1;
    Tiers.Ladder ladder = Tiers.from("T0", sorted[top]);
    for (int i = 1; i <= top; i++) {
      ladder = ladder.then("T" + i, sorted[top - i]);
    }
    return ladder.otherwise("T" + sorted.length);
  }

  static GeneratedAccount customer(Draw d, ModelSpec model) {
    double[] values = new double[model.size()];
    for (int i = 0; i < values.length; i++) {
      CriterionSpec c = model.criterion(i);
      boolean mayMiss = c.ifMissing().kind() != MissingValue.Kind.REJECT
          && !model.isKnockOutColumn(i);
      values[i] = value(d, c, mayMiss);
    }
    return new GeneratedAccount(values);
  }

  /**
   * A raw value for a criterion: a level index for an ordinal one; for a numeric one a value
   * in or around the scale's range, at or next to a breakpoint, extreme or infinite.
   */
  static double value(Draw d, CriterionSpec c, boolean mayMiss) {
    if (mayMiss && d.rarely(10)) {
      return Double.NaN;
    }
    if (c.isOrdinal()) {
      return d.between(0, c.levelCount() - 1);
    }
    double[] anchors = c.anchors();
    switch (d.between(0, 9)) {
      case 0:
      case 1:
        return d.pick(Arrays.stream(anchors).boxed().toList());
      case 2:
      case 3: {
        double x = d.pick(Arrays.stream(anchors).boxed().toList());
        for (int k = d.between(1, 2); k > 0; k--) {
          x = d.rarely(50) ? Math.nextUp(x) : Math.nextDown(x);
        }
        return x;
      }
      case 4:
        return EXTREMES[d.between(0, EXTREMES.length - 1)];
      case 5:
        return Scales.position(d);
      default: {
        double low = c.lowest();
        double high = c.highest();
        double margin = Math.min(high - low, Double.MAX_VALUE / 4);
        return d.uniform(Math.max(-Double.MAX_VALUE, low - margin),
            Math.min(Double.MAX_VALUE, high + margin));
      }
    }
  }
}
