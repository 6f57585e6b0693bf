package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Checks.requireFinite;

/** Utility linear between two bounds, clamped outside. */
final class LinearScale extends BoundedScale {
  private final Formula formula;

  LinearScale(double worst, double best) {
    super(ScaleKind.LINEAR, requireFinite(worst, "worst bound of linear scale"),
        requireFinite(best, "best bound of linear scale"));
    double span = best - worst;
    requireArgument(Double.isFinite(span),
        "distance between the bounds of linear scale must be finite but was: %s", span);
    this.formula = new Formula(low, high, higherIsBetter, worst, span);
  }

  @Override
  Formula formula() {
    return formula;
  }

  /** The linear formula: {@code (value - worst) / span} between the bounds. */
  record Formula(double low, double high, boolean higherIsBetter, double worst, double span)
      implements ScaleFormula {
    @Override
    public double utility(double value) {
      if (value <= low || value >= high) {
        return clamped(value, low, higherIsBetter);
      }
      double u = (value - worst) / span;
      return u > 1.0 ? 1.0 : u; // NaN passes through
    }
  }
}
