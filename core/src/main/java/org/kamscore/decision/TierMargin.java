package org.kamscore.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/**
 * How far an evaluated customer is from falling to the tier below, and which criterion would
 * drop it first: the other direction of {@link TierPath}.
 *
 * <pre>{@code
 * TierMargin margin = TierMargin.of(model, model.evaluate(customer));
 * margin.points();          // 5.5: points above the tier's threshold
 * margin.first();           // the criterion that drops the tier with the least change
 * margin.holds();           // per criterion the worst value that still holds the tier
 * }</pre>
 *
 * <p>The margin is the score minus the awarded tier's threshold (for a tier capped by a
 * knock-out, the cap tier's threshold). Per criterion, the other criteria as evaluated,
 * {@link #holds()} gives the worst raw value whose score still reaches that threshold —
 * computed exactly, as in {@link TierPath}: any value worse by more than rounding drops the
 * customer to the tier below. A criterion whose worst value still holds the tier has no value:
 * it cannot drop the tier alone. The criterion that drops it first is the one whose utility
 * (the share of its scale's range it earns) may fall the least before the score falls below
 * the threshold — the heaviest criterion, in effect, as every criterion must lose the same
 * points; ties in declaration order. Knock-outs are taken as evaluated. Instances are
 * immutable.
 *
 * @since 0.1.0
 */
public final class TierMargin {
  private final Tier tier;
  private final Optional<Tier> below;
  private final double points;
  private final List<CriterionChange> holds;

  private TierMargin(Tier tier, Optional<Tier> below, double points,
      List<CriterionChange> holds) {
    this.tier = tier;
    this.below = below;
    this.points = points;
    this.holds = List.copyOf(holds);
  }

  /**
   * Finds how far an evaluation is from the tier below.
   *
   * @param model the model that made the evaluation
   * @param evaluation an evaluation by {@code model}, of a customer or replayed
   * @return the margin; without a tier below at the lowest tier
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the evaluation's fingerprint is not the model's
   */
  public static TierMargin of(ScoringModel<?> model, Evaluation evaluation) {
    Reach reach = new Reach(model, evaluation);
    Tier tier = evaluation.tier();
    List<Tier> ladder = model.tiers().all();
    if (tier.rank() == ladder.size() - 1) {
      return new TierMargin(tier, Optional.empty(), Double.NaN, List.of());
    }
    double threshold = tier.minimumScore();
    List<CriterionChange> holds = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    for (int j = 0; j < reach.size(); j++) {
      CriterionChange hold = reach.hold(j, threshold);
      holds.add(hold);
      losses.add(hold.isPossible()
          ? hold.current().utility() - hold.needed()
          : Double.POSITIVE_INFINITY);
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < holds.size(); j++) {
      order.add(j);
    }
    order.sort(Comparator.comparingDouble(losses::get)); // stable: ties in declaration order
    List<CriterionChange> sorted = new ArrayList<>();
    for (int j : order) {
      sorted.add(holds.get(j));
    }
    return new TierMargin(tier, Optional.of(ladder.get(tier.rank() + 1)),
        evaluation.score() - threshold, sorted);
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
   * Returns the tier one below the awarded tier.
   *
   * @return the tier below, or empty at the lowest tier
   */
  public Optional<Tier> below() {
    return below;
  }

  /**
   * Returns the points by which the score exceeds the awarded tier's threshold: losing more
   * than these drops the customer to the tier below.
   *
   * @return the margin, not negative, or empty at the lowest tier
   */
  public OptionalDouble points() {
    return below.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(points);
  }

  /**
   * Returns, per criterion, the worst value that still holds the tier: the criterion that
   * drops it first ahead, then the others by how far their utility may fall, and those that
   * cannot drop it alone last, ties in declaration order.
   *
   * @return an unmodifiable list, one entry per criterion; empty at the lowest tier
   */
  public List<CriterionChange> holds() {
    return holds;
  }

  /**
   * Returns the criterion that would drop the customer to the tier below first: the one whose
   * utility may fall the least before the score falls below the tier's threshold.
   *
   * @return the criterion's change, or empty at the lowest tier or if no criterion alone can
   *     drop the tier
   */
  public Optional<CriterionChange> first() {
    return holds.isEmpty() || !holds.get(0).isPossible()
        ? Optional.empty() : Optional.of(holds.get(0));
  }

  /**
   * Returns the margin as a line such as
   * {@code B holds by 3.50 points above 50.00; revenue drops it first, below 61}.
   *
   * @return the line, ending in a line break; empty at the lowest tier
   */
  public String toText() {
    return PathText.of(this);
  }

  /**
   * Returns a summary such as {@code TierMargin[B, 3.5 points above C]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return below.isEmpty() ? "TierMargin[" + tier.label() + ", lowest tier]"
        : "TierMargin[" + tier.label() + ", " + points + " points above "
            + below.get().label() + "]";
  }
}
