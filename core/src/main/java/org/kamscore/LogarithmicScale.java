package org.kamscore;

import static org.kamscore.Checks.requireArgument;

/** Utility linear in the natural logarithm between two positive bounds, clamped outside. */
final class LogarithmicScale extends BoundedScale {
  private final Formula formula;

  LogarithmicScale(double worst, double best) {
    super(ScaleKind.LOGARITHMIC, requirePositive(worst, "worst"), requirePositive(best, "best"));
    double logWorst = StrictMath.log(worst);
    double logSpan = StrictMath.log(best) - logWorst;
    // bounds a few ulps apart can share a logarithm; values between them would score 0 / 0
    requireArgument(logSpan != 0.0,
        "bounds of logarithmic scale must have different logarithms but %s and %s both had: %s",
        worst, best, logWorst);
    this.formula = new Formula(low, high, higherIsBetter, logWorst, logSpan);
  }

  @Override
  Formula formula() {
    return formula;
  }

  private static double requirePositive(double bound, String which) {
    requireArgument(bound > 0 && Double.isFinite(bound),
        "%s bound of logarithmic scale must be positive and finite but was: %s", which, bound);
    return bound;
  }

  /** The logarithmic formula: {@code (log(value) - log(worst)) / logSpan} between the bounds. */
  record Formula(double low, double high, boolean higherIsBetter, double logWorst,
      double logSpan) implements ScaleFormula {
    @Override
    public double utility(double value) {
      if (value <= low || value >= high) {
        return clamped(value, low, higherIsBetter);
      }
      double u = (StrictMath.log(value) - logWorst) / logSpan;
      if (u <= 0.0) { // also -0.0, which a lower-is-better scale gives next to its worst bound
        return 0.0;
      }
      return u > 1.0 ? 1.0 : u; // NaN passes through
    }
  }
}
