package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Checks.requireFinite;

/** Utility linear between two bounds, clamped outside. */
final class LinearScale extends BoundedScale {
  private final double span;

  LinearScale(double worst, double best) {
    super(ScaleKind.LINEAR, requireFinite(worst, "worst bound of linear scale"),
        requireFinite(best, "best bound of linear scale"));
    this.span = best - worst;
    requireArgument(Double.isFinite(span),
        "distance between the bounds of linear scale must be finite but was: %s", span);
  }

  @Override
  public double utility(double value) {
    if (value <= low || value >= high) {
      return clamped(value);
    }
    double u = (value - worst) / span;
    return u > 1.0 ? 1.0 : u; // NaN passes through
  }
}
