package org.kamscore;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One criterion of a compiled scoring loop: what scoring it takes, in the fields of a record.
 * The JIT trusts the final fields of a record as constants wherever the record itself is one,
 * as in the static final fields of a model's {@link ScoringLoopTemplate hidden loop class}.
 * There every read below is a constant, so the extractor call and the formula call bind to
 * this model's own lambda and scale formula and are inlined, whatever other models the JVM
 * runs; the formula's parameters are constants too ({@link ScaleFormula}).
 *
 * <p>A criterion scores in two ways. {@link #points(Object, int, double[])} does the
 * operations of {@link Scorecard#interpreted(Object, int, double[])}, in its order: read, keep
 * the raw value, a missing value to the missing-value policy, the utility by the same formula
 * (or the level table), times the most points; so are the bits. The fast {@link
 * #pointsOrNaN(Object, int, double[])} and its three siblings leave out the missing-value
 * test: a missing value scores {@code NaN}, which makes the model's sum {@code NaN}, and the
 * loop then scores that customer again the first way. A customer who misses nothing gets the same operations on the
 * same values, in the same order, without one test per criterion.
 *
 * @param scorecard the model's scorecard, for the rare paths: missing values, failures
 * @param position the criterion's position in declaration order
 * @param value a numeric criterion's extractor; else null
 * @param formula a numeric criterion's scale formula; else null
 * @param level an ordinal criterion's level function; else null
 * @param levels an ordinal criterion's levels; else null
 * @param maximum the most points the criterion can earn
 */
record CompiledCriterion<T>(Scorecard<T> scorecard, int position,
    ToDoubleFunction<? super T> value, ScaleFormula formula, Function<? super T, ?> level,
    LevelScale.Lookup levels, double maximum) {

  /*
   * The four fast methods below are one per path, each without a branch on the kind of
   * criterion or on whether raw values are kept: the template picks the method in its own code,
   * by a constant. Every call site in them runs on every call, so the JIT counts each hot and
   * inlines it whatever mix of criteria the models in the JVM have. A shared method with a
   * branch per kind has a call site on each side run in a fraction of its calls (two of eight
   * criteria ordinal: a quarter), and JDK 25's C2 takes a call site run in less than a quarter
   * of its method's calls as cold, and does not inline it if it was compiled on its own first.
   */

  /** A numeric criterion's points for {@code score()}, {@code NaN} if the value is missing. */
  double pointsOrNaN(T customer, int index) {
    return formula.utility(read(customer, index)) * maximum; // NaN for NaN
  }

  /** An ordinal criterion's points for {@code score()}, {@code NaN} if the level is missing. */
  double levelPointsOrNaN(T customer, int index) {
    return levelUtility(customer, index) * maximum;
  }

  /**
   * A numeric criterion's points for {@code evaluate()}, {@code NaN} if the value is missing,
   * keeping the raw value in {@code raws}.
   */
  double pointsOrNaN(T customer, int index, double[] raws) {
    double raw = read(customer, index);
    raws[position] = raw;
    return formula.utility(raw) * maximum; // NaN for NaN
  }

  /**
   * An ordinal criterion's points for {@code evaluate()}, {@code NaN} if the level is missing,
   * keeping the level's position in {@code raws}.
   */
  double levelPointsOrNaN(T customer, int index, double[] raws) {
    int i = levelIndex(customer, index);
    raws[position] = i < 0 ? Double.NaN : i;
    return (i < 0 ? Double.NaN : levels.utilityAt(i)) * maximum;
  }

  /** The points the customer earns here, keeping the raw value in {@code raws} unless null. */
  double points(T customer, int index, double[] raws) {
    if (levels != null) {
      return levelPoints(customer, index, raws);
    }
    double raw = read(customer, index);
    if (raws != null) {
      raws[position] = raw;
    }
    double utility = raw != raw
        ? scorecard.missingUtility(position, customer, index)
        : formula.utility(raw);
    return utility * maximum;
  }

  /**
   * An ordinal criterion's points: its raw value is the level's index, scored by table. The
   * index is kept an {@code int}, where the interpreted loop turns it into a {@code double}
   * and back: the same index, the same table entry.
   */
  private double levelPoints(T customer, int index, double[] raws) {
    int i = levelIndex(customer, index);
    if (raws != null) {
      raws[position] = i < 0 ? Double.NaN : i;
    }
    double utility = i < 0
        ? scorecard.missingUtility(position, customer, index)
        : levels.utilityAt(i);
    return utility * maximum;
  }

  private double read(T customer, int index) {
    try {
      return value.applyAsDouble(customer);
    } catch (Exception e) {
      throw failure(e, customer, index);
    }
  }

  private int levelIndex(T customer, int index) {
    try {
      return levels.indexOf(level.apply(customer));
    } catch (Exception e) {
      throw failure(e, customer, index);
    }
  }

  private double levelUtility(T customer, int index) {
    try {
      return levels.utilityOf(level.apply(customer));
    } catch (Exception e) {
      throw failure(e, customer, index);
    }
  }

  /** The failure to read this criterion of a customer; out of line. */
  private ScoringException failure(Exception e, T customer, int index) {
    return e instanceof AttributeValues.WrongType
        ? scorecard.wrongType(position, (AttributeValues.WrongType) e, customer, index)
        : scorecard.unreadable(position, customer, index, e);
  }

  @Override
  public String toString() {
    return "criterion " + position; // the record's own would print the scorecard
  }
}
