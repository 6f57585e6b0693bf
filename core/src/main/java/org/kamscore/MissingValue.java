package org.kamscore;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a criterion does when a customer has no usable value for it: {@code NaN}, {@code null},
 * or a level its {@link LevelScale} does not declare.
 *
 * <pre>{@code
 * .criterion("growth-potential", Customer::growthRating, Scale.linear(1, 5), 15)
 *     .ifMissing(MissingValue.substitute(3))
 * }</pre>
 *
 * <p>The default, {@link #reject()}, throws a {@link ScoringException}: nothing is scored on a
 * guess unless the policy says so. Infinite values are not missing; scales clamp them.
 *
 * @since 0.1.0
 */
public final class MissingValue {
  private static final MissingValue REJECT = new MissingValue(Kind.REJECT, Double.NaN, null);
  private static final MissingValue WORST = new MissingValue(Kind.WORST, Double.NaN, null);

  /**
   * The kinds of policy, for reading a built model back.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** {@link MissingValue#reject()}. */
    REJECT,
    /** {@link MissingValue#worst()}. */
    WORST,
    /** {@link MissingValue#substitute(double)}: {@link MissingValue#value()} is the number. */
    SUBSTITUTE_VALUE,
    /** {@link MissingValue#substituteLevel(Object)}: {@link MissingValue#level()} is the level. */
    SUBSTITUTE_LEVEL
  }

  private final Kind kind;
  private final double value;
  private final Object level;

  private MissingValue(Kind kind, double value, Object level) {
    this.kind = kind;
    this.value = value;
    this.level = level;
  }

  /**
   * Rejects the customer with a {@link ScoringException} naming the model, the criterion and
   * the customer. This is the default.
   *
   * @return the policy
   */
  public static MissingValue reject() {
    return REJECT;
  }

  /**
   * Scores the criterion with utility 0, the worst any scale gives.
   *
   * @return the policy
   */
  public static MissingValue worst() {
    return WORST;
  }

  /**
   * Scores a numeric criterion as if the customer had {@code value}.
   *
   * @param value the raw value to use instead, finite
   * @return the policy
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static MissingValue substitute(double value) {
    Checks.requireFinite(value, "substitute value");
    return new MissingValue(Kind.SUBSTITUTE_VALUE, value, null);
  }

  /**
   * Scores an ordinal criterion as if the customer had {@code level}, which must be one of the
   * criterion's levels.
   *
   * @param level the level to use instead
   * @return the policy
   */
  public static MissingValue substituteLevel(Object level) {
    Objects.requireNonNull(level, "level");
    return new MissingValue(Kind.SUBSTITUTE_LEVEL, Double.NaN, level);
  }

  /**
   * Returns the kind of policy.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the number a {@link Kind#SUBSTITUTE_VALUE} policy scores a missing value as.
   *
   * @return the substitute, or empty for any other kind
   */
  public OptionalDouble value() {
    return kind == Kind.SUBSTITUTE_VALUE ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns the level a {@link Kind#SUBSTITUTE_LEVEL} policy scores a missing value as.
   *
   * @return the substitute level, or empty for any other kind
   */
  public Optional<Object> level() {
    return Optional.ofNullable(level);
  }

  /** The substitute number of a {@link Kind#SUBSTITUTE_VALUE} policy. */
  double substituteValue() {
    return value;
  }

  /** The substitute level of a {@link Kind#SUBSTITUTE_LEVEL} policy. */
  Object substituteLevel() {
    return level;
  }

  String canonical() {
    switch (kind) {
      case SUBSTITUTE_VALUE:
        return "substitute(" + Scale.hex(value) + ")";
      case SUBSTITUTE_LEVEL:
        String type = LevelScale.typeOf(level);
        String name = String.valueOf(level);
        return "substitute-level(" + type.length() + ":" + type + ":" + name.length() + ":"
            + name + ")";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Returns a readable description, such as {@code substitute(3.0)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    switch (kind) {
      case SUBSTITUTE_VALUE:
        return "substitute(" + value + ")";
      case SUBSTITUTE_LEVEL:
        return "substitute(" + level + ")";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MissingValue && ((MissingValue) o).canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }
}
