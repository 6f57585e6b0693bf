package org.kamscore;

import java.util.Objects;
import java.util.Optional;

/**
 * A criterion of a built {@link ScoringModel}, as declared: for reading a model back, such as
 * in a policy review, a report, or to ask its scale what raw value reaches a utility. Read
 * from {@link ScoringModel#criteria()}; immutable.
 *
 * <pre>{@code
 * for (Criterion c : model.criteria()) {
 *   OptionalDouble full = c.scale().valueFor(1.0); // the raw value that earns every point
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Criterion {
  private final String name;
  private final String description;
  private final double weight;
  private final double weightShare;
  private final CriterionScale scale;
  private final MissingValue ifMissing;
  private final String attribute;
  private final boolean actionable;

  Criterion(String name, String description, double weight, double weightShare,
      CriterionScale scale, MissingValue ifMissing, String attribute, boolean actionable) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.weight = weight;
    this.weightShare = weightShare;
    this.scale = Objects.requireNonNull(scale, "scale");
    this.ifMissing = Objects.requireNonNull(ifMissing, "ifMissing");
    this.attribute = attribute;
    this.actionable = actionable;
  }

  /**
   * Tells whether the criterion is actionable: a value an account manager can change, such
   * as the discount granted or the contract years, as declared by
   * {@link ScoringModel.Builder#actionable()}.
   *
   * @return {@code true} if declared actionable
   */
  public boolean actionable() {
    return actionable;
  }

  /**
   * Returns the criterion's name, unique in its model.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description.
   *
   * @return the description, empty if none was given
   */
  public String description() {
    return description;
  }

  /**
   * Returns the relative weight as declared.
   *
   * @return the weight, positive and finite
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the weight's share of all weights, which times 100 is the most points the
   * criterion can earn.
   *
   * @return the share in {@code [0, 1]}; 0 only for a weight so small against the largest (a
   *     factor beyond about 1e308) that its share underflows
   */
  public double weightShare() {
    return weightShare;
  }

  /**
   * Returns the scale that maps the criterion's raw value to a utility: a {@link Scale} for a
   * numeric criterion, the {@link LevelScale} for an ordinal one.
   *
   * @return the scale
   */
  public CriterionScale scale() {
    return scale;
  }

  /**
   * Returns the direction of the scale, the same as {@code scale().direction()}.
   *
   * @return the direction
   */
  public Direction direction() {
    return scale.direction();
  }

  /**
   * Returns the policy for missing values.
   *
   * @return the policy
   */
  public MissingValue ifMissing() {
    return ifMissing;
  }

  /**
   * Returns the attribute the criterion reads, if it was bound by name rather than by a
   * function.
   *
   * @return the attribute's name, or empty
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Criterion)) {
      return false;
    }
    Criterion c = (Criterion) o;
    return name.equals(c.name) && description.equals(c.description)
        && Double.doubleToLongBits(weight) == Double.doubleToLongBits(c.weight)
        && Double.doubleToLongBits(weightShare) == Double.doubleToLongBits(c.weightShare)
        && scale.equals(c.scale) && ifMissing.equals(c.ifMissing)
        && Objects.equals(attribute, c.attribute) && actionable == c.actionable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, description, weight, weightShare, scale, ifMissing, attribute, actionable);
  }

  /**
   * Returns a summary such as {@code Criterion[revenue-share, weight 30.0, linear(0.0 -> 0.3)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Criterion[" + name + ", weight " + weight + ", " + scale + "]";
  }
}
