package org.kamscore;

import static org.kamscore.Checks.requireArgument;

/** Utility linear in the natural logarithm between two positive bounds, clamped outside. */
final class LogarithmicScale extends Scale {
  private final double worst;
  private final double best;
  private final double logWorst;
  private final double logSpan;
  private final double low;
  private final double high;
  private final boolean higherIsBetter;

  LogarithmicScale(double worst, double best) {
    requireArgument(worst > 0 && Double.isFinite(worst),
        "worst bound of logarithmic scale must be positive and finite but was: %s", worst);
    requireArgument(best > 0 && Double.isFinite(best),
        "best bound of logarithmic scale must be positive and finite but was: %s", best);
    requireDistinct(worst, best, "logarithmic");
    this.worst = worst;
    this.best = best;
    this.logWorst = StrictMath.log(worst);
    this.logSpan = StrictMath.log(best) - logWorst;
    // bounds a few ulps apart can share a logarithm; values between them would score 0 / 0
    requireArgument(logSpan != 0.0,
        "bounds of logarithmic scale must have different logarithms but %s and %s both had: %s",
        worst, best, logWorst);
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
    double u = (StrictMath.log(value) - logWorst) / logSpan;
    if (u <= 0.0) { // also -0.0, which a lower-is-better scale gives next to its worst bound
      return 0.0;
    }
    return u > 1.0 ? 1.0 : u; // NaN passes through
  }

  @Override
  public Direction direction() {
    return higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  @Override
  String canonical() {
    return "logarithmic(" + hex(worst) + "," + hex(best) + ")";
  }

  @Override
  String readable() {
    return "logarithmic(" + worst + " -> " + best + ")";
  }
}
