package org.kamscore;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A model's criteria compiled at build into flat arrays — value extractors, scales, most
 * points, missing-value policies — so that scoring is a loop that allocates nothing. Every
 * result of a model, fast path or explained, is computed here by the same operations in the
 * same order, which is what makes them bit-identical.
 *
 * <p>The loop runs in one of two forms. Compiled, a class of the model's own ({@link
 * ScoringLoops}), in which each criterion's extractor and scale are inlined however many
 * models the JVM runs; interpreted, {@link #interpreted(Object, int, double[])}, the loop over
 * the arrays, for models that cannot be compiled.
 */
final class Scorecard<T> {
  private static final byte LINEAR = 0;
  private static final byte LOGARITHMIC = 1;
  private static final byte POINTS = 2;
  private static final byte STEPS = 3;
  private static final byte LEVELS = 4;
  private static final byte OTHER = 5;

  private final List<CriterionDefinition<T>> criteria;
  private final Failures<T> failures;
  /** Per numeric criterion the user's extractor; else null. */
  private final ToDoubleFunction<? super T>[] values;
  private final Scale[] scales;
  /** Per criterion which final Scale class scales[i] is, so scale() calls it directly. */
  private final byte[] kinds;
  /** Per ordinal criterion the user's level function; else null. */
  private final Function<? super T, ?>[] levelOf;
  /** Per ordinal criterion its levels, which score a level index by table; else null. */
  private final LevelScale<?>[] levels;
  private final double[] maximum;
  private final MissingValue.Kind[] ifMissing;
  private final double[] substitutes;
  /** The model's compiled loop, or null if it scores through {@link #interpreted}. */
  private final ScoringLoop<T> compiled;

  Scorecard(List<CriterionDefinition<T>> criteria, Failures<T> failures) {
    this.criteria = criteria;
    this.failures = failures;
    int n = criteria.size();
    this.values = newArray(ToDoubleFunction.class, n);
    this.scales = new Scale[n];
    this.kinds = new byte[n];
    this.levelOf = newArray(Function.class, n);
    this.levels = new LevelScale<?>[n];
    this.maximum = Weights.maximumPoints(criteria);
    this.ifMissing = new MissingValue.Kind[n];
    this.substitutes = new double[n];
    for (int i = 0; i < n; i++) {
      CriterionDefinition<T> c = criteria.get(i);
      values[i] = c.value;
      scales[i] = c.scale;
      levelOf[i] = c.level;
      levels[i] = c.levels;
      kinds[i] = c.levels != null ? LEVELS : kindOf(c.scale);
      ifMissing[i] = c.ifMissing.kind();
      substitutes[i] = c.substitute();
    }
    this.compiled = ScoringLoops.compile(compiledCriteria());
  }

  /** The criteria as a compiled loop reads them, each with its scale and most points. */
  List<CompiledCriterion<T>> compiledCriteria() {
    List<CompiledCriterion<T>> list = new ArrayList<>(criteria.size());
    for (int i = 0; i < criteria.size(); i++) {
      CriterionDefinition<T> c = criteria.get(i);
      ScaleFormula formula = c.levels == null ? c.scale.formula() : null;
      LevelScale.Lookup levels = c.levels == null ? null : c.levels.lookup();
      list.add(new CompiledCriterion<>(this, i, c.value, formula, c.level, levels, maximum[i]));
    }
    return list;
  }

  /** Whether the model scores through a compiled loop of its own. */
  boolean isCompiled() {
    return compiled != null;
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
    ScoringLoop<T> loop = compiled;
    return loop != null ? loop.score(customer, index) : interpreted(customer, index, null);
  }

  /** The score, keeping in {@code raws} every raw value read, NaN if missing. */
  double score(T customer, int index, double[] raws) {
    ScoringLoop<T> loop = compiled;
    return loop != null ? loop.score(customer, index, raws) : interpreted(customer, index, raws);
  }

  /**
   * The score by the interpreted loop: that of models that are not compiled, and the oracle of
   * the compiled loops, which perform the same operations in the same order.
   *
   * <p>The switch calls the final scale classes directly: one virtual call site over five
   * scale classes would be megamorphic, and the JIT could inline none of them. It is written
   * out here, not in a helper: a helper holding it, once compiled on its own, is too big for
   * the JIT to inline into this loop.
   */
  double interpreted(T customer, int index, double[] raws) {
    double sum = 0.0;
    for (int i = 0; i < kinds.length; i++) {
      double raw = read(i, customer, index);
      if (raws != null) {
        raws[i] = raw;
      }
      double utility;
      if (raw != raw) {
        utility = missingUtility(i, customer, index);
      } else {
        switch (kinds[i]) {
          case LINEAR:
            utility = ((LinearScale) scales[i]).utility(raw);
            break;
          case LOGARITHMIC:
            utility = ((LogarithmicScale) scales[i]).utility(raw);
            break;
          case POINTS:
            utility = ((PointsScale) scales[i]).utility(raw);
            break;
          case STEPS:
            utility = ((StepScale) scales[i]).utility(raw);
            break;
          case LEVELS: // raw is the level's index
            utility = levels[i].utilityAt((int) raw);
            break;
          default:
            utility = scales[i].utility(raw);
        }
      }
      sum += utility * maximum[i];
    }
    return clamp(sum);
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

  /** A new array of a generic type: {@code component} is that type's class. */
  @SuppressWarnings("unchecked")
  private static <A> A[] newArray(Class<?> component, int n) {
    return (A[]) Array.newInstance(component, n);
  }

  /**
   * What criterion {@code i} contributed, from what an evaluation kept: the raw value read,
   * {@code NaN} if the customer's was missing (then the substitute is what was scored). The
   * utility is computed again, by the same scale method as the scoring loops, so it is
   * bit-identical.
   */
  Contribution contribution(int i, double raw) {
    boolean missing = raw != raw;
    double scored = missing ? substitutes[i] : raw;
    double utility = missing && ifMissing[i] == MissingValue.Kind.WORST ? 0.0 : utility(i, scored);
    CriterionDefinition<T> c = criteria.get(i);
    return new Contribution(c.name, scored, c.display(scored), missing, utility,
        maximum[i] / 100.0, utility * maximum[i], maximum[i]);
  }

  /** Checks recorded raw values, one per criterion, and returns them as an array. */
  double[] recorded(List<Double> rawValues) {
    Checks.requireArgument(rawValues.size() == kinds.length,
        "recorded values must be one per criterion, %d, but were: %d", kinds.length,
        rawValues.size());
    double[] raws = new double[kinds.length];
    for (int i = 0; i < raws.length; i++) {
      double raw = Checks.requireNonNull(rawValues.get(i), "recorded value %d", i);
      String name = criteria.get(i).name;
      if (raw != raw) {
        Checks.requireArgument(ifMissing[i] != MissingValue.Kind.REJECT,
            "recorded value of criterion '%s' must be a number, as its missing-value policy "
                + "rejects a missing one, but was: NaN", name);
      } else if (kinds[i] == LEVELS) {
        Checks.requireArgument(raw == Math.rint(raw) && raw >= 0 && raw < levels[i].levels().size(),
            "recorded value of ordinal criterion '%s' must be a level's position in [0, %d] "
                + "but was: %s", name, levels[i].levels().size() - 1, raw);
      }
      raws[i] = raw;
    }
    return raws;
  }

  /**
   * The score of recorded raw values: the loop of {@link #interpreted(Object, int, double[])}, by
   * the same scale methods in the same order, so the bits are the same.
   */
  double scoreRecorded(double[] raws) {
    double sum = 0.0;
    for (int i = 0; i < kinds.length; i++) {
      double raw = raws[i];
      double utility = raw != raw ? missingUtility(i, null, -1) : utility(i, raw);
      sum += utility * maximum[i];
    }
    return clamp(sum);
  }

  /**
   * Criterion {@code i}'s utility of a raw value that is no customer's (a substitute, or one an
   * evaluation kept), by the scale method the scoring loops call: bit-identical.
   */
  private double utility(int i, double raw) {
    return kinds[i] == LEVELS ? levels[i].utilityAt((int) raw) : scales[i].utility(raw);
  }

  // read is on the hot path: kept small, with its rare cases out of line, so that the JIT
  // inlines it into the scoring loop

  private double read(int i, T customer, int index) {
    try {
      // an ordinal criterion's level is mapped to its index: the raw value its scale scores
      return kinds[i] == LEVELS
          ? levels[i].index(levelOf[i].apply(customer))
          : value(i, customer);
    } catch (AttributeValues.WrongType e) {
      throw wrongType(i, e, customer, index);
    } catch (Exception e) {
      throw unreadable(i, customer, index, e);
    }
  }

  ScoringException wrongType(int i, AttributeValues.WrongType e, T customer, int index) {
    return failures.wrongType("criterion", criteria.get(i).name, e, customer, index);
  }

  /**
   * Criterion {@code i}'s raw value. The JIT profiles each call site by the classes it sees;
   * one site for every criterion sees every extractor and can inline none of them. One site
   * per position sees one extractor per model: while one model is hot, each extractor is
   * inlined (about 80 instead of 98 ns per customer in the benchmarks); with several hot
   * models the sites see several lambdas again and cost what one shared site costs.
   */
  private double value(int i, T customer) {
    ToDoubleFunction<? super T> v = values[i];
    switch (i) {
      case 0: return v.applyAsDouble(customer);
      case 1: return v.applyAsDouble(customer);
      case 2: return v.applyAsDouble(customer);
      case 3: return v.applyAsDouble(customer);
      case 4: return v.applyAsDouble(customer);
      case 5: return v.applyAsDouble(customer);
      case 6: return v.applyAsDouble(customer);
      case 7: return v.applyAsDouble(customer);
      case 8: return v.applyAsDouble(customer);
      case 9: return v.applyAsDouble(customer);
      case 10: return v.applyAsDouble(customer);
      case 11: return v.applyAsDouble(customer);
      default: return v.applyAsDouble(customer);
    }
  }

  ScoringException unreadable(int i, T customer, int index, Exception e) {
    return failures.unreadable("criterion", criteria.get(i).name, customer, index, e);
  }

  /** The utility of criterion {@code i} where the customer's value is missing; out of line. */
  double missingUtility(int i, T customer, int index) {
    switch (ifMissing[i]) {
      case WORST:
        return 0.0;
      case SUBSTITUTE_VALUE:
      case SUBSTITUTE_LEVEL:
        return utility(i, substitutes[i]);
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
