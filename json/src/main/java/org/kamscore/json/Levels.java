package org.kamscore.json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kamscore.Attributes;
import org.kamscore.LevelScale;
import tools.jackson.core.JsonGenerator;

/**
 * The type of an ordinal scale's levels as a document spells it: text, integers, true/false,
 * or the constants of an enum named in the document. The levels' type is part of a model's
 * fingerprint, so a document that means an enum must say which one; the class is taken only
 * from the record component the criterion reads or from the caller's allow-list, never loaded
 * by name.
 */
final class Levels {
  /** The types a document can hold, by their names in the document. */
  enum Type {
    STRING, INTEGER, BOOLEAN, ENUM;

    String documentName() {
      return name().toLowerCase(Locale.ROOT);
    }

    static List<String> documentNames() {
      List<String> names = new ArrayList<>();
      for (Type type : values()) {
        names.add(type.documentName());
      }
      return names;
    }
  }

  private final Type type;
  /** The enum of an {@link Type#ENUM} scale, else null. */
  private final Class<?> enumType;

  private Levels(Type type, Class<?> enumType) {
    this.type = type;
    this.enumType = enumType;
  }

  static Levels of(Type type) {
    return new Levels(type, null);
  }

  static Levels ofEnum(Class<?> enumType) {
    return new Levels(Type.ENUM, enumType);
  }

  Type type() {
    return type;
  }

  Class<?> enumType() {
    return enumType;
  }

  /**
   * Finds the enum a document names: the type of the record component the criterion reads, or
   * an enum of the allow-list.
   */
  static Class<?> resolveEnum(Cursor field, Attributes<?> attributes, String attribute,
      List<Class<?>> allowed) {
    String name = field.text();
    Class<?> component = componentType(attributes.type(), attribute);
    if (component != null && component.isEnum() && component.getName().equals(name)) {
      return component;
    }
    for (Class<?> type : allowed) {
      if (type.getName().equals(name)) {
        return type;
      }
    }
    throw field.fail(Checks.format("name an enum of the allow-list of "
        + "PolicyFormat.withLevelTypes(...) %s%s", names(allowed),
        component != null && component.isEnum()
            ? " or the type of record component '" + attribute + "', " + component.getName()
            : ""));
  }

  private static Class<?> componentType(Class<?> type, String attribute) {
    if (!type.isRecord()) {
      return null;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(attribute)) {
        return component.getType();
      }
    }
    return null;
  }

  private static List<String> names(List<Class<?>> types) {
    List<String> names = new ArrayList<>();
    for (Class<?> type : types) {
      names.add(type.getName());
    }
    return names;
  }

  /** Reads a level of this type. */
  Object read(Cursor level) {
    switch (type) {
      case STRING:
        return level.text();
      case INTEGER:
        return level.integer();
      case BOOLEAN:
        return level.bool();
      default:
        String name = level.text();
        for (Object constant : enumType.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(name)) {
            return constant;
          }
        }
        throw level.fail(Checks.format("be a constant of %s %s", enumType.getName(),
            constantNames(enumType)));
    }
  }

  private static List<String> constantNames(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    return names;
  }

  /**
   * The type of a scale's levels, which must all be text, all integers, all booleans or all
   * constants of one enum to be written.
   */
  static Levels of(LevelScale<?> scale, String criterion) {
    Levels levels = typeOf(scale.levels().get(0), criterion);
    for (Object level : scale.levels()) {
      Levels other = typeOf(level, criterion);
      Checks.requireArgument(other.type == levels.type && other.enumType == levels.enumType,
          "levels of criterion '%s' must be of one type to be written but were of %s and %s",
          criterion, levels.describe(), other.describe());
    }
    return levels;
  }

  private static Levels typeOf(Object level, String criterion) {
    if (level instanceof String) {
      return of(Type.STRING);
    }
    if (level instanceof Integer) {
      return of(Type.INTEGER);
    }
    if (level instanceof Boolean) {
      return of(Type.BOOLEAN);
    }
    if (level instanceof Enum) {
      return ofEnum(((Enum<?>) level).getDeclaringClass());
    }
    throw new IllegalArgumentException(Checks.format(
        "levels of criterion '%s' must be text, integers, booleans or enum constants to be "
            + "written but were of type: %s", criterion, level.getClass().getName()));
  }

  private String describe() {
    return type == Type.ENUM ? enumType.getName() : type.documentName();
  }

  /** Writes a level of this type. */
  void write(JsonGenerator g, Object level) {
    switch (type) {
      case STRING:
        g.writeString((String) level);
        break;
      case INTEGER:
        g.writeNumber((Integer) level);
        break;
      case BOOLEAN:
        g.writeBoolean((Boolean) level);
        break;
      default:
        g.writeString(((Enum<?>) level).name());
    }
  }
}
