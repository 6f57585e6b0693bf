package org.kamscore.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/**
 * The way from an evaluated customer's tier to the next tier up: per criterion the value that
 * alone would lift the score to the next tier's threshold, a plan across several actionable
 * criteria when no single one suffices, and the failed knock-outs that hold the customer below
 * that tier whatever its score.
 *
 * <pre>{@code
 * Evaluation e = model.evaluate(customer);
 * TierPath path = TierPath.of(model, e);
 * path.target();                       // Optional[A]
 * path.changes().get(0);               // contract-years: 2 -> 4, actionable criteria first
 * path.plan();                         // several criteria, when no single actionable one suffices
 * path.blockingKnockOuts();            // e.g. minimum-revenue, cleared at its bound()
 * System.out.println(path.toText());   // "to reach A, change one of: ..."
 * }</pre>
 *
 * <p><b>Per criterion.</b> For each criterion, the other criteria as evaluated, the worst raw
 * value whose score reaches the threshold: computed exactly from the scale's inverse and
 * checked by re-scoring (see {@link CriterionChange}). A criterion whose best value falls short
 * has no value: "not reachable by this criterion alone". {@link #changes()} lists actionable
 * criteria first, then criteria with a value before those without, then declaration order.
 *
 * <p><b>Plan.</b> When no single actionable criterion reaches the threshold, {@link #plan()}
 * raises several: the actionable criteria (all criteria if the model declares none
 * actionable), in order of the points they still have to give (ties in declaration order),
 * each to its scale's best value, until one more reaches the threshold; that last one is raised
 * only as far as needed. Taking the criteria with the most points to give first makes the plan
 * use the fewest criteria.
 *
 * <p><b>Knock-outs</b> are taken as evaluated: a failed knock-out whose cap lies below the
 * next tier blocks it whatever the score; its {@link KnockOut#bound()} is the value that clears
 * it, and a predicate's cannot be computed. Raising a criterion is not assumed to change which
 * knock-outs fail, even where a knock-out reads the same attribute.
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class TierPath {
  private final Tier tier;
  private final Optional<Tier> target;
  private final double pointsMissing;
  private final boolean scoreReaches;
  private final List<CriterionChange> changes;
  private final List<CriterionChange> plan;
  private final List<KnockOut> blocking;

  private TierPath(Tier tier, Optional<Tier> target, double pointsMissing, boolean scoreReaches,
      List<CriterionChange> changes, List<CriterionChange> plan, List<KnockOut> blocking) {
    this.tier = tier;
    this.target = target;
    this.pointsMissing = pointsMissing;
    this.scoreReaches = scoreReaches;
    this.changes = List.copyOf(changes);
    this.plan = List.copyOf(plan);
    this.blocking = List.copyOf(blocking);
  }

  /**
   * Finds the way from an evaluation's tier to the next tier up.
   *
   * @param model the model that made the evaluation
   * @param evaluation an evaluation by {@code model}, of a customer or replayed
   * @return the path; without a target at the top tier
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the evaluation's fingerprint is not the model's
   */
  public static TierPath of(ScoringModel<?> model, Evaluation evaluation) {
    Reach reach = new Reach(model, evaluation);
    Optional<Tier> next = evaluation.nextTier();
    if (next.isEmpty()) {
      return new TierPath(evaluation.tier(), next, 0.0, false, List.of(), List.of(), List.of());
    }
    Tier target = next.get();
    double threshold = target.minimumScore();
    List<KnockOut> blocking = reach.failedBelow(target);
    double missing = evaluation.pointsToNextTier().getAsDouble();
    if (evaluation.score() >= threshold) {
      return new TierPath(evaluation.tier(), next, missing, true, List.of(), List.of(), blocking);
    }
    List<Criterion> criteria = reach.criteria();
    boolean anyActionable = criteria.stream().anyMatch(Criterion::actionable);
    List<CriterionChange> changes = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>();
    boolean singleSuffices = false;
    for (int j = 0; j < reach.size(); j++) {
      CriterionChange change = reach.raise(j, threshold);
      changes.add(change);
      boolean candidate = !anyActionable || criteria.get(j).actionable();
      if (candidate) {
        candidates.add(j);
        singleSuffices |= change.isPossible();
      }
    }
    // stable: declaration order within each group
    changes.sort(Comparator.comparing((CriterionChange c) -> !c.actionable())
        .thenComparing(c -> !c.isPossible()));
    List<CriterionChange> plan =
        singleSuffices ? List.of() : reach.plan(candidates, threshold);
    return new TierPath(evaluation.tier(), next, missing, false, changes, plan, blocking);
  }

  /**
   * Returns the tier awarded now.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * Returns the next tier up, the one this path leads to.
   *
   * @return the tier, or empty at the top tier
   */
  public Optional<Tier> target() {
    return target;
  }

  /**
   * Returns the points missing to the target's threshold, as
   * {@link Evaluation#pointsToNextTier()}: 0 if the score reaches it and only knock-outs hold
   * the customer back, or at the top tier.
   *
   * @return the missing points, not negative
   */
  public double pointsMissing() {
    return pointsMissing;
  }

  /**
   * Tells whether the score already reaches the target's threshold, so that only knock-outs
   * can hold the customer below it.
   *
   * @return {@code true} if a target exists and the score reaches it
   */
  public boolean scoreReaches() {
    return scoreReaches;
  }

  /**
   * Returns, per criterion, the value that alone would reach the target's threshold:
   * actionable criteria first, then those with a value, then declaration order.
   *
   * @return an unmodifiable list, one change per criterion; empty at the top tier or if the
   *     score already reaches the target
   */
  public List<CriterionChange> changes() {
    return changes;
  }

  /**
   * Returns the criteria with a value that alone reaches the target, in the order of
   * {@link #changes()}.
   *
   * @return an unmodifiable list of the possible changes
   */
  public List<CriterionChange> possibleChanges() {
    return changes.stream().filter(CriterionChange::isPossible).toList();
  }

  /**
   * Returns the plan across several criteria, needed when no single actionable criterion (no
   * single criterion, if the model declares none actionable) reaches the target: the
   * criteria in the order they are raised, all but the last to their best value.
   *
   * @return an unmodifiable list of changes; empty if a single actionable criterion suffices,
   *     the score reaches the target already, or even all candidates together fall short
   */
  public List<CriterionChange> plan() {
    return plan;
  }

  /**
   * Returns the failed knock-outs whose cap lies below the target, which hold the customer
   * below it whatever the score. Each one's {@link KnockOut#bound()} is the value that clears
   * it; a predicate's is empty: it cannot be computed.
   *
   * @return an unmodifiable list, in declaration order
   */
  public List<KnockOut> blockingKnockOuts() {
    return blocking;
  }

  /**
   * Returns the path as text for an explanation, such as
   * <pre>
   * to reach A, change one of:
   *   raise contract-years from 2 to 4 (actionable)
   *   raise revenue-share from 0.2 to 0.27
   *   not by one alone: contribution-margin
   * </pre>
   *
   * @return the lines, each ending in a line break; empty at the top tier
   */
  public String toText() {
    return PathText.of(this);
  }

  /**
   * Returns a summary such as {@code TierPath[B -> A, 12.5 points missing, 2 changes]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "TierPath[" + tier.label() + " -> " + target.map(Tier::label).orElse("none") + ", "
        + pointsMissing + " points missing, " + possibleChanges().size() + " changes"
        + (plan.isEmpty() ? "" : ", plan of " + plan.size()) + "]";
  }
}
