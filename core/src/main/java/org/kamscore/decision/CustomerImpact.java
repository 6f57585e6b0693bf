package org.kamscore.decision;

import java.util.List;
import java.util.Optional;
import org.kamscore.Tier;

/**
 * One customer whose tier or matrix cell differs between two policy versions, in a
 * {@link PolicyImpact}: both tiers, scores and cells, and the reasons that changed — per
 * criterion the difference in points (largest first), and the knock-outs failed now or no
 * longer. Instances are immutable; {@code toString()} names the customer by its key only.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class CustomerImpact<T> {
  private final String key;
  private final T customer;
  private final String model;
  private final Tier from;
  private final Tier to;
  private final double fromScore;
  private final double toScore;
  private final String fromCell;
  private final String toCell;
  private final List<ReasonChange> reasons;
  private final List<String> nowFailed;
  private final List<String> noLongerFailed;

  CustomerImpact(String key, T customer, String model, Tier from, Tier to, double fromScore,
      double toScore, String fromCell, String toCell, List<ReasonChange> reasons,
      List<String> nowFailed, List<String> noLongerFailed) {
    this.key = key;
    this.customer = customer;
    this.model = model;
    this.from = from;
    this.to = to;
    this.fromScore = fromScore;
    this.toScore = toScore;
    this.fromCell = fromCell;
    this.toCell = toCell;
    this.reasons = List.copyOf(reasons);
    this.nowFailed = List.copyOf(nowFailed);
    this.noLongerFailed = List.copyOf(noLongerFailed);
  }

  /**
   * Returns the customer's declared key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  public T customer() {
    return customer;
  }

  /**
   * Returns the tier awarded by the first version.
   *
   * @return the tier
   */
  public Tier from() {
    return from;
  }

  /**
   * Returns the tier awarded by the second version.
   *
   * @return the tier
   */
  public Tier to() {
    return to;
  }

  /**
   * Returns the score under the first version.
   *
   * @return the score
   */
  public double fromScore() {
    return fromScore;
  }

  /**
   * Returns the score under the second version.
   *
   * @return the score
   */
  public double toScore() {
    return toScore;
  }

  /**
   * Returns the name of the cell of the first version's matrix.
   *
   * @return the name, or empty if the review has no matrices
   */
  public Optional<String> fromCell() {
    return Optional.ofNullable(fromCell);
  }

  /**
   * Returns the name of the cell of the second version's matrix.
   *
   * @return the name, or empty if the review has no matrices
   */
  public Optional<String> toCell() {
    return Optional.ofNullable(toCell);
  }

  /**
   * Tells whether the tier's label changed.
   *
   * @return {@code true} if it did
   */
  public boolean tierChanged() {
    return !from.label().equals(to.label());
  }

  /**
   * Tells whether the cell's name changed.
   *
   * @return {@code true} if the review has matrices and the name changed
   */
  public boolean cellChanged() {
    return fromCell != null && !fromCell.equals(toCell);
  }

  /**
   * Tells whether the customer moved to a better-ranked tier.
   *
   * @return {@code true} if the new tier's rank is lower (better) than the old one's
   */
  public boolean isPromotion() {
    return tierChanged() && to.rank() < from.rank();
  }

  /**
   * Tells whether the customer moved to a worse-ranked tier.
   *
   * @return {@code true} if the new tier's rank is higher (worse) than the old one's
   */
  public boolean isDemotion() {
    return tierChanged() && to.rank() > from.rank();
  }

  /**
   * Returns the criteria whose points differ between the versions, the largest difference
   * first, ties in declaration order (the first version's criteria, then the second's new
   * ones).
   *
   * @return an unmodifiable list
   */
  public List<ReasonChange> reasons() {
    return reasons;
  }

  /**
   * Returns the knock-outs the customer fails under the second version but did not under the
   * first.
   *
   * @return an unmodifiable list of names, in the second version's declaration order
   */
  public List<String> knockOutsNowFailed() {
    return nowFailed;
  }

  /**
   * Returns the knock-outs the customer failed under the first version but does not under the
   * second.
   *
   * @return an unmodifiable list of names, in the first version's declaration order
   */
  public List<String> knockOutsNoLongerFailed() {
    return noLongerFailed;
  }

  /**
   * Returns the change and its reasons as lines, such as
   * <pre>
   * C-03: tier A -&gt; B (78.00 -&gt; 72.50), cell key account -&gt; develop
   *   contribution-margin -5.56 (12.22 -&gt; 6.67 points)
   *   knock-out minimum-revenue now failed
   * </pre>
   *
   * @return the lines, each ending in a line break
   */
  public String toText() {
    StringBuilder s = new StringBuilder(key).append(": tier ").append(from.label());
    s.append(tierChanged() ? " -> " + to.label() : " (unchanged)");
    s.append(Checks.format(" (%.2f -> %.2f)", fromScore, toScore));
    if (cellChanged()) {
      s.append(", cell ").append(fromCell).append(" -> ").append(toCell);
    }
    s.append('\n');
    for (ReasonChange reason : reasons) {
      s.append("  ").append(reason.model().equals(model) ? "" : reason.model() + ": ")
          .append(reason.toText()).append('\n');
    }
    for (String name : nowFailed) {
      s.append("  knock-out ").append(name).append(" now failed\n");
    }
    for (String name : noLongerFailed) {
      s.append("  knock-out ").append(name).append(" no longer failed\n");
    }
    return s.toString();
  }

  /**
   * Returns a summary such as {@code CustomerImpact[C-03: A -> B]}.
   *
   * @return the summary, naming the customer by its key
   */
  @Override
  public String toString() {
    return "CustomerImpact[" + key + ": " + from.label() + " -> " + to.label()
        + (cellChanged() ? ", " + fromCell + " -> " + toCell : "") + "]";
  }
}
