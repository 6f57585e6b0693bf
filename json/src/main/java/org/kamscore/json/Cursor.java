package org.kamscore.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A value of a parsed document with its JSON Pointer: the reader walks the document through
 * cursors, so that every error names where it is. A cursor may point at a field that is absent.
 */
final class Cursor {
  private static final int SHOWN = 80;

  private final JsonNode node;
  private final String pointer;

  private Cursor(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  static Cursor root(JsonNode node) {
    return new Cursor(node, "");
  }

  String pointer() {
    return pointer;
  }

  /** Whether the field is in the document at all (a {@code null} counts as present). */
  boolean present() {
    return node != null;
  }

  boolean isObject() {
    return node != null && node.isObject();
  }

  boolean isNull() {
    return node != null && node.isNull();
  }

  /** The field of an object; absent if this is no object or lacks it. */
  Cursor at(String field) {
    JsonNode child = node == null || !node.isObject() ? null : node.get(field);
    return new Cursor(child, pointer + "/" + escape(field));
  }

  /** Checks that this is an object holding only the given fields, and returns it. */
  Cursor object(String what, String... fields) {
    if (node == null || !node.isObject()) {
      throw fail("be an object (" + what + ")");
    }
    List<String> known = Arrays.asList(fields);
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw at(name).fail(Checks.format("be a field of %s (%s)", what, String.join(", ", known)),
            "an unknown field");
      }
    }
    return this;
  }

  /** The elements of an array, each with its pointer. */
  List<Cursor> elements(String what) {
    if (node == null || !node.isArray()) {
      throw fail("be an array (" + what + ")");
    }
    List<Cursor> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Cursor(node.get(i), pointer + "/" + i));
    }
    return elements;
  }

  /** The elements of an array, or none if the field is absent. */
  List<Cursor> optionalElements(String what) {
    return node == null ? List.of() : elements(what);
  }

  String text() {
    if (node == null || !node.isString()) {
      throw fail("be a string");
    }
    return node.stringValue();
  }

  Optional<String> optionalText() {
    return node == null ? Optional.empty() : Optional.of(text());
  }

  /** Text, or empty where the field is absent or {@code null}. */
  Optional<String> nullableText() {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(text());
  }

  double number() {
    if (node == null || !node.isNumber()) {
      throw fail("be a number");
    }
    return node.doubleValue();
  }

  /** A number, or NaN where the field is {@code null}. */
  double nullableNumber() {
    return node != null && node.isNull() ? Double.NaN : number();
  }

  int integer() {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw fail("be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return node.intValue();
  }

  boolean bool() {
    if (node == null || !node.isBoolean()) {
      throw fail("be true or false");
    }
    return node.booleanValue();
  }

  /** A failure here: {@code <pointer> must <rule> but was: <this value>}. */
  PolicyDocumentException fail(String rule) {
    return fail(rule, describe(node));
  }

  PolicyDocumentException fail(String rule, String value) {
    return new PolicyDocumentException(pointer,
        Checks.format("%s must %s but was: %s", where(pointer), rule, value), null);
  }

  /** The pointer as the subject of a message: the document itself where it is empty. */
  static String where(String pointer) {
    return pointer.isEmpty() ? "document" : pointer;
  }

  /** A value as a message shows it: text quoted and cut short, containers by their kind. */
  static String describe(JsonNode node) {
    if (node == null) {
      return "missing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      String text = node.stringValue();
      String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
      return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    // not toString(), which takes a mapper, and with it jackson-annotations 2.23 (see README)
    return node.isNull() ? "null" : node.asString();
  }

  /** A reference token of a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
