/**
 * Decision support: what would change a customer's tier, how robust a policy's weights are,
 * weights derived from pairwise comparisons, and what a new policy version would do to a
 * portfolio. Every answer is computed exactly and deterministically, never by sampling.
 *
 * <p>The entry points:
 * <ul>
 *   <li>{@link org.kamscore.decision.TierPath#of TierPath.of} — the value per criterion that
 *       reaches the next tier, a plan across several actionable criteria, and the knock-outs
 *       in the way; {@link org.kamscore.decision.TierMargin#of TierMargin.of} — how far the
 *       tier below is, and which criterion would drop the customer first.</li>
 *   <li>{@link org.kamscore.decision.WeightSensitivity#of WeightSensitivity.of} — per
 *       criterion, how far its weight can move before any customer of a portfolio changes
 *       tier; {@link org.kamscore.decision.WatchList#of(java.util.Collection,
 *       org.kamscore.ScoringModel, java.util.function.Function) WatchList.of} — the customers
 *       closest to a tier threshold or a band cut.</li>
 *   <li>{@link org.kamscore.decision.PairwiseComparisons#builder PairwiseComparisons.builder}
 *       and {@link org.kamscore.decision.AhpWeights#of(PairwiseComparisons) AhpWeights.of} —
 *       weights from pairwise comparisons (AHP), for one rater or several.</li>
 *   <li>{@link org.kamscore.decision.PolicyImpact#between PolicyImpact.between} — tier and
 *       matrix-cell migration between two policy versions, the reasons per changed customer,
 *       and a summary.</li>
 * </ul>
 *
 * <pre>{@code
 * Evaluation e = model.evaluate(customer);
 * System.out.println(TierPath.of(model, e).toText());
 * // to reach A, change one of:
 * //   raise contract-years from 2 to 4 (actionable)
 * }</pre>
 */
package org.kamscore.decision;
