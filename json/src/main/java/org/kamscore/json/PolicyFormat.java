package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kamscore.Attributes;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Reads and writes policies as versioned documents in JSON or YAML: a {@link ScoringModel}, or
 * a {@link PortfolioMatrix} with the two models of its axes, bound to the customer's
 * attributes by name.
 *
 * <pre>{@code
 * ScoringModel<Customer> model = PolicyFormat.yaml()
 *     .readModel(Files.readString(path), Attributes.ofRecord(Customer.class));
 * String json = PolicyFormat.json().write(model);   // the same policy, as JSON
 * }</pre>
 *
 * <p>A document starts with {@code format: kamscore-policy/1} and {@code kind: scoring-model}
 * or {@code kind: portfolio-matrix}; {@link #schema()} is its JSON Schema, which editors use to
 * complete and check a policy. Every value goes through the builders of kamscore, so a document
 * obeys exactly the rules of a policy written in Java, and a document-built model has the
 * fingerprint of the same policy built in Java.
 *
 * <p><b>Untrusted input.</b> A document may come from an admin screen or a file: reading it
 * binds no classes, runs no code of the document's choosing, and stops with a
 * {@link PolicyDocumentException} that names the JSON Pointer, the rule and the value at the
 * first problem: malformed text, an unknown or repeated field, a wrong type, a broken rule of
 * the model, a YAML alias or tag, or a limit (1 MiB of text, nesting 32 deep, strings of 64 KiB,
 * numbers of 64 characters, names of 256).
 *
 * <p><b>Level types.</b> An ordinal scale names the type of its levels: {@code string},
 * {@code integer}, {@code boolean} or {@code enum} with the enum's binary class name. An enum
 * is taken from the type of the record component the criterion reads (with
 * {@link Attributes#ofRecord(Class)}) or from the allow-list of {@link #withLevelTypes}; no
 * class is ever loaded by a name from the document.
 *
 * <p><b>Writing.</b> {@link #write(ScoringModel)} writes a canonical document: reading it and
 * writing the model again gives the same text, on every JVM, and numbers are the shortest
 * decimals that read back as the same doubles. Only a model whose criteria and knock-outs are
 * bound to attributes can be written; functions and predicates have no text.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolicyFormat {
  private static final String SCHEMA_RESOURCE = "kamscore-policy-1.schema.json";

  private final boolean yaml;
  private final List<Class<?>> levelTypes;

  private PolicyFormat(boolean yaml, List<Class<?>> levelTypes) {
    this.yaml = yaml;
    this.levelTypes = levelTypes;
  }

  /**
   * Returns the JSON form of policy documents.
   *
   * @return the format
   */
  public static PolicyFormat json() {
    return new PolicyFormat(false, List.of());
  }

  /**
   * Returns the YAML form of policy documents (YAML 1.2; aliases and custom tags are rejected).
   *
   * @return the format
   */
  public static PolicyFormat yaml() {
    return new PolicyFormat(true, List.of());
  }

  /**
   * Returns this format allowing ordinal levels that are constants of these enums, which a
   * document names by their binary class names ({@code com.acme.Customer$Relevance}). Enums
   * that a record component of the customer type declares need not be listed.
   *
   * @param enums the enum classes, added to those already allowed
   * @return a new format; this one is unchanged
   * @throws IllegalArgumentException if a class is not an enum
   */
  public PolicyFormat withLevelTypes(Class<?>... enums) {
    requireNonNull(enums, "enums");
    List<Class<?>> all = new ArrayList<>(levelTypes);
    for (Class<?> type : enums) {
      requireNonNull(type, "enum");
      Checks.requireArgument(type.isEnum(), "level type must be an enum class but was: %s",
          type.getName());
      all.add(type);
    }
    return new PolicyFormat(yaml, List.copyOf(all));
  }

  /**
   * Reads a scoring model from a policy document of {@code kind: scoring-model}.
   *
   * @param <T> the customer type
   * @param document the document's text
   * @param attributes how the customer type's attributes are read by name
   * @return the model, built and checked
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   */
  public <T> ScoringModel<T> readModel(String document, Attributes<T> attributes) {
    requireNonNull(document, "document");
    requireNonNull(attributes, "attributes");
    Cursor root = header(Documents.parse(yaml, document), PolicyWriter.MODEL);
    return ModelReader.read(root, "a scoring model document", attributes, levelTypes,
        "$schema", "format", "kind");
  }

  /**
   * Reads a scoring model from a policy document in UTF-8, such as a file or a class-path
   * resource. The stream is read to its end and not closed.
   *
   * @param <T> the customer type
   * @param document the document
   * @param attributes how the customer type's attributes are read by name
   * @return the model, built and checked
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> ScoringModel<T> readModel(InputStream document, Attributes<T> attributes) {
    return readModel(text(document), attributes);
  }

  /**
   * Reads a portfolio matrix, with the models of its axes, from a policy document of
   * {@code kind: portfolio-matrix}.
   *
   * @param <T> the customer type
   * @param document the document's text
   * @param attributes how the customer type's attributes are read by name, by both models
   * @return the matrix, built and checked
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   */
  public <T> PortfolioMatrix<T> readMatrix(String document, Attributes<T> attributes) {
    requireNonNull(document, "document");
    requireNonNull(attributes, "attributes");
    Cursor root = header(Documents.parse(yaml, document), PolicyWriter.MATRIX);
    return MatrixReader.read(root, attributes, levelTypes);
  }

  /**
   * Reads a portfolio matrix from a policy document in UTF-8. The stream is read to its end and
   * not closed.
   *
   * @param <T> the customer type
   * @param document the document
   * @param attributes how the customer type's attributes are read by name, by both models
   * @return the matrix, built and checked
   * @throws PolicyDocumentException if the document cannot be read, naming where and why
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> PortfolioMatrix<T> readMatrix(InputStream document, Attributes<T> attributes) {
    return readMatrix(text(document), attributes);
  }

  /**
   * Writes a scoring model as a policy document.
   *
   * @param model the model, its criteria and knock-outs bound to attributes
   * @return the document's text, ending with a line break
   * @throws IllegalArgumentException if a criterion or knock-out reads a function or a
   *     predicate instead of an attribute, or an ordinal scale's levels are not all text, all
   *     integers, all booleans or all constants of one enum
   */
  public String write(ScoringModel<?> model) {
    requireNonNull(model, "model");
    PolicyWriter.requireWritable(model);
    return Documents.write(yaml, g -> PolicyWriter.modelDocument(g, model));
  }

  /**
   * Writes a portfolio matrix, with the models of its axes, as a policy document. The order of
   * a cell's members is code and is not written.
   *
   * @param matrix the matrix, the models of both axes bound to attributes
   * @return the document's text, ending with a line break
   * @throws IllegalArgumentException if a model cannot be written, as for
   *     {@link #write(ScoringModel)}
   */
  public String write(PortfolioMatrix<?> matrix) {
    requireNonNull(matrix, "matrix");
    PolicyWriter.requireWritable(matrix.rows().model());
    PolicyWriter.requireWritable(matrix.columns().model());
    return Documents.write(yaml, g -> PolicyWriter.matrixDocument(g, matrix));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of policy documents, which the jar holds as the
   * resource {@code org/kamscore/json/kamscore-policy-1.schema.json}.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = PolicyFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar must hold " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the format and kind of a document, and returns its root. */
  private static Cursor header(tools.jackson.databind.JsonNode tree, String kind) {
    Cursor root = Cursor.root(tree);
    if (!root.isObject()) {
      throw root.fail("be an object (a policy document)");
    }
    Cursor format = root.at("format");
    if (!PolicyWriter.FORMAT.equals(format.text())) {
      throw format.fail("be '" + PolicyWriter.FORMAT + "', the version this library reads");
    }
    root.at("$schema").optionalText();
    Cursor kindField = root.at("kind");
    String actual = kindField.text();
    if (!actual.equals(kind)) {
      String other = kind.equals(PolicyWriter.MODEL)
          ? PolicyWriter.MATRIX + " with readMatrix" : PolicyWriter.MODEL + " with readModel";
      throw kindField.fail("be '" + kind + "' (read a " + other + ")");
    }
    return root;
  }

  private static String text(InputStream document) {
    requireNonNull(document, "document");
    byte[] bytes;
    try {
      bytes = document.readNBytes(4 * Documents.MAX_CHARS + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > 4 * Documents.MAX_CHARS) {
      throw new PolicyDocumentException("", Checks.format(
          "document must have at most %d bytes but had more", 4 * Documents.MAX_CHARS), null);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new PolicyDocumentException("", Checks.format(
          "document must be UTF-8 but was not: %s", e), e);
    }
  }

  /**
   * Returns a summary such as {@code PolicyFormat[yaml, level types []]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    levelTypes.forEach(t -> names.add(t.getName()));
    return "PolicyFormat[" + (yaml ? "yaml" : "json") + ", level types " + names + "]";
  }
}
