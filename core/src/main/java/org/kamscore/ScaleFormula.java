package org.kamscore;

/**
 * A scale's utility function, with its parameters as the components of a record. Every
 * numeric scale scores through its formula, so the interpreted and the compiled scoring loops
 * share one formula per scale kind, and its bits.
 *
 * <p>Why records: the JIT trusts the final fields of a record as constants wherever the record
 * itself is one, as in a criterion of a model's compiled loop ({@link CompiledCriterion}). The
 * parameters then fold into the code, and so do the lengths of the breakpoint arrays of points
 * and step scales, over which the JIT unrolls the loops below: they are counted loops with no
 * early exit for that reason.
 */
sealed interface ScaleFormula
    permits LinearScale.Formula, LogarithmicScale.Formula, PointsScale.Formula,
        StepScale.Formula {

  /**
   * The utility of a raw value: in {@code [0, 1]} for a number or an infinity, {@code NaN} for
   * {@code NaN}, which a compiled loop relies on to find a missing value once per customer.
   */
  double utility(double value);
}
