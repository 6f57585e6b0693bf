package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Checks.requireFinite;
import static org.kamscore.Scale.requireUtility;

import java.util.Arrays;
import java.util.List;

/**
 * A piecewise-linear scale through breakpoints, made by {@link Scale#points(double, double)}.
 *
 * <pre>{@code
 * Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0)   // growth rating 1..5
 * }</pre>
 *
 * <p>Breakpoint values must strictly increase and their utilities must be monotone: never
 * falling (higher is better) or never rising (lower is better). Between two breakpoints the
 * utility is interpolated linearly; outside them it is that of the nearest breakpoint. A scale
 * needs at least two breakpoints before a criterion uses it. Instances are immutable:
 * {@link #then(double, double)} returns a new scale.
 *
 * @since 0.1.0
 */
public final class PointsScale extends Scale {
  private final double[] values;
  private final double[] utilities;
  private final Direction direction;
  private final Formula formula;

  private PointsScale(double[] values, double[] utilities, Direction direction) {
    this.values = values;
    this.utilities = utilities;
    this.formula = new Formula(values, utilities);
    this.direction = direction;
  }

  /**
   * Returns the breakpoints' raw values, in increasing order.
   *
   * @return an unmodifiable list of the values
   */
  public List<Double> values() {
    return listOf(values);
  }

  /**
   * Returns the breakpoints' utilities, in the order of {@link #values()}.
   *
   * @return an unmodifiable list of the utilities
   */
  public List<Double> utilities() {
    return listOf(utilities);
  }

  @Override
  public ScaleKind kind() {
    return ScaleKind.POINTS;
  }

  static PointsScale first(double value, double utility) {
    requireFinite(value, "value of breakpoint 1");
    utility = requireUtility(utility, "utility of breakpoint 1");
    return new PointsScale(new double[] {value}, new double[] {utility}, null);
  }

  /**
   * Returns a scale with one more breakpoint after the existing ones.
   *
   * @param value the raw value of the breakpoint, greater than the previous breakpoint's
   * @param utility the utility at the breakpoint, in {@code [0, 1]}, keeping the utilities
   *     monotone
   * @return a new scale; this one is unchanged
   * @throws IllegalArgumentException if {@code value} is not finite or not greater than the
   *     previous value, if the distance from the previous value overflows, if {@code utility}
   *     is not in {@code [0, 1]}, or if it breaks the monotone order of the utilities
   */
  public PointsScale then(double value, double utility) {
    int n = values.length;
    int number = n + 1;
    requireFinite(value, "value of breakpoint %d", number);
    utility = requireUtility(utility, "utility of breakpoint %d", number);
    requireArgument(value > values[n - 1],
        "value of breakpoint %d must be greater than %s (breakpoint %d) but was: %s",
        number, values[n - 1], n, value);
    double distance = value - values[n - 1];
    requireArgument(Double.isFinite(distance),
        "distance between breakpoints %d and %d of points scale must be finite but was: %s",
        n, number, distance);
    Direction next = StepScale.checkMonotone(direction, utilities[n - 1], utility,
        "breakpoint", number);
    double[] v = Arrays.copyOf(values, number);
    double[] u = Arrays.copyOf(utilities, number);
    v[n] = value;
    u[n] = utility;
    return new PointsScale(v, u, next);
  }

  @Override
  Formula formula() {
    return formula;
  }

  @Override
  public Direction direction() {
    return direction == null ? Direction.HIGHER_IS_BETTER : direction;
  }

  @Override
  void checkUsableFor(String criterion) {
    requireArgument(values.length >= 2,
        "points scale of criterion '%s' must have at least 2 breakpoints but had: %d",
        criterion, values.length);
  }

  @Override
  String canonical() {
    StringBuilder s = new StringBuilder("points(");
    for (int i = 0; i < values.length; i++) {
      s.append(i == 0 ? "" : ",").append(hex(values[i])).append(':').append(hex(utilities[i]));
    }
    return s.append(')').toString();
  }

  @Override
  String readable() {
    StringBuilder s = new StringBuilder("points(");
    for (int i = 0; i < values.length; i++) {
      s.append(i == 0 ? "" : ", ").append(values[i]).append(" -> ").append(utilities[i]);
    }
    return s.append(')').toString();
  }

  /**
   * The piecewise linear formula over the breakpoints, which it shares with its scale and never
   * changes. A scale of one breakpoint is never scored: a criterion needs two.
   */
  record Formula(double[] values, double[] utilities) implements ScaleFormula {
    @Override
    public double utility(double value) {
      int last = values.length - 1;
      if (value <= values[0]) {
        return utilities[0];
      }
      if (value >= values[last]) {
        return utilities[last];
      }
      // the segment from the last breakpoint at or below value (the values increase); NaN
      // stays in the first segment and scores NaN. Counted, with no early exit: unrollable
      int i = 0;
      for (int k = 1; k < last; k++) {
        if (value >= values[k]) {
          i = k;
        }
      }
      double from = utilities[i];
      double to = utilities[i + 1];
      double t = (value - values[i]) / (values[i + 1] - values[i]);
      double u = from + t * (to - from);
      // rounding must not overshoot the next breakpoint, or monotonicity breaks at the joint
      return from <= to ? Math.min(Math.max(u, from), to) : Math.min(Math.max(u, to), from);
    }
  }
}
