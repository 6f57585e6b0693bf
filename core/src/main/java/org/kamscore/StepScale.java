package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Checks.requireFinite;
import static org.kamscore.Scale.requireUtility;

import java.util.Arrays;
import java.util.List;

/**
 * A step scale: thresholds, each giving a utility from that raw value on (inclusive), made by
 * {@link Scale#steps(double)}.
 *
 * <pre>{@code
 * Scale.steps(0.0).atLeast(2, 0.5).atLeast(5, 1.0)   // contract years: <2, 2..4, 5+
 * Scale.steps(1.0).atLeast(0.10, 0.5).atLeast(0.20, 0.0) // discount: lower is better
 * }</pre>
 *
 * <p>Thresholds must strictly increase and utilities, starting with the utility below the
 * first threshold, must be monotone. A scale needs at least one threshold before a criterion
 * uses it. Instances are immutable: {@link #atLeast(double, double)} returns a new scale.
 *
 * @since 0.1.0
 */
public final class StepScale extends Scale {
  private final double below;
  private final double[] thresholds;
  private final double[] utilities;
  private final Direction direction;
  private final Formula formula;

  private StepScale(double below, double[] thresholds, double[] utilities, Direction direction) {
    this.below = below;
    this.thresholds = thresholds;
    this.utilities = utilities;
    this.formula = new Formula(below, thresholds, utilities);
    this.direction = direction;
  }

  /**
   * Returns the utility of values below the first threshold.
   *
   * @return the utility in {@code [0, 1]}
   */
  public double utilityBelow() {
    return below;
  }

  /**
   * Returns the thresholds, in increasing order; each is inclusive.
   *
   * @return an unmodifiable list of the thresholds
   */
  public List<Double> thresholds() {
    return listOf(thresholds);
  }

  /**
   * Returns the utility from each threshold on, in the order of {@link #thresholds()}.
   *
   * @return an unmodifiable list of the utilities
   */
  public List<Double> utilities() {
    return listOf(utilities);
  }

  @Override
  public ScaleKind kind() {
    return ScaleKind.STEPS;
  }

  static StepScale base(double utilityBelow) {
    utilityBelow = requireUtility(utilityBelow, "utility below the first threshold");
    return new StepScale(utilityBelow, new double[0], new double[0], null);
  }

  /**
   * Returns a scale with one more threshold: from {@code threshold} on, inclusive, the utility
   * is {@code utility}.
   *
   * @param threshold the raw value from which the step applies, greater than the previous one
   * @param utility the utility from the threshold on, in {@code [0, 1]}, keeping the utilities
   *     monotone
   * @return a new scale; this one is unchanged
   * @throws IllegalArgumentException if {@code threshold} is not finite or not greater than the
   *     previous threshold, if {@code utility} is not in {@code [0, 1]}, or if it breaks the
   *     monotone order of the utilities
   */
  public StepScale atLeast(double threshold, double utility) {
    int n = thresholds.length;
    int number = n + 1;
    requireFinite(threshold, "threshold %d of step scale", number);
    utility = requireUtility(utility, "utility of threshold %d", number);
    if (n > 0) {
      requireArgument(threshold > thresholds[n - 1],
          "threshold %d of step scale must be greater than %s (threshold %d) but was: %s",
          number, thresholds[n - 1], n, threshold);
    }
    double previous = n == 0 ? below : utilities[n - 1];
    Direction next = checkMonotone(direction, previous, utility, "threshold", number);
    double[] t = Arrays.copyOf(thresholds, number);
    double[] u = Arrays.copyOf(utilities, number);
    t[n] = threshold;
    u[n] = utility;
    return new StepScale(below, t, u, next);
  }

  /** Checks that {@code next} keeps the direction so far and returns the direction after it. */
  static Direction checkMonotone(
      Direction sofar, double previous, double next, String what, int number) {
    if (next == previous) {
      return sofar;
    }
    Direction step = next > previous ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    requireArgument(sofar == null || sofar == step,
        "utility of %s %d must not %s %s (%s %d) in a %s scale but was: %s",
        what, number, step == Direction.HIGHER_IS_BETTER ? "rise above" : "fall below",
        previous, what, number - 1,
        sofar == Direction.LOWER_IS_BETTER ? "lower-is-better" : "higher-is-better", next);
    return step;
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
    requireArgument(thresholds.length >= 1,
        "step scale of criterion '%s' must have at least 1 threshold but had: 0", criterion);
  }

  @Override
  String canonical() {
    StringBuilder s = new StringBuilder("steps(").append(hex(below));
    for (int i = 0; i < thresholds.length; i++) {
      s.append(',').append(hex(thresholds[i])).append(':').append(hex(utilities[i]));
    }
    return s.append(')').toString();
  }

  @Override
  String readable() {
    StringBuilder s = new StringBuilder("steps(").append(below);
    for (int i = 0; i < thresholds.length; i++) {
      s.append(", >= ").append(thresholds[i]).append(" -> ").append(utilities[i]);
    }
    return s.append(')').toString();
  }

  /** The step formula over the thresholds, which it shares with its scale and never changes. */
  record Formula(double below, double[] thresholds, double[] utilities)
      implements ScaleFormula {
    @Override
    public double utility(double value) {
      if (value != value) {
        return Double.NaN;
      }
      // the utility of the last threshold reached (the thresholds increase). Counted, with no
      // early exit: unrollable
      double u = below;
      for (int k = 0; k < thresholds.length; k++) {
        if (value >= thresholds[k]) {
          u = utilities[k];
        }
      }
      return u;
    }
  }
}
