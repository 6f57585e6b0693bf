/**
 * Review cycles: tiers over time. Key accounts are re-tiered every review cycle; this package
 * keeps tiers and matrix cells from flapping, and tells who moved and whether the portfolio
 * itself shifted between cycles.
 *
 * <ul>
 *   <li>{@link org.kamscore.review.StableTiers#builder(org.kamscore.ScoringModel)}: tiers with
 *       hysteresis. Up- and down-margins around each threshold and a minimum number of cycles
 *       in a tier before a demotion; each {@link org.kamscore.review.StableTier} says when
 *       hysteresis held the tier, what plain tiering gives, and why
 *       ({@link org.kamscore.review.StabilityReason}). Knock-out caps still hold.</li>
 *   <li>{@link org.kamscore.review.StableMatrix#builder(org.kamscore.matrix.PortfolioMatrix)}:
 *       the same for the bands of a portfolio matrix, so that cells do not flap
 *       ({@link org.kamscore.review.StablePlacement}).</li>
 *   <li>{@link org.kamscore.review.Trends#steadyWithin(double)}: two
 *       {@link org.kamscore.review.Cycle cycles} matched by customer id, with each customer's
 *       score change, tier and cell movement, direction, and the criteria that moved it
 *       ({@link org.kamscore.review.TrendReport}).</li>
 *   <li>{@link org.kamscore.review.Drift#builder()}: the population stability index of the
 *       score, tier and utility distributions between two cycles, with configurable verdicts
 *       ({@link org.kamscore.review.DriftReport}).</li>
 * </ul>
 *
 * <pre>{@code
 * StableTiers stable = StableTiers.builder(model).margins(5, 5).minimumCycles(2).build();
 * StableTier tier = stable.tier(model.evaluate(customer), "A", 3);   // A for 3 cycles so far
 *
 * Cycle previous = Cycle.of(lastCustomers, lastEvaluations, Customer::id);
 * Cycle current = Cycle.of(customers, model.evaluateAll(customers), Customer::id);
 * TrendReport trends = Trends.steadyWithin(2.0).compare(previous, current);
 * DriftReport drift = Drift.builder().build().between(previous, current);
 * }</pre>
 *
 * <p>Everything here is deterministic: customers are ordered by their declared id, criteria by
 * declaration, bins from low to high; logarithms are {@link java.lang.StrictMath#log}'s.
 */
package org.kamscore.review;
