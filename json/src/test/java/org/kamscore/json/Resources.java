package org.kamscore.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The example documents of the tests, and edits of them at a JSON Pointer. */
final class Resources {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  /** Marks a field to remove. */
  static final Object REMOVE = new Object();

  private Resources() {}

  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON document, a resource's name or the text itself, with the value at a pointer
   * replaced, added or removed.
   */
  static String edit(String document, String pointer, Object value) {
    JsonNode root = MAPPER.readTree(document.startsWith("{") ? document : text(document));
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String last = at.last().getMatchingProperty();
    JsonNode node = value instanceof JsonNode ? (JsonNode) value : MAPPER.valueToTree(value);
    if (parent instanceof ArrayNode) {
      int index = at.last().getMatchingIndex();
      if (value == REMOVE) {
        ((ArrayNode) parent).remove(index);
      } else if (index == parent.size()) {
        ((ArrayNode) parent).add(node);
      } else {
        ((ArrayNode) parent).set(index, node);
      }
    } else if (value == REMOVE) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, node);
    }
    return MAPPER.writeValueAsString(root);
  }

  /** JSON text as a tree, to give to {@link #edit}. */
  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }
}
