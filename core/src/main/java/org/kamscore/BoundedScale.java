package org.kamscore;

/**
 * A scale between a worst and a best bound, clamped outside them: what linear and logarithmic
 * scales share. Bounds given high-to-low make a lower-is-better scale.
 */
abstract sealed class BoundedScale extends Scale permits LinearScale, LogarithmicScale {
  private final String kind;
  final double worst;
  final double best;
  final double low;
  final double high;
  final boolean higherIsBetter;

  /** Takes bounds already checked to be finite and valid for the kind; checks they differ. */
  BoundedScale(String kind, double worst, double best) {
    Checks.requireArgument(worst != best,
        "bounds of %s scale must differ but both were: %s", kind, worst);
    this.kind = kind;
    this.worst = worst;
    this.best = best;
    this.low = Math.min(worst, best);
    this.high = Math.max(worst, best);
    this.higherIsBetter = best > worst;
  }

  /** The utility of a value at or beyond a bound: 0 at the worst end, 1 at the best. */
  final double clamped(double value) {
    return (value <= low) == higherIsBetter ? 0.0 : 1.0;
  }

  @Override
  public final Direction direction() {
    return higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  @Override
  final String canonical() {
    return kind + "(" + hex(worst) + "," + hex(best) + ")";
  }

  @Override
  final String readable() {
    return kind + "(" + worst + " -> " + best + ")";
  }
}
