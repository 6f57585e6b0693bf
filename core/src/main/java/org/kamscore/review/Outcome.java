package org.kamscore.review;

/**
 * What {@link Hysteresis#decide} gave: the rank (0 the best tier or the top band), the reason,
 * and the cycles in the resulting rank, 0 when unknown.
 */
record Outcome(int rank, StabilityReason reason, int cycles) {}
