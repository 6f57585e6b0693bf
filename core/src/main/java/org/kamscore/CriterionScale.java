package org.kamscore;

import java.util.OptionalDouble;

/**
 * The scale of a criterion, numeric or ordinal, as a built model reads it back through
 * {@link Criterion#scale()}: a {@link Scale} over numbers, or a {@link LevelScale} over
 * declared levels. Both answer the same two questions in the same terms, the raw values that
 * {@link Contribution#value()} reports, which for an ordinal criterion are the levels'
 * positions:
 *
 * <pre>{@code
 * for (Criterion c : model.criteria()) {
 *   OptionalDouble full = c.scale().valueFor(1.0);   // the raw value that earns every point
 *   if (c.scale() instanceof LevelScale<?> levels) {
 *     Optional<?> best = levels.levelFor(1.0);         // the same answer as a level
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface CriterionScale permits Scale, LevelScale {

  /**
   * Returns the kind of this scale, which tells which accessors give its exact parameters.
   *
   * @return the kind
   */
  ScaleKind kind();

  /**
   * Returns the direction in which this scale rewards its raw value.
   *
   * @return the direction, never {@code null}
   */
  Direction direction();

  /**
   * Returns the worst raw value that reaches a utility: for a numeric scale the least value
   * whose utility is at least {@code utility} if higher is better, the greatest if lower is
   * better; for an ordinal scale the position of the worst level that reaches it.
   *
   * @param utility the utility to reach, in {@code [0, 1]}
   * @return the raw value, or empty if no raw value reaches {@code utility}
   * @throws IllegalArgumentException if {@code utility} is not in {@code [0, 1]}
   */
  OptionalDouble valueFor(double utility);
}
