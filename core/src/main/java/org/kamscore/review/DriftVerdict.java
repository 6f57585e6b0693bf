package org.kamscore.review;

/**
 * How far a distribution shifted between two cycles, read from its population stability index
 * against the bands of {@link Drift.Builder#verdicts(double, double)}: by default stable below
 * 0.10, moderate from 0.10 to 0.25 inclusive, significant above 0.25.
 *
 * @since 0.1.0
 */
public enum DriftVerdict {
  /** Below the moderate bound: no shift worth acting on. */
  STABLE,
  /** From the moderate bound up to the significant bound, inclusive: watch it. */
  MODERATE,
  /** Above the significant bound: the population has shifted; review the policy. */
  SIGNIFICANT
}
