package org.kamscore;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Maps a criterion's raw value to a utility in {@code [0, 1]}, monotone in a declared
 * {@link Direction}.
 *
 * <p>Scales are immutable and thread-safe. They are made by the factories of this class:
 *
 * <pre>{@code
 * Scale.linear(0.0, 0.30)                        // 0 % share -> 0, 30 % and more -> 1
 * Scale.linear(0.25, 0.0)                        // bounds high-to-low: lower is better
 * Scale.logarithmic(10_000, 10_000_000)          // revenue over three orders of magnitude
 * Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0) // piecewise linear through breakpoints
 * Scale.steps(0.0).atLeast(2, 0.5).atLeast(5, 1.0) // thresholds, inclusive
 * }</pre>
 *
 * <p>Values outside a scale's range, including the infinities, are clamped to the utility at
 * the nearest end. {@code NaN} is a missing value: it has no utility, and a
 * {@link ScoringModel} handles it by the criterion's {@link MissingValue} policy before it
 * reaches a scale. Ordinal and yes/no values have their own {@link LevelScale}.
 *
 * @since 0.1.0
 */
public abstract sealed class Scale implements CriterionScale
    permits BoundedScale, PointsScale, StepScale {

  Scale() {}

  /**
   * Returns the utility of a raw value.
   *
   * @param value the raw value; infinities are clamped like any out-of-range value
   * @return the utility in {@code [0, 1]}, or {@code NaN} if {@code value} is {@code NaN}
   */
  public final double utility(double value) {
    return formula().utility(value);
  }

  @Override
  public abstract Direction direction();

  /**
   * Returns the raw value at which this scale first reaches a utility: the least value whose
   * utility is at least {@code utility} on a higher-is-better scale, the greatest such value on
   * a lower-is-better scale. The result is infinite when every value reaches it, as
   * {@code utility} 0 does on most scales.
   *
   * <p>This answers questions such as "how much revenue would this customer need for tier A".
   *
   * @param utility the utility to reach, in {@code [0, 1]}
   * @return the raw value, or empty if no raw value reaches {@code utility}
   * @throws IllegalArgumentException if {@code utility} is not in {@code [0, 1]}
   */
  @Override
  public OptionalDouble valueFor(double utility) {
    requireUtility(utility, "utility to reach");
    boolean higher = direction() == Direction.HIGHER_IS_BETTER;
    double worstEnd = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    double bestEnd = -worstEnd;
    if (utility(worstEnd) >= utility) {
      return OptionalDouble.of(worstEnd);
    }
    if (utility(bestEnd) < utility) {
      return OptionalDouble.empty();
    }
    // utility is monotone, so bisect over all doubles in their numeric order
    long fails = sortable(worstEnd);
    long reaches = sortable(bestEnd);
    for (long middle = midpoint(fails, reaches);
        middle != fails && middle != reaches;
        middle = midpoint(fails, reaches)) {
      if (utility(fromSortable(middle)) >= utility) {
        reaches = middle;
      } else {
        fails = middle;
      }
    }
    double value = fromSortable(reaches);
    // -0.0 sorts just below 0.0 but scores the same: answer the zero a reader expects
    return OptionalDouble.of(value == 0.0 ? 0.0 : value);
  }

  private static long midpoint(long a, long b) {
    return (a & b) + ((a ^ b) >> 1); // floor of the mean, without overflow
  }

  /** Maps a double to a long with the same order, so doubles can be bisected. */
  private static long sortable(double value) {
    long bits = Double.doubleToRawLongBits(value);
    return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
  }

  private static double fromSortable(long sortable) {
    return Double.longBitsToDouble(sortable >= 0 ? sortable : sortable ^ Long.MAX_VALUE);
  }

  /** The utility function this scale scores by, with its parameters: see {@link ScaleFormula}. */
  abstract ScaleFormula formula();

  /** A canonical, JVM-independent description: kind and exact parameters. */
  abstract String canonical();

  /** A short readable description for explanations and messages. */
  abstract String readable();

  /** Checks that the scale is complete enough to score, naming the criterion if not. */
  void checkUsableFor(String criterion) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale && ((Scale) o).canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /**
   * Returns a readable description of this scale, such as {@code linear(0.0 -> 0.3)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return readable();
  }

  /**
   * A linear scale: utility 0 at {@code worst}, 1 at {@code best}, linear between, clamped
   * outside. Bounds given high-to-low ({@code worst > best}) make a lower-is-better scale.
   *
   * @param worst the raw value with utility 0
   * @param best the raw value with utility 1
   * @return the scale
   * @throws IllegalArgumentException if a bound is not finite, the bounds are equal, or the
   *     distance between them overflows
   */
  public static Scale linear(double worst, double best) {
    return new LinearScale(worst, best);
  }

  /**
   * A logarithmic scale: utility 0 at {@code worst}, 1 at {@code best}, linear in the natural
   * logarithm between (computed with {@link StrictMath}), clamped outside. Suits values that
   * span orders of magnitude, such as revenue. Bounds given high-to-low make a lower-is-better
   * scale. Zero and negative raw values lie below the lower bound.
   *
   * @param worst the raw value with utility 0, positive
   * @param best the raw value with utility 1, positive
   * @return the scale
   * @throws IllegalArgumentException if a bound is not positive and finite, or the bounds are
   *     equal or so close (a few ulps) that their logarithms are equal
   */
  public static Scale logarithmic(double worst, double best) {
    return new LogarithmicScale(worst, best);
  }

  /**
   * Starts a piecewise-linear scale at its first breakpoint; add more with
   * {@link PointsScale#then(double, double)}. Below the first and above the last breakpoint
   * the utility is that of the nearest breakpoint.
   *
   * @param value the raw value of the first breakpoint
   * @param utility the utility at that breakpoint, in {@code [0, 1]}
   * @return a scale with one breakpoint
   * @throws IllegalArgumentException if {@code value} is not finite or {@code utility} not in
   *     {@code [0, 1]}
   */
  public static PointsScale points(double value, double utility) {
    return PointsScale.first(value, utility);
  }

  /**
   * Starts a step scale with the utility of values below every threshold; add thresholds with
   * {@link StepScale#atLeast(double, double)}.
   *
   * @param utilityBelow the utility below the first threshold, in {@code [0, 1]}
   * @return a step scale without thresholds
   * @throws IllegalArgumentException if {@code utilityBelow} is not in {@code [0, 1]}
   */
  public static StepScale steps(double utilityBelow) {
    return StepScale.base(utilityBelow);
  }

  /**
   * An ordinal scale over an enum's constants in declaration order, worst first, with evenly
   * spaced utilities from 0 to 1.
   *
   * @param <E> the enum type
   * @param levels the enum class, with at least two constants
   * @return the scale
   * @throws IllegalArgumentException if the enum has fewer than two constants
   */
  public static <E extends Enum<E>> LevelScale<E> levels(Class<E> levels) {
    Objects.requireNonNull(levels, "levels");
    return LevelScale.evenlySpaced(Arrays.asList(levels.getEnumConstants()));
  }

  /**
   * An ordinal scale over explicit levels, worst first, with evenly spaced utilities from 0 to
   * 1, for example {@code Scale.levels(List.of("bronze", "silver", "gold"))}.
   *
   * @param <E> the type of the levels
   * @param worstToBest the distinct, non-null levels, at least two
   * @return the scale
   * @throws IllegalArgumentException if there are fewer than two levels or a level repeats
   */
  public static <E> LevelScale<E> levels(List<? extends E> worstToBest) {
    Objects.requireNonNull(worstToBest, "worstToBest");
    return LevelScale.evenlySpaced(worstToBest);
  }

  /**
   * Starts an ordinal scale with explicit utilities; add levels with
   * {@link LevelScale#then(Object, double)}.
   *
   * @param <E> the type of the levels
   * @param level the first level
   * @param utility its utility, in {@code [0, 1]}
   * @return a scale with one level
   * @throws IllegalArgumentException if {@code utility} is not in {@code [0, 1]}
   */
  public static <E> LevelScale<E> level(E level, double utility) {
    return LevelScale.first(level, utility);
  }

  /**
   * A yes/no scale: {@code false} has utility 0, {@code true} utility 1.
   *
   * @return the scale
   */
  public static LevelScale<Boolean> yesNo() {
    return LevelScale.evenlySpaced(List.of(Boolean.FALSE, Boolean.TRUE));
  }

  /**
   * Checks a utility and returns it with -0.0 turned into 0.0, so no score shows "-0"; the
   * template and its arguments name it in the message.
   */
  static double requireUtility(double utility, String template, Object... args) {
    if (!(utility >= 0.0 && utility <= 1.0)) {
      throw new IllegalArgumentException(
          Checks.format(template, args) + " must be a utility in [0, 1] but was: " + utility);
    }
    return utility + 0.0;
  }

  /** An unmodifiable list of an array's values, which stays a copy. */
  static List<Double> listOf(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return List.of(boxed);
  }

  static String hex(double value) {
    return Double.toHexString(value);
  }
}
