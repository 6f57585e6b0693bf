package org.kamscore;

import static org.kamscore.Checks.requireState;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** A declared criterion: where its value comes from, its scale, weight and missing policy. */
final class CriterionDefinition<T> {
  final String name;
  final String description;
  /** Reads a numeric criterion's raw value; null for an ordinal one, read through level. */
  final ToDoubleFunction<? super T> value;
  /** The scale of a numeric criterion; null for an ordinal one, scored by its levels. */
  final Scale scale;
  final double weight;
  final MissingValue ifMissing;
  /** The ordinal scale of an ordinal criterion, whose values are level indexes; else null. */
  final LevelScale<?> levels;
  /** Reads an ordinal criterion's level, which the scale maps to its index; else null. */
  final Function<? super T, ?> level;
  /** The attribute the value is read from, if bound by name; else null. */
  final String attribute;
  /** Whether an account manager can change the value, such as a discount or contract years. */
  final boolean actionable;

  private CriterionDefinition(String name, String description, ToDoubleFunction<? super T> value,
      Scale scale, double weight, MissingValue ifMissing, LevelScale<?> levels,
      Function<? super T, ?> level, String attribute, boolean actionable) {
    this.name = name;
    this.description = description;
    this.value = value;
    this.scale = scale;
    this.weight = weight;
    this.ifMissing = ifMissing;
    this.levels = levels;
    this.level = level;
    this.attribute = attribute;
    this.actionable = actionable;
  }

  static <T> CriterionDefinition<T> numeric(
      String name, ToDoubleFunction<? super T> value, Scale scale, double weight) {
    scale.checkUsableFor(name);
    return new CriterionDefinition<>(
        name, "", value, scale, weight, MissingValue.reject(), null, null, null, false);
  }

  static <T, E> CriterionDefinition<T> ordinal(
      String name, Function<? super T, ? extends E> level, LevelScale<E> scale, double weight) {
    scale.checkUsableFor(name);
    return new CriterionDefinition<>(
        name, "", null, null, weight, MissingValue.reject(), scale, level, null, false);
  }

  CriterionDefinition<T> withDescription(String description) {
    return new CriterionDefinition<>(
        name, description, value, scale, weight, ifMissing, levels, level, attribute, actionable);
  }

  CriterionDefinition<T> asActionable() {
    return new CriterionDefinition<>(
        name, description, value, scale, weight, ifMissing, levels, level, attribute, true);
  }

  CriterionDefinition<T> withMissingValue(MissingValue policy) {
    return new CriterionDefinition<>(
        name, description, value, scale, weight, policy, levels, level, attribute, actionable);
  }

  CriterionDefinition<T> withWeight(double newWeight) {
    return new CriterionDefinition<>(
        name, description, value, scale, newWeight, ifMissing, levels, level, attribute, actionable);
  }

  /** The raw value a missing value is scored as, or NaN if the policy substitutes nothing. */
  double substitute() {
    switch (ifMissing.kind()) {
      case SUBSTITUTE_VALUE:
        requireState(levels == null,
            "missing-value policy of ordinal criterion '%s' must substitute a level but was: %s",
            name, ifMissing);
        return ifMissing.substituteValue();
      case SUBSTITUTE_LEVEL:
        requireState(levels != null,
            "missing-value policy of numeric criterion '%s' must substitute a number but was: %s",
            name, ifMissing);
        int index = levels.indexOf(ifMissing.substituteLevel());
        requireState(index >= 0,
            "substitute level of criterion '%s' must be one of %s but was: %s",
            name, levels.levels(), ifMissing.substituteLevel());
        return index;
      default:
        return Double.NaN;
    }
  }

  /** This criterion read from an attribute: the reader converts what the attribute holds. */
  CriterionDefinition<T> boundTo(String attributeName, Function<? super T, ?> reader) {
    return levels == null
        ? new CriterionDefinition<>(name, description,
            AttributeValues.number(attributeName, reader), scale, weight, ifMissing, null, null,
            attributeName, actionable)
        : new CriterionDefinition<>(name, description, null, null, weight, ifMissing, levels,
            AttributeValues.level(attributeName, reader, levels), attributeName, actionable);
  }

  String display(double raw) {
    if (raw != raw) {
      return "missing";
    }
    return levels == null ? Explanation.number(raw) : levels.levelName((int) raw);
  }

  String canonical() {
    return "criterion(" + name.length() + ":" + name + "," + (levels == null ? scale.canonical() : levels.canonical()) + ","
        + Scale.hex(weight) + "," + ifMissing.canonical() + ")";
  }

  Criterion describe(double weightShare) {
    return new Criterion(name, description, weight, weightShare,
        levels == null ? scale : levels, ifMissing, attribute, actionable);
  }

  @Override
  public String toString() {
    return Objects.toString(name);
  }
}
