package org.kamscore.review;

/**
 * Why a {@link StableTier} or a {@link StableBand} is what it is: plain tiering, a move that
 * hysteresis held back, or a knock-out cap that overrules hysteresis.
 *
 * <p>"Plain" means what the model or matrix alone gives for this cycle: the score's tier or band,
 * lowered to the cap of every failed knock-out. Only {@link #PROMOTION_HELD},
 * {@link #DEMOTION_HELD} and {@link #MINIMUM_CYCLES} give a result other than the plain one; see
 * {@link #held()}.
 *
 * @since 0.1.0
 */
public enum StabilityReason {
  /** No previous tier or band was given: the result is the plain one. */
  FIRST_CYCLE,
  /** A previous tier or band was given, and hysteresis leaves the plain result as it is. */
  AS_SCORED,
  /**
   * The score reaches a better tier or band than the previous one, but not by the up-margin of
   * its threshold: the customer stays lower than plain tiering puts it.
   */
  PROMOTION_HELD,
  /**
   * The score falls below the threshold of the previous tier or band, but not by the
   * down-margin: the customer stays higher than plain tiering puts it.
   */
  DEMOTION_HELD,
  /**
   * The score falls below the previous tier or band by more than the down-margin, but the
   * customer has spent fewer than the minimum number of cycles there: it stays higher than plain
   * tiering puts it.
   */
  MINIMUM_CYCLES,
  /**
   * Hysteresis alone would hold the customer in another tier or band, but a failed knock-out
   * caps it: the result is the plain one, at the cap.
   */
  KNOCK_OUT_CAP;

  /**
   * Tells whether hysteresis made the result differ from the plain one.
   *
   * @return {@code true} for {@link #PROMOTION_HELD}, {@link #DEMOTION_HELD} and
   *     {@link #MINIMUM_CYCLES}
   */
  public boolean held() {
    return this == PROMOTION_HELD || this == DEMOTION_HELD || this == MINIMUM_CYCLES;
  }
}
