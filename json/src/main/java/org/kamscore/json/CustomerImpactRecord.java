package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamscore.decision.CustomerImpact;
import org.kamscore.decision.ReasonChange;

/**
 * One customer whose tier or matrix cell differs between the two policy versions of a
 * {@link PolicyImpactRecord}, as {@link CustomerImpact} says it: named by its key, never by its
 * {@code toString()}, with both tiers, scores and cells and the reasons that changed.
 *
 * @param key the customer's key, as the review read it
 * @param fromTier the label of the tier the first version awarded
 * @param toTier the label of the tier the second version awards
 * @param fromScore the score under the first version, in {@code [0, 100]}
 * @param toScore the score under the second version, in {@code [0, 100]}
 * @param fromCell the name of the first version's cell, or empty if the review has no matrices
 * @param toCell the name of the second version's cell, or empty if the review has no matrices
 * @param reasons the criteria whose points differ, the largest difference first
 * @param knockOutsNowFailed the knock-outs failed under the second version but not the first
 * @param knockOutsNoLongerFailed the knock-outs failed under the first version but not the
 *     second
 * @since 0.1.0
 */
public record CustomerImpactRecord(String key, String fromTier, String toTier, double fromScore,
    double toScore, Optional<String> fromCell, Optional<String> toCell,
    List<ReasonChangeRecord> reasons, List<String> knockOutsNowFailed,
    List<String> knockOutsNoLongerFailed) {

  /**
   * Checks the change and copies its lists.
   *
   * @param key the customer's key, as the review read it
   * @param fromTier the label of the tier the first version awarded
   * @param toTier the label of the tier the second version awards
   * @param fromScore the score under the first version, in {@code [0, 100]}
   * @param toScore the score under the second version, in {@code [0, 100]}
   * @param fromCell the name of the first version's cell, or empty if the review has no
   *     matrices
   * @param toCell the name of the second version's cell, or empty if the review has no
   *     matrices
   * @param reasons the criteria whose points differ, the largest difference first
   * @param knockOutsNowFailed the knock-outs failed under the second version but not the first
   * @param knockOutsNoLongerFailed the knock-outs failed under the first version but not the
   *     second
   * @throws IllegalArgumentException if a tier label is blank, a score is not in
   *     {@code [0, 100]}, one cell is given without the other, neither the tier nor the cell
   *     changed, or a knock-out is both now failed and no longer failed
   */
  public CustomerImpactRecord {
    requireNonNull(key, "key");
    requireNonNull(fromTier, "fromTier");
    requireNonNull(toTier, "toTier");
    requireNonNull(fromCell, "fromCell");
    requireNonNull(toCell, "toCell");
    reasons = List.copyOf(reasons);
    knockOutsNowFailed = List.copyOf(knockOutsNowFailed);
    knockOutsNoLongerFailed = List.copyOf(knockOutsNoLongerFailed);
    Checks.requireArgument(!fromTier.isBlank() && !toTier.isBlank(),
        "tiers of change '%s' must not be blank but were: '%s' and '%s'", key, fromTier,
        toTier);
    Checks.requireArgument(fromScore >= 0.0 && fromScore <= 100.0 && toScore >= 0.0
            && toScore <= 100.0, "scores of change '%s' must be in [0, 100] but were: %s and %s",
        key, fromScore, toScore);
    Checks.requireArgument(fromCell.isPresent() == toCell.isPresent(),
        "cells of change '%s' must be both given or both null but were: %s and %s", key,
        fromCell.orElse(null), toCell.orElse(null));
    Checks.requireArgument(!fromTier.equals(toTier) || !fromCell.equals(toCell),
        "change '%s' must move the customer to another tier or cell but was: tier %s, cell %s",
        key, fromTier, fromCell.orElse(null));
    for (String knockOut : knockOutsNowFailed) {
      Checks.requireArgument(!knockOutsNoLongerFailed.contains(knockOut),
          "knock-outs of change '%s' must not be both now failed and no longer failed but "
              + "were: '%s'", key, knockOut);
    }
  }

  /**
   * Returns the record of a customer's change.
   *
   * @param change the change
   * @return its record, with the same bits in every number
   */
  public static CustomerImpactRecord of(CustomerImpact<?> change) {
    requireNonNull(change, "change");
    List<ReasonChangeRecord> reasons = new ArrayList<>();
    for (ReasonChange reason : change.reasons()) {
      reasons.add(ReasonChangeRecord.of(reason));
    }
    return new CustomerImpactRecord(change.key(), change.from().label(), change.to().label(),
        change.fromScore(), change.toScore(), change.fromCell(), change.toCell(), reasons,
        change.knockOutsNowFailed(), change.knockOutsNoLongerFailed());
  }

  /**
   * Tells whether the tier's label changed.
   *
   * @return {@code true} if it did
   */
  public boolean tierChanged() {
    return !fromTier.equals(toTier);
  }

  /**
   * Tells whether the cell's name changed.
   *
   * @return {@code true} if the review has matrices and the name changed
   */
  public boolean cellChanged() {
    return !fromCell.equals(toCell);
  }
}
