package org.kamscore.testkit;

import java.util.List;

/**
 * What a property found wrong with one case: lines such as {@code tier of 'm': A -> C}, or the
 * exception that stopped the case from being scored.
 */
final class Finding {
  private final List<String> lines;
  private final RuntimeException error;
  private final boolean threshold;

  private Finding(List<String> lines, RuntimeException error, boolean threshold) {
    this.lines = List.copyOf(lines);
    this.error = error;
    this.threshold = threshold;
  }

  /** The finding of these lines, or {@code null} if there are none: the case passed. */
  static Finding of(List<String> lines) {
    return lines.isEmpty() ? null : new Finding(lines, null, false);
  }

  /**
   * The finding of a monotonicity case, or {@code null} if it passed: a threshold if a tier
   * or band dropped, not only a score.
   */
  static Finding drops(List<String> lines) {
    return lines.isEmpty() ? null : new Finding(lines, null,
        lines.stream().anyMatch(line -> !line.startsWith("score")));
  }

  /** A case that could not be made or scored. */
  static Finding error(RuntimeException error) {
    return new Finding(List.of("could not be scored: " + error.getMessage()), error, false);
  }

  List<String> lines() {
    return lines;
  }

  /** The exception that stopped the case, or {@code null}. */
  RuntimeException error() {
    return error;
  }

  /**
   * Tells whether a tier or band dropped at a threshold, so that narrowing the values locates
   * it; a drop of the score alone is clearer between values far apart.
   */
  boolean threshold() {
    return threshold;
  }

  /**
   * Tells whether another finding is of the same kind, which shrinking keeps: both errors, or
   * both violations, both at a threshold or both not.
   */
  boolean sameKind(Finding other) {
    return other != null && (error == null) == (other.error == null)
        && threshold == other.threshold;
  }
}
