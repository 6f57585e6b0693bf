package org.kamscore;

/**
 * The kinds of {@link CriterionScale}, for reading a built model back, such as to store it as
 * a policy document. Each kind names the parameters that describe it exactly.
 *
 * @since 0.1.0
 */
public enum ScaleKind {
  /** {@link Scale#linear(double, double)}: {@link BoundedScale#worst()} and {@code best()}. */
  LINEAR,
  /** {@link Scale#logarithmic(double, double)}: {@link BoundedScale#worst()} and {@code best()}. */
  LOGARITHMIC,
  /** {@link Scale#points(double, double)}: {@link PointsScale#values()} and utilities. */
  POINTS,
  /** {@link Scale#steps(double)}: {@link StepScale#utilityBelow()}, thresholds and utilities. */
  STEPS,
  /** An ordinal {@link LevelScale}: {@link LevelScale#levels()} and utilities. */
  LEVELS
}
