package org.kamscore.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamscore.Attributes;
import org.kamscore.LevelScale;
import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.json.Account.Relevance;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;
import org.quicktheories.core.Gen;

/**
 * Generated policies over map rows, bound to attributes: 1 to 8 criteria of every scale kind
 * (linear and logarithmic either way, points, steps, levels of text, integers, booleans and an
 * enum), every missing-value policy, 0 to 3 knock-outs with and without caps, 1 to 4 tiers,
 * names that JSON and YAML must quote or escape; and customers with values inside and outside
 * the scales, undeclared levels and missing values.
 */
final class GeneratedPolicies {
  static final Attributes<Map<String, ?>> MAPS = Attributes.ofMaps();
  static final PolicyFormat JSON = PolicyFormat.json().withLevelTypes(Relevance.class);
  static final PolicyFormat YAML = PolicyFormat.yaml().withLevelTypes(Relevance.class);

  /** A policy and the customers to score with it. */
  record Case(ScoringModel<Map<String, ?>> model, List<Map<String, ?>> customers) {}

  private GeneratedPolicies() {}

  static Gen<Case> cases() {
    return in -> {
      Dice d = new Dice(in);
      ScoringModel<Map<String, ?>> model = model(d);
      List<Map<String, ?>> customers = new ArrayList<>();
      for (int n = d.between(1, 4); n > 0; n--) {
        customers.add(customer(d, model));
      }
      return new Case(model, customers);
    };
  }

  static Gen<ScoringModel<Map<String, ?>>> models() {
    return in -> model(new Dice(in));
  }

  static ScoringModel<Map<String, ?>> model(Dice d) {
    return model(d, 8);
  }

  /** A model of 1 to {@code maxCriteria} criteria. */
  static ScoringModel<Map<String, ?>> model(Dice d, int maxCriteria) {
    Tiers tiers = tiers(d);
    ScoringModel.Builder<Map<String, ?>> b = ScoringModel.builder(MAPS)
        .id(d.name("model"), d.name("v1"))
        .tiers(tiers);
    int n = d.between(1, maxCriteria);
    for (int i = 0; i < n; i++) {
      String name = d.name("c" + i);
      double weight = d.chance(50) ? d.between(1, 40) : d.number() + 1e-6;
      if (d.chance(25)) {
        LevelScale<?> levels = levels(d);
        b.criterion(name, "a" + i, levels, weight);
        missing(d, b, levels);
      } else {
        Scale scale = scale(d);
        b.criterion(name, "a" + i, scale, weight);
        missing(d, b, null);
      }
      if (d.chance(30)) {
        b.describedAs(d.name("what it measures"));
      }
    }
    for (int k = d.between(0, 3); k > 0; k--) {
      String name = d.name("k" + k);
      double bound = d.chance(50) ? d.number() : -d.number();
      if (d.chance(50)) {
        b.knockOutBelow(name, "k" + k, bound);
      } else {
        b.knockOutAbove(name, "k" + k, bound);
      }
      if (d.chance(50)) {
        b.cappedAt(d.pick(tiers.all()).label());
      }
    }
    return b.build();
  }

  private static void missing(Dice d, ScoringModel.Builder<?> b, LevelScale<?> levels) {
    switch (d.between(0, 3)) {
      case 0:
        return; // the default, reject
      case 1:
        b.ifMissing(MissingValue.worst());
        return;
      case 2:
        b.ifMissing(MissingValue.reject());
        return;
      default:
        b.ifMissing(levels == null
            ? MissingValue.substitute(signed(d))
            : MissingValue.substituteLevel(d.pick(levels.levels())));
    }
  }

  private static double signed(Dice d) {
    return d.chance(30) ? -d.number() : d.number();
  }

  private static Scale scale(Dice d) {
    switch (d.between(0, 3)) {
      case 0: {
        double worst = signed(d);
        double best = signed(d);
        return Scale.linear(worst, best == worst ? worst + 1 : best);
      }
      case 1: {
        double worst = d.number() + 1e-3;
        double best = d.number() + 1e-3;
        return Scale.logarithmic(worst,
            StrictMath.log(best) == StrictMath.log(worst) ? worst * 2 : best);
      }
      case 2: {
        int k = d.between(2, 5);
        double[] u = ordered(d, d.utilities(k));
        double v = signed(d);
        var points = Scale.points(v, u[0]);
        for (int i = 1; i < k; i++) {
          v += d.number() + 1e-3;
          points = points.then(v, u[i]);
        }
        return points;
      }
      default: {
        int k = d.between(1, 4);
        double[] u = ordered(d, d.utilities(k + 1));
        var steps = Scale.steps(u[0]);
        double t = signed(d);
        for (int i = 1; i <= k; i++) {
          steps = steps.atLeast(t, u[i]);
          t += d.number() + 1e-3;
        }
        return steps;
      }
    }
  }

