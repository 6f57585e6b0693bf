package org.kamscore;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One criterion of a compiled scoring loop: what scoring it takes, in the fields of a record.
 * The JIT trusts the final fields of a record as constants wherever the record itself is one,
 * as in the static final fields of a model's {@link ScoringLoopTemplate hidden loop class}.
 * There every read below is a constant, so the extractor call and the scale call bind to this
 * model's own lambda and scale class and are inlined, whatever other models the JVM runs.
 *
 * <p>The operations are those of {@link Scorecard#interpreted(Object, int, double[])}, in its
 * order: read, keep the raw value, the utility by the same scale method (or the level table),
 * times the most points; so are the bits.
 *
 * @param scorecard the model's scorecard, for the rare paths: missing values, failures
 * @param position the criterion's position in declaration order
 * @param value a numeric criterion's extractor; else null
 * @param scale a numeric criterion's scale; else null
 * @param level an ordinal criterion's level function; else null
 * @param levels an ordinal criterion's levels; else null
 * @param maximum the most points the criterion can earn
 */
record CompiledCriterion<T>(Scorecard<T> scorecard, int position,
    ToDoubleFunction<? super T> value, Scale scale, Function<? super T, ?> level,
    LevelScale<?> levels, double maximum) {

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
        : scale.utility(raw);
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
    } catch (AttributeValues.WrongType e) {
      throw scorecard.wrongType(position, e, customer, index);
    } catch (Exception e) {
      throw scorecard.unreadable(position, customer, index, e);
    }
  }

  private int levelIndex(T customer, int index) {
    try {
      return levels.indexOf(level.apply(customer));
    } catch (AttributeValues.WrongType e) {
      throw scorecard.wrongType(position, e, customer, index);
    } catch (Exception e) {
      throw scorecard.unreadable(position, customer, index, e);
    }
  }

  @Override
  public String toString() {
    return "criterion " + position; // the record's own would print the scorecard
  }
}
