package org.kamscore;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Turns an attribute's values into what a criterion or knock-out reads: a number, or a level
 * of its scale. A {@code null} stays missing; a value of the wrong type throws
 * {@link WrongType}, which the model turns into a {@link ScoringException} that names the
 * customer by index or id.
 */
final class AttributeValues {
  private AttributeValues() {}

  /** Thrown by a reader for a value of the wrong type; it carries types, never the value. */
  static final class WrongType extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String attribute;
    final String expected;
    final String actual;

    WrongType(String attribute, String expected, Class<?> actual) {
      super(null, null, false, false);
      this.attribute = attribute;
      this.expected = expected;
      this.actual = actual.getName();
    }
  }

  static <T> ToDoubleFunction<T> number(String attribute, Function<? super T, ?> reader) {
    return customer -> {
      Object value = reader.apply(customer);
      if (value == null) {
        return Double.NaN;
      }
      if (value instanceof Number) {
        return ((Number) value).doubleValue();
      }
      throw new WrongType(attribute, "a number", value.getClass());
    };
  }

  /**
   * Reads a level: a value of a level's type as it is; a constant's name where the levels are
   * text; text that names a constant where the levels are an enum's; a number equal to a
   * numeric level. Anything else of another type is wrong; an undeclared level of the right
   * type is missing, as for a lambda.
   */
  static <T> Function<T, Object> level(
      String attribute, Function<? super T, ?> reader, LevelScale<?> scale) {
    return customer -> {
      Object value = reader.apply(customer);
      if (value == null || scale.indexOf(value) >= 0) {
        return value;
      }
      Object first = scale.levels().get(0);
      if (LevelScale.typeOf(first).equals(LevelScale.typeOf(value))) {
        return value; // undeclared, hence missing
      }
      if (first instanceof String && value instanceof Enum) {
        return ((Enum<?>) value).name();
      }
      for (Object level : scale.levels()) {
        if (level instanceof Enum && value instanceof String
                && ((Enum<?>) level).name().equals(value)
            || level instanceof Number && value instanceof Number
                && ((Number) level).doubleValue() == ((Number) value).doubleValue()) {
          return level;
        }
      }
      if (first instanceof Enum && value instanceof String
          || first instanceof Number && value instanceof Number) {
        return value; // of a type the levels accept, but undeclared: missing
      }
      throw new WrongType(attribute, "a level of type " + LevelScale.typeOf(first),
          value.getClass());
    };
  }
}
