package org.kamscore.review;

import java.util.Objects;

/**
 * One bin of a {@link PopulationStability}: how many evaluations of each cycle fell in it, their
 * shares, and the bin's term of the index.
 *
 * <p>Instances are immutable; two are equal when every field is, doubles compared bit for bit.
 *
 * @since 0.1.0
 */
public final class PsiBin {
  private final String label;
  private final int referenceCount;
  private final int currentCount;
  private final double referenceShare;
  private final double currentShare;
  private final double term;

  PsiBin(String label, int referenceCount, int currentCount, double referenceShare,
      double currentShare, double term) {
    this.label = label;
    this.referenceCount = referenceCount;
    this.currentCount = currentCount;
    this.referenceShare = referenceShare;
    this.currentShare = currentShare;
    this.term = term;
  }

  /**
   * Returns the bin's label: a tier label, or an interval such as {@code [20, 40)}, lower bound
   * inclusive and upper bound exclusive except at the top of the scale.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns how many evaluations of the reference cycle fell in the bin.
   *
   * @return the count
   */
  public int referenceCount() {
    return referenceCount;
  }

  /**
   * Returns how many evaluations of the current cycle fell in the bin.
   *
   * @return the count
   */
  public int currentCount() {
    return currentCount;
  }

  /**
   * Returns the bin's share of the reference cycle, as counted.
   *
   * @return {@code referenceCount / reference size}, 0 for an empty bin
   */
  public double referenceShare() {
    return referenceShare;
  }

  /**
   * Returns the bin's share of the current cycle, as counted.
   *
   * @return {@code currentCount / current size}, 0 for an empty bin
   */
  public double currentShare() {
    return currentShare;
  }

  /**
   * Returns the bin's term of the index: {@code (a - e) * ln(a / e)}, with {@code e} and
   * {@code a} the reference and current shares, an empty bin's share replaced by the
   * {@linkplain Drift.Builder#emptyBinShare(double) empty-bin share}.
   *
   * @return the term, not negative
   */
  public double term() {
    return term;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PsiBin)) {
      return false;
    }
    PsiBin b = (PsiBin) o;
    return label.equals(b.label) && referenceCount == b.referenceCount
        && currentCount == b.currentCount
        && Double.doubleToLongBits(referenceShare) == Double.doubleToLongBits(b.referenceShare)
        && Double.doubleToLongBits(currentShare) == Double.doubleToLongBits(b.currentShare)
        && Double.doubleToLongBits(term) == Double.doubleToLongBits(b.term);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, referenceCount, currentCount, referenceShare, currentShare, term);
  }

  /**
   * Returns a summary such as {@code PsiBin[[20, 40): 12 -> 30, term 0.0412]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PsiBin[" + label + ": " + referenceCount + " -> " + currentCount + ", term " + term
        + "]";
  }
}
