package org.kamscore;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A model's criteria compiled at build into flat arrays — value extractors, scales, most
 * points, missing-value policies — so that scoring is a loop that allocates nothing. Every
 * result of a model, fast path or explained, is computed here by the same operations in the
 * same order, which is what makes them bit-identical.
 */
final class Scorecard<T> {
  private static final byte LINEAR = 0;
  private static final byte LOGARITHMIC = 1;
  private static final byte POINTS = 2;
  private static final byte STEPS = 3;
  private static final byte OTHER = 4;

  private final List<CriterionDefinition<T>> criteria;
  private final Failures<T> failures;
  private final ToDoubleFunction<? super T>[] values;
  private final Scale[] scales;
  /** Per criterion which final Scale class scales[i] is, so scale() calls it directly. */
  private final byte[] kinds;
  private final double[] maximum;
  private final MissingValue.Kind[] ifMissing;
  private final double[] substitutes;

  Scorecard(List<CriterionDefinition<T>> criteria, Failures<T> failures) {
    this.criteria = criteria;
    this.failures = failures;
    int n = criteria.size();
    this.values = newValueArray(n);
    this.scales = new Scale[n];
    this.kinds = new byte[n];
    this.maximum = Weights.maximumPoints(criteria);
    this.ifMissing = new MissingValue.Kind[n];
    this.substitutes = new double[n];
    for (int i = 0; i < n; i++) {
      CriterionDefinition<T> c = criteria.get(i);
      values[i] = c.value;
      scales[i] = c.scale instanceof LevelScale.IndexScale
          ? ((LevelScale.IndexScale) c.scale).steps() // the same utilities, one call less
          : c.scale;
      kinds[i] = kindOf(scales[i]);
      ifMissing[i] = c.ifMissing.kind();
      substitutes[i] = c.substitute();
    }
  }

  int size() {
    return maximum.length;
  }

  /** The most points criterion {@code i} can earn: its weight share times 100. */
  double maximum(int i) {
    return maximum[i];
  }

  /** The raw value a missing value of criterion {@code i} is scored as, or NaN. */
  double substitute(int i) {
    return substitutes[i];
  }

  /** The score: the points of every criterion, added in declaration order, clamped. */
  double score(T customer, int index) {
    double sum = 0.0;
    for (int i = 0; i < maximum.length; i++) {
      sum += points(i, read(i, customer, index), customer, index);
    }
    return clamp(sum);
  }

  /** The points criterion {@code i} earns for a raw value read from the customer. */
  double points(int i, double raw, T customer, int index) {
    return utility(i, raw, customer, index) * maximum[i];
  }

  /** Rounding can take a sum of shares a hair past 100; the clamp is monotone. */
  static double clamp(double sum) {
    return sum > 100.0 ? 100.0 : sum;
  }

  private static byte kindOf(Scale scale) {
    if (scale instanceof LinearScale) {
      return LINEAR;
    }
    if (scale instanceof LogarithmicScale) {
      return LOGARITHMIC;
    }
    if (scale instanceof PointsScale) {
      return POINTS;
    }
    return scale instanceof StepScale ? STEPS : OTHER;
  }

  /**
   * The utility of a raw value on criterion {@code i}. The switch calls the final scale
   * classes directly: one virtual call site over five scale classes would be megamorphic, and
   * the JIT could inline none of them.
   */
  private double scale(int i, double raw) {
    Scale scale = scales[i];
    switch (kinds[i]) {
      case LINEAR:
        return ((LinearScale) scale).utility(raw);
      case LOGARITHMIC:
        return ((LogarithmicScale) scale).utility(raw);
      case POINTS:
        return ((PointsScale) scale).utility(raw);
      case STEPS:
        return ((StepScale) scale).utility(raw);
      default:
        return scale.utility(raw);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> ToDoubleFunction<? super T>[] newValueArray(int n) {
    return new ToDoubleFunction[n];
  }

  /**
   * What criterion {@code i} contributed, from what an evaluation kept: the raw value scored
   * and whether the customer's value was missing. The utility is computed again, by the same
   * code as in {@link #points}, so it is bit-identical.
   */
  Contribution contribution(int i, double scored, boolean missing) {
    double utility = missing && ifMissing[i] == MissingValue.Kind.WORST ? 0.0 : scale(i, scored);
    CriterionDefinition<T> c = criteria.get(i);
    return new Contribution(c.name, scored, c.display(scored), missing, utility,
        maximum[i] / 100.0, utility * maximum[i], maximum[i]);
  }

  // read and utility are on the hot path: kept small, with their rare cases out of line, so
  // that the JIT inlines them into score() and evaluate()

  double read(int i, T customer, int index) {
    try {
      return values[i].applyAsDouble(customer);
    } catch (Exception e) {
      throw unreadable(i, customer, index, e);
    }
  }

  private ScoringException unreadable(int i, T customer, int index, Exception e) {
    return failures.unreadable("criterion", criteria.get(i).name, customer, index, e);
  }

  private double utility(int i, double raw, T customer, int index) {
    return raw != raw ? missingUtility(i, customer, index) : scale(i, raw);
  }

  private double missingUtility(int i, T customer, int index) {
    switch (ifMissing[i]) {
      case WORST:
        return 0.0;
      case SUBSTITUTE_VALUE:
      case SUBSTITUTE_LEVEL:
        return scale(i, substitutes[i]);
      default:
        throw missing(criteria.get(i), customer, index);
    }
  }

  private ScoringException missing(CriterionDefinition<T> c, T customer, int index) {
    if (c.levels == null) {
      return failures.missingValue(c.name, Double.NaN, customer, index);
    }
    Object level;
    try {
      level = c.level.apply(customer);
    } catch (Exception e) {
      return failures.unreadable("criterion", c.name, customer, index, e);
    }
    return failures.unknownLevel(c.name, level, c.levels, customer, index);
  }
}
