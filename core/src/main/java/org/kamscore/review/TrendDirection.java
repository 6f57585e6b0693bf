package org.kamscore.review;

/**
 * Where a customer's score went between two review cycles, judged against a declared steady
 * band (see {@link Trends#steadyWithin(double)}).
 *
 * @since 0.1.0
 */
public enum TrendDirection {
  /** The score rose by more than the steady band. */
  IMPROVING,
  /** The score changed by at most the steady band, either way. */
  STEADY,
  /** The score fell by more than the steady band. */
  DECLINING,
  /** The customer is in one of the two cycles only. */
  NOT_ENOUGH_DATA
}
