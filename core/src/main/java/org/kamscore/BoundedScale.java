package org.kamscore;

import java.util.Locale;

/**
 * A scale between a worst and a best bound, clamped outside them: what linear and logarithmic
 * scales share, made by {@link Scale#linear(double, double)} and
 * {@link Scale#logarithmic(double, double)}. Bounds given high-to-low make a lower-is-better
 * scale. Immutable.
 *
 * @since 0.1.0
 */
public abstract sealed class BoundedScale extends Scale permits LinearScale, LogarithmicScale {
  private final ScaleKind kind;
  final double worst;
  final double best;
  final double low;
  final double high;
  final boolean higherIsBetter;

  /** Takes bounds already checked to be finite and valid for the kind; checks they differ. */
  BoundedScale(ScaleKind kind, double worst, double best) {
    Checks.requireArgument(worst != best, "bounds of %s scale must differ but both were: %s",
        kind.name().toLowerCase(Locale.ROOT), worst);
    this.kind = kind;
    this.worst = worst;
    this.best = best;
    this.low = Math.min(worst, best);
    this.high = Math.max(worst, best);
    this.higherIsBetter = best > worst;
  }

  /**
   * Returns the raw value with utility 0.
   *
   * @return the worst bound, as declared
   */
  public final double worst() {
    return worst;
  }

  /**
   * Returns the raw value with utility 1.
   *
   * @return the best bound, as declared
   */
  public final double best() {
    return best;
  }

  @Override
  public final ScaleKind kind() {
    return kind;
  }

  /** The utility of a value at or past a bound: 0 past the worst, 1 past the best. */
  static double clamped(double value, double low, boolean higherIsBetter) {
    return (value <= low) == higherIsBetter ? 0.0 : 1.0;
  }

  @Override
  public final Direction direction() {
    return higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  @Override
  final String canonical() {
    return name() + "(" + hex(worst) + "," + hex(best) + ")";
  }

  @Override
  final String readable() {
    return name() + "(" + worst + " -> " + best + ")";
  }

  private String name() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
