package org.kamscore.json;

import java.util.Objects;

/**
 * Thrown when a policy document or a decision record cannot be read: it is not well-formed JSON
 * or YAML, breaks the format (an unknown or repeated field, a missing one, a value of the wrong
 * type), breaks a rule of the model it declares, or exceeds a limit for untrusted input.
 *
 * <p>The message names where, as a JSON Pointer (RFC 6901), the rule and the value, such as
 * <pre>
 * /criteria/3/weight must be a number but was: "thirty"
 * /criteria/3/scale/best: best bound of logarithmic scale must be positive and finite but was: -5.0
 * </pre>
 * Rules of the model are the builders' own, quoted after the pointer. A document is never
 * partly read: either the whole model is built, or this is thrown.
 *
 * @since 0.1.0
 */
public final class PolicyDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the document breaks a rule, as a JSON Pointer; empty for the whole document. */
  private final String pointer;

  PolicyDocumentException(String pointer, String message, Throwable cause) {
    super(message, cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Returns where the document breaks a rule: a JSON Pointer (RFC 6901) into the document, such
   * as {@code /criteria/3/scale/best}.
   *
   * @return the pointer; empty for the document as a whole
   */
  public String pointer() {
    return pointer;
  }
}
