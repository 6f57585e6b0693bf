package org.kamscore.decision;

/**
 * How consistent a matrix of pairwise comparisons is, after Saaty: the principal eigenvalue
 * {@code λmax}, the consistency index {@code CI = (λmax - n) / (n - 1)} and the consistency
 * ratio {@code CR = CI / RI}, where {@code RI} is Saaty's random index for {@code n} criteria
 * (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for 3 to 10). Two criteria are always
 * consistent: their ratio is 0. A ratio up to {@link #ACCEPTABLE} is acceptable.
 *
 * @param principalEigenvalue the principal eigenvalue {@code λmax}, at least {@code n} up to
 *     rounding
 * @param index the consistency index, not negative
 * @param ratio the consistency ratio, not negative
 * @param randomIndex Saaty's random index for the matrix's size
 * @since 0.1.0
 */
public record Consistency(double principalEigenvalue, double index, double ratio,
    double randomIndex) {
  /** The largest consistency ratio Saaty accepts: 0.10. */
  public static final double ACCEPTABLE = 0.10;

  /**
   * Checks the values.
   *
   * @param principalEigenvalue the principal eigenvalue
   * @param index the consistency index
   * @param ratio the consistency ratio
   * @param randomIndex Saaty's random index for the matrix's size
   * @throws IllegalArgumentException if a value is not finite, or the index, ratio or random
   *     index is negative
   */
  public Consistency {
    Checks.requireArgument(Double.isFinite(principalEigenvalue),
        "principal eigenvalue must be finite but was: %s", principalEigenvalue);
    Checks.requireArgument(index >= 0.0 && index < Double.POSITIVE_INFINITY,
        "consistency index must be finite and not negative but was: %s", index);
    Checks.requireArgument(ratio >= 0.0 && ratio < Double.POSITIVE_INFINITY,
        "consistency ratio must be finite and not negative but was: %s", ratio);
    Checks.requireArgument(randomIndex >= 0.0 && randomIndex < Double.POSITIVE_INFINITY,
        "random index must be finite and not negative but was: %s", randomIndex);
  }

  /**
   * Tells whether the comparisons are consistent enough by Saaty's rule.
   *
   * @return {@code true} if the ratio is at most {@link #ACCEPTABLE}
   */
  public boolean isAcceptable() {
    return ratio <= ACCEPTABLE;
  }

  /**
   * Returns a summary such as {@code CR 0.022 (CI 0.029, λmax 7.174)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("CR %.3f (CI %.3f, \u03bbmax %.3f)", ratio, index, principalEigenvalue);
  }
}
