package org.kamscore.json;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Parses and writes documents with Jackson's streaming API, within the limits for untrusted
 * input: a document is parsed into a tree of Jackson nodes by the loop of {@link #parse}, which
 * rejects repeated keys, YAML aliases and YAML tags of its own, and anything after the first
 * value. No data binding and no polymorphic typing is involved: the readers walk the tree.
 */
final class Documents {
  /** The most characters a document may have. */
  static final int MAX_CHARS = 1 << 20;
  /** The deepest nesting of objects and arrays; a matrix document needs 8. */
  static final int MAX_DEPTH = 32;
  /** The longest string, such as a description. */
  static final int MAX_STRING = 1 << 16;
  /** The longest field name. */
  static final int MAX_NAME = 256;
  /** The longest number, in characters. */
  static final int MAX_NUMBER = 64;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_CHARS)
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_STRING)
      .maxNameLength(MAX_NAME)
      .maxNumberLength(MAX_NUMBER)
      .maxTokenCount(MAX_CHARS)
      .build();

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Records may hold a whole batch: 64 Mi characters, but not deeper than a policy. */
  static final int MAX_RECORD_CHARS = 1 << 26;

  private static final JsonFactory RECORDS = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_RECORD_CHARS)
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNameLength(MAX_NAME)
          .maxNumberLength(MAX_NUMBER)
          .maxTokenCount(MAX_RECORD_CHARS)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Jackson reads YAML event by event and never expands an alias; parse() rejects every
      // alias, and the engine's own limits stay tight for any reader composing nodes
      .loadSettings(LoadSettings.builder()
          .setMaxAliasesForCollections(10)
          .setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false)
          .setCodePointLimit(MAX_CHARS)
          .build())
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  /** Two-space indents, one element per line, {@code "name": value}, {@code \n} line ends. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }
  };

  private Documents() {}

  /** Parses JSON or YAML text of a policy document into a tree. */
  static JsonNode parse(boolean yaml, String text) {
    return parse(yaml ? YAML : JSON, yaml, text, MAX_CHARS);
  }

  /** Parses the JSON text of a decision record into a tree. */
  static JsonNode parseRecord(String text) {
    return parse(RECORDS, false, text, MAX_RECORD_CHARS);
  }

  private static JsonNode parse(TokenStreamFactory factory, boolean yaml, String text,
      int maxChars) {
    if (text.length() > maxChars) {
      throw new PolicyDocumentException("", Checks.format(
          "document must have at most %d characters but had: %d", maxChars, text.length()),
          null);
    }
    JsonParser parser = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      parser = p;
      return tree(p);
    } catch (JacksonException e) {
      throw malformed(parser, e, yaml);
    } catch (PolicyDocumentException e) {
      throw e;
    } catch (RuntimeException e) { // a parser's own failure that Jackson did not wrap
      throw malformed(parser, e, yaml);
    }
  }

  private static JsonNode tree(JsonParser p) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Deque<JsonNode> open = new ArrayDeque<>();
    String name = null;
    JsonNode root = null;
    JsonToken token = p.nextToken();
    if (token == null) {
      throw new PolicyDocumentException("", "document must be an object but was: empty", null);
    }
    while (token != null) {
      checkYaml(p);
      JsonNode value;
      switch (token) {
        case PROPERTY_NAME:
          name = p.currentName();
          token = p.nextToken();
          continue;
        case END_OBJECT:
        case END_ARRAY:
          open.pop();
          value = null;
          break;
        case START_OBJECT:
          value = nodes.objectNode();
          break;
        case START_ARRAY:
          value = nodes.arrayNode();
          break;
        case VALUE_STRING:
          value = nodes.stringNode(p.getString());
          break;
        case VALUE_NUMBER_INT:
          value = integer(p, nodes);
          break;
        case VALUE_NUMBER_FLOAT:
          value = nodes.numberNode(p.getDoubleValue()); // Double.parseDouble: exact, keeps -0.0
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          value = nodes.booleanNode(token == JsonToken.VALUE_TRUE);
          break;
        case VALUE_NULL:
          value = nodes.nullNode();
          break;
        default:
          throw new PolicyDocumentException(pointerOf(p), Checks.format(
              "%s must be JSON data (an object, array, string, number, true, false or null) "
                  + "but was: %s", Cursor.where(pointerOf(p)), token), null);
      }
      if (value != null) {
        if (root == null) {
          root = value;
        } else if (open.peek() instanceof ObjectNode) {
          ((ObjectNode) open.peek()).set(name, value);
        } else {
          ((ArrayNode) open.peek()).add(value);
        }
        if (value.isContainer()) {
          open.push(value);
        }
      }
      if (open.isEmpty()) {
        JsonToken more = p.nextToken();
        if (more != null) {
          throw new PolicyDocumentException("", Checks.format(
              "document must hold one value but more followed it: %s", more), null);
        }
        return root;
      }
      token = p.nextToken();
    }
    throw new IllegalStateException("a parser ended inside a value without failing");
  }

  private static JsonNode integer(JsonParser p, JsonNodeFactory nodes) {
    switch (p.getNumberType()) {
      case INT:
        return nodes.numberNode(p.getIntValue());
      case LONG:
        return nodes.numberNode(p.getLongValue());
      default:
        return nodes.numberNode(p.getBigIntegerValue());
    }
  }

  /** The tags of YAML's core schema, which say what a plain scalar would: {@code !!str} etc. */
  private static final java.util.Set<String> CORE_TAGS = java.util.Set.of(
      "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
      "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
      "tag:yaml.org,2002:map");

  /** Rejects a YAML alias, which would read as the anchor's name, and tags of its own. */
  private static void checkYaml(JsonParser p) {
    if (!(p instanceof YAMLParser)) {
      return;
    }
    YAMLParser yaml = (YAMLParser) p;
    if (yaml.isCurrentAlias()) {
      throw new PolicyDocumentException(pointerOf(p), Checks.format(
          "%s must be a value, not a YAML alias, but was: *%s", Cursor.where(pointerOf(p)),
          p.getString()), null);
    }
    String tag = yaml.getRawTag();
    if (tag != null && !CORE_TAGS.contains(tag)) {
      throw new PolicyDocumentException(pointerOf(p), Checks.format(
          "%s must carry no YAML tag but those of the core schema (such as !!str) but had: %s",
          Cursor.where(pointerOf(p)), tag), null);
    }
  }

  private static String pointerOf(JsonParser p) {
    return p == null ? "" : p.streamReadContext().pathAsPointer().toString();
  }

  private static PolicyDocumentException malformed(
      JsonParser p, RuntimeException e, boolean yaml) {
    String pointer;
    try {
      pointer = pointerOf(p);
    } catch (RuntimeException unknown) {
      pointer = "";
    }
    String problem = e instanceof JacksonException
        ? ((JacksonException) e).getOriginalMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    problem = String.valueOf(problem).lines().findFirst().orElse("").strip();
    if (e.getCause() instanceof MarkedYamlEngineException) {
      MarkedYamlEngineException yamlProblem = (MarkedYamlEngineException) e.getCause();
      problem = (yamlProblem.getContext() == null ? "" : yamlProblem.getContext() + ": ")
          + yamlProblem.getProblem();
    }
    if (problem.startsWith("Duplicate Object property")) {
      return new PolicyDocumentException(pointer, Checks.format(
          "%s must not repeat a key but was: a repeated key", Cursor.where(pointer)), e);
    }
    TokenStreamLocation at = e instanceof JacksonException
        ? ((JacksonException) e).getLocation() : null;
    String location = at == null || at.getLineNr() < 1 ? ""
        : Checks.format(" (line %d, column %d)", at.getLineNr(), at.getColumnNr());
    return new PolicyDocumentException(pointer, Checks.format(
        "%s must be well-formed %s but was not: %s%s", Cursor.where(pointer),
        yaml ? "YAML" : "JSON", problem, location), e);
  }

  /** Writes a document, indented: JSON ends with a line break, as YAML does. */
  static String write(boolean yaml, Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = yaml
        ? YAML.createGenerator(ObjectWriteContext.empty(), out)
        : JSON.createGenerator(PRETTY_CONTEXT, out)) {
      body.accept(g);
    }
    return yaml ? out.toString() : out.append('\n').toString();
  }

  /** Writes JSON on one line, as a line of JSON Lines (without the line break). */
  static String writeLine(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    return out.toString();
  }
}
