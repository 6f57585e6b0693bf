package org.kamscore;

import static org.kamscore.Checks.requireArgument;

/** Utility linear between two bounds, clamped outside. */
final class LinearScale extends Scale {
  private final double worst;
  private final double best;
  private final double span;
  private final double low;
  private final double high;
  private final boolean higherIsBetter;

  LinearScale(double worst, double best) {
    this.worst = requireBound(worst, "worst bound of linear scale");
    this.best = requireBound(best, "best bound of linear scale");
    requireDistinct(worst, best, "linear");
    this.span = best - worst;
    requireArgument(Double.isFinite(span),
        "distance between the bounds of linear scale must be finite but was: %s", span);
    this.higherIsBetter = best > worst;
    this.low = Math.min(worst, best);
    this.high = Math.max(worst, best);
  }

  @Override
  public double utility(double value) {
    if (value <= low) {
      return higherIsBetter ? 0.0 : 1.0;
    }
    if (value >= high) {
      return higherIsBetter ? 1.0 : 0.0;
    }
    double u = (value - worst) / span;
    return u > 1.0 ? 1.0 : u; // NaN passes through
  }

  @Override
  public Direction direction() {
    return higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  @Override
  String canonical() {
    return "linear(" + hex(worst) + "," + hex(best) + ")";
  }

  @Override
  String readable() {
    return "linear(" + worst + " -> " + best + ")";
  }
}
