package org.kamscore.decision;

/**
 * How consistent a matrix of pairwise comparisons is, after Saaty: the principal eigenvalue
 * {@code λmax}, the consistency index {@code CI = (λmax - n) / (n - 1)} and the consistency
 * ratio {@code CR = CI / RI}, where {@code RI} is Saaty's random index for {@code n} criteria
 * (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for 3 to 10). Two criteria are always
 * consistent: their ratio is 0. A ratio up to {@link #ACCEPTABLE} is acceptable.
 *
 * @since 0.1.0
 */
public final class Consistency {
  private final double principalEigenvalue;
  private final double index;
  private final double ratio;
  private final double randomIndex;
  /** The largest consistency ratio Saaty accepts: 0.10. */
  public static final double ACCEPTABLE = 0.10;

  Consistency(double principalEigenvalue, double index, double ratio, double randomIndex) {
    Checks.requireArgument(Double.isFinite(principalEigenvalue),
        "principal eigenvalue must be finite but was: %s", principalEigenvalue);
    Checks.requireArgument(index >= 0.0 && index < Double.POSITIVE_INFINITY,
        "consistency index must be finite and not negative but was: %s", index);
    Checks.requireArgument(ratio >= 0.0 && ratio < Double.POSITIVE_INFINITY,
        "consistency ratio must be finite and not negative but was: %s", ratio);
    Checks.requireArgument(randomIndex >= 0.0 && randomIndex < Double.POSITIVE_INFINITY,
        "random index must be finite and not negative but was: %s", randomIndex);
    this.principalEigenvalue = principalEigenvalue;
    this.index = index;
    this.ratio = ratio;
    this.randomIndex = randomIndex;
  }

  /**
   * Returns the principal eigenvalue {@code λmax}, at least {@code n} up to rounding.
   *
   * @return the principal eigenvalue {@code λmax}, at least {@code n} up to rounding
   */
  public double principalEigenvalue() {
    return principalEigenvalue;
  }

  /**
   * Returns the consistency index, not negative.
   *
   * @return the consistency index, not negative
   */
  public double index() {
    return index;
  }

  /**
   * Returns the consistency ratio, not negative.
   *
   * @return the consistency ratio, not negative
   */
  public double ratio() {
    return ratio;
  }

  /**
   * Returns Saaty's random index for the matrix's size.
   *
   * @return Saaty's random index for the matrix's size
   */
  public double randomIndex() {
    return randomIndex;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Consistency)) {
      return false;
    }
    Consistency o = (Consistency) other;
    return Double.compare(principalEigenvalue, o.principalEigenvalue) == 0
        && Double.compare(index, o.index) == 0
        && Double.compare(ratio, o.ratio) == 0
        && Double.compare(randomIndex, o.randomIndex) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(principalEigenvalue, index, ratio, randomIndex);
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
