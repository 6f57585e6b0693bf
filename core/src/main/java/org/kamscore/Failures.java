package org.kamscore;

import java.util.function.Function;

/**
 * Builds the {@link ScoringException}s of one model. Messages name the model, the criterion,
 * the value and the customer's index or declared id, never the customer's {@code toString()}.
 */
final class Failures<T> {
  private final String modelId;
  private final String model;
  private final Function<? super T, ?> customerId;

  Failures(String modelId, String version, Function<? super T, ?> customerId) {
    this.modelId = modelId;
    this.model = "model '" + modelId + "' " + version;
    this.customerId = customerId;
  }

  ScoringException missingValue(String criterion, double value, T customer, int index) {
    return new ScoringException(Checks.format(
            "criterion '%s' of %s must have a value for %s but was: %s "
                + "(missing-value policy: reject)",
            criterion, model, customer(customer, index), value),
        modelId, criterion, index, null);
  }

  ScoringException unknownLevel(
      String criterion, Object level, LevelScale<?> scale, T customer, int index) {
    return new ScoringException(Checks.format(
            "criterion '%s' of %s must have one of the levels %s for %s but was: %s "
                + "(missing-value policy: reject)",
            criterion, model, levels(scale, level), customer(customer, index), value(scale, level)),
        modelId, criterion, index, null);
  }

  ScoringException unreadable(String what, String name, T customer, int index, Throwable cause) {
    return new ScoringException(Checks.format(
            "%s '%s' of %s could not read the value of %s: %s",
            what, name, model, customer(customer, index), cause.getClass().getName()),
        modelId, name, index, cause);
  }

  ScoringException wrongType(String what, String name, AttributeValues.WrongType wrong,
      T customer, int index) {
    return new ScoringException(Checks.format(
            "attribute '%s' of %s '%s' of %s must be %s for %s but was of type: %s",
            wrong.attribute, what, name, model, wrong.expected, customer(customer, index),
            wrong.actual),
        modelId, name, index, null);
  }

  ScoringException missingKnockOutValue(String knockOut, T customer, int index) {
    return new ScoringException(Checks.format(
            "knock-out '%s' of %s must have a value for %s but was: NaN",
            knockOut, model, customer(customer, index)),
        modelId, knockOut, index, null);
  }

  ScoringException nullCustomer(int index) {
    return new ScoringException(Checks.format(
            "customer at index %d of a batch for %s must not be null", index, model),
        modelId, null, index, null);
  }

  /**
   * The levels, with their types if the value's type is none of theirs: so that {@code 2} and
   * {@code "2"}, or two enums' constants of one name, are told apart.
   */
  private static String levels(LevelScale<?> scale, Object value) {
    if (!typesDiffer(scale, value)) {
      return String.valueOf(scale.levels());
    }
    StringBuilder s = new StringBuilder("[");
    for (Object level : scale.levels()) {
      s.append(s.length() == 1 ? "" : ", ").append(level)
          .append(" (").append(LevelScale.typeOf(level)).append(')');
    }
    return s.append(']').toString();
  }

  private static String value(LevelScale<?> scale, Object value) {
    return typesDiffer(scale, value)
        ? value + " (" + LevelScale.typeOf(value) + ")"
        : String.valueOf(value);
  }

  private static boolean typesDiffer(LevelScale<?> scale, Object value) {
    if (value == null) {
      return false;
    }
    String type = LevelScale.typeOf(value);
    for (Object level : scale.levels()) {
      if (LevelScale.typeOf(level).equals(type)) {
        return false;
      }
    }
    return true;
  }

  /** The customer's declared id, or null if none is declared or it cannot be read. */
  String idOf(T customer) {
    if (customerId == null || customer == null) {
      return null;
    }
    Object id;
    try {
      id = customerId.apply(customer);
    } catch (Exception e) { // also a checked exception thrown sneakily
      id = null;
    }
    return id == null ? null : id.toString();
  }

  private String customer(T customer, int index) {
    String at = index < 0 ? "" : " at index " + index;
    String id = idOf(customer);
    if (id != null) {
      return "customer '" + id + "'" + at;
    }
    return index < 0 ? "the customer" : "customer" + at;
  }
}