  /** Ascending utilities, reversed half the time for a lower-is-better scale. */
  private static double[] ordered(Dice d, double[] ascending) {
    if (d.chance(50)) {
      return ascending;
    }
    double[] reversed = new double[ascending.length];
    for (int i = 0; i < reversed.length; i++) {
      reversed[i] = ascending[ascending.length - 1 - i];
    }
    return reversed;
  }

  private static LevelScale<?> levels(Dice d) {
    List<Object> levels = new ArrayList<>();
    switch (d.between(0, 3)) {
      case 0: {
        Set<String> names = new LinkedHashSet<>();
        for (int k = d.between(2, 4); names.size() < k; ) {
          names.add(d.name("level" + names.size()));
        }
        levels.addAll(names);
        break;
      }
      case 1: {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (int k = d.between(2, 4); numbers.size() < k; ) {
          numbers.add(d.between(-5, 5) * (d.chance(10) ? 1_000_000 : 1));
        }
        levels.addAll(numbers);
        break;
      }
      case 2:
        levels.add(d.chance(50));
        levels.add(!(Boolean) levels.get(0));
        break;
      default:
        List<Relevance> constants = new ArrayList<>(List.of(Relevance.values()));
        java.util.Collections.rotate(constants, d.between(0, 2));
        levels.addAll(constants.subList(0, d.between(2, 3)));
    }
    double[] u = ordered(d, d.utilities(levels.size()));
    LevelScale<Object> scale = Scale.level(levels.get(0), u[0]);
    for (int i = 1; i < levels.size(); i++) {
      scale = scale.then(levels.get(i), u[i]);
    }
    return scale;
  }

  private static Tiers tiers(Dice d) {
    int n = d.between(1, 4);
    if (n == 1) {
      return Tiers.single(d.name("all"));
    }
    double[] thresholds = new double[n - 1];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = d.chance(50) ? d.between(0, 100) : d.between(0, 1_000_000) / 1e4;
    }
    double[] sorted = java.util.Arrays.stream(thresholds).distinct().sorted().toArray();
    Tiers.Ladder ladder = Tiers.from(d.name("T0"), sorted[sorted.length - 1]);
    for (int i = sorted.length - 2; i >= 0; i--) {
      ladder = ladder.then("T" + (sorted.length - 1 - i), sorted[i]);
    }
    return ladder.otherwise("lowest");
  }

  /** A matrix of two generated models, cut at 1 to 3 points, every cell named. */
  static PortfolioMatrix<Map<String, ?>> matrix(Dice d) {
    Bands rows = bands(d);
    Bands columns = bands(d);
    PortfolioMatrix.Builder<Map<String, ?>> b = PortfolioMatrix.<Map<String, ?>>builder(
            cast(Map.class))
        .id(d.name("matrix"), "1")
        .rows(model(d, 3), rows)
        .columns(model(d, 3), columns);
    for (String row : rows.labels()) {
      for (String column : columns.labels()) {
        if (d.chance(50)) {
          b.cell(row, column, d.name(row + "/" + column));
        } else {
          b.cell(row, column, d.name(row + "/" + column), d.name("treat them well"));
        }
      }
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> cast(Class<?> type) {
    return (Class<T>) type;
  }

  private static Bands bands(Dice d) {
    double[] cuts = new double[d.between(1, 3)];
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = d.between(1, 99) + (d.chance(50) ? 0 : d.between(0, 999) / 1000.0);
    }
    Bands bands = Bands.cutAt(java.util.Arrays.stream(cuts).distinct().sorted().toArray());
    if (d.chance(50)) {
      return bands;
    }
    String[] labels = new String[bands.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = d.name("band " + i);
    }
    return bands.labelled(labels);
  }

  /** A customer: every attribute the model reads, sometimes missing or out of range. */
  static Map<String, ?> customer(Dice d, ScoringModel<Map<String, ?>> model) {
    Map<String, Object> row = new HashMap<>();
    for (var c : model.criteria()) {
      String attribute = c.attribute().orElseThrow();
      if (d.chance(10)) {
        if (d.chance(50)) {
          row.put(attribute, null);
        }
        continue;
      }
      if (c.scale() instanceof LevelScale) {
        List<?> levels = ((LevelScale<?>) c.scale()).levels();
        Object level = d.pick(levels);
        if (d.chance(5) && level instanceof Integer) {
          level = 99; // undeclared: missing
        }
        row.put(attribute, level);
      } else {
        row.put(attribute, d.chance(20) ? (Object) d.between(-100, 100) : (Object) signed(d));
      }
    }
    for (var k : model.knockOuts()) {
      row.put(k.attribute().orElseThrow(), signed(d));
    }
    return row;
  }
}
