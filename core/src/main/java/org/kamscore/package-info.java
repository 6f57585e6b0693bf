/**
 * Scoring models for key-account selection: criteria, scales, weights, knock-outs, tiers and
 * explained evaluations.
 *
 * <p>The entry point is {@link org.kamscore.ScoringModel#builder(Class)}; scales come from
 * {@link org.kamscore.Scale}, tier ladders from {@link org.kamscore.Tiers}. A built model
 * {@linkplain org.kamscore.ScoringModel#score(Object) scores} a customer without allocating,
 * and {@linkplain org.kamscore.ScoringModel#evaluate(Object) evaluates} it into an
 * {@link org.kamscore.Evaluation} that explains every point.
 */
package org.kamscore;
