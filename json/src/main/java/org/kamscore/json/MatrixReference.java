package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import org.kamscore.matrix.PortfolioMatrix;

/**
 * Which portfolio matrix placed the customers of a record: its id and version.
 *
 * @param id the matrix's id
 * @param version the matrix's version
 * @since 0.1.0
 */
public record MatrixReference(String id, String version) {

  /**
   * Checks the reference.
   *
   * @param id the matrix's id
   * @param version the matrix's version
   * @throws IllegalArgumentException if {@code id} or {@code version} is blank
   */
  public MatrixReference {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    Checks.requireArgument(!id.isBlank() && !version.isBlank(),
        "matrix id and version must not be blank but were: '%s', '%s'", id, version);
  }

  /**
   * Returns the reference of a matrix.
   *
   * @param matrix the matrix
   * @return its id and version
   */
  public static MatrixReference of(PortfolioMatrix<?> matrix) {
    requireNonNull(matrix, "matrix");
    return new MatrixReference(matrix.id(), matrix.version());
  }
}
