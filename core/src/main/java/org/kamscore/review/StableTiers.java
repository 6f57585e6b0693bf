package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.Tiers;

/**
 * Tiers with hysteresis: tiering that knows a customer's previous tier, so that a score
 * wobbling around a threshold does not flip the tier, and with it the customer's manager and
 * conditions, every review cycle.
 *
 * <pre>{@code
 * StableTiers stable = StableTiers.builder(model)
 *     .margins(5, 5)               // 5 points beyond a threshold to move up or down
 *     .margins("A", 3, 8)          // tier A's threshold: its own margins
 *     .minimumCycles(2)            // at least two cycles in a tier before a demotion
 *     .build();
 *
 * StableTier first = stable.tier(model.evaluate(customer));           // plain tiering
 * StableTier next = stable.tier(model.evaluate(customer), first);    // the next cycle
 * StableTier restored = stable.tier(evaluation, "B", 3);             // B for 3 cycles
 * next.tier(); next.plainTier(); next.reason(); next.explain();
 * }</pre>
 *
 * <p><b>The rule.</b> Each threshold of the model's {@link Tiers} has an up-margin and a
 * down-margin (0 unless declared). Its <em>promotion threshold</em> is {@code threshold + up},
 * its <em>demotion threshold</em> {@code threshold - down}, both computed in {@code double}.
 * Given the previous tier, the thresholds above it count at their promotion thresholds and the
 * thresholds at and below it at their demotion thresholds; the tier is, as in plain tiering,
 * the best tier whose (so shifted) threshold the score reaches. So a customer is promoted into a
 * better tier only when its score reaches that tier's threshold plus the up-margin, and demoted
 * out of its tier only when its score falls below the tier's threshold minus the down-margin.
 * With a minimum number of cycles {@code m}, a customer that has spent fewer than {@code m}
 * cycles in its previous tier is not demoted at all (promotions are not delayed). The result
 * always lies between the previous tier and the plain one.
 *
 * <p><b>Knock-outs.</b> A customer that fails a knock-out never gets a tier above the
 * knock-out's {@linkplain KnockOut#cap() cap}, hysteresis or not: the tier found above is
 * lowered to the cap of every failed knock-out, as in {@link Evaluation#tier()}.
 *
 * <p><b>Without a previous tier</b> the result is exactly {@link Evaluation#tier()}; with zero
 * margins and a minimum of one cycle, it is exactly that for every previous tier. For a fixed
 * previous tier the result never falls as the score rises.
 *
 * <p>Margins must keep every promotion threshold at most 100 and every demotion threshold at
 * least 0, and each at most the one of the tier above it, so that every tier stays reachable and
 * no tier is skipped. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StableTiers {
  private final ScoringModel<?> model;
  private final Margins margins;
  private final int minimumCycles;
  private final Hysteresis hysteresis;
  private final List<String> knockOuts;
  private final int[] capRanks;

  private StableTiers(Builder builder) {
    this.model = builder.model;
    this.margins = builder.margins.inherit();
    this.minimumCycles = builder.minimumCycles;
    this.hysteresis = builder.margins.build(minimumCycles);
    List<String> names = new ArrayList<>();
    List<KnockOut> declared = model.knockOuts();
    this.capRanks = new int[declared.size()];
    for (int k = 0; k < capRanks.length; k++) {
      names.add(declared.get(k).name());
      capRanks[k] = hysteresis.rankOf(declared.get(k).cap());
    }
    this.knockOuts = List.copyOf(names);
  }

  /**
   * Starts stable tiers over a model's tiers and knock-outs, with zero margins and a minimum of
   * one cycle.
   *
   * @param model the model whose evaluations will be tiered
   * @return a new builder
   * @throws NullPointerException if {@code model} is {@code null}
   */
  public static Builder builder(ScoringModel<?> model) {
    return new Builder(requireNonNull(model, "model"));
  }

  /**
   * Returns a builder holding these settings, to derive a variant; each setting may be made
   * once more on it. These stable tiers are unchanged.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(model);
    builder.margins = margins.inherit();
    builder.minimumCycles = minimumCycles;
    return builder;
  }

  /**
   * Tiers a customer seen for the first time: plain tiering.
   *
   * @param evaluation the customer's evaluation by this model
   * @return the stable tier, exactly {@link Evaluation#tier()}, with reason
   *     {@link StabilityReason#FIRST_CYCLE} and one cycle in the tier
   * @throws NullPointerException if {@code evaluation} is {@code null}
   * @throws IllegalArgumentException if the evaluation comes from a model with another
   *     fingerprint
   */
  public StableTier tier(Evaluation evaluation) {
    return decide(evaluation, null, 0);
  }

  /**
   * Tiers a customer whose previous tier is known but not how many cycles it spent there.
   *
   * @param evaluation the customer's evaluation by this model
   * @param previousTier the label of the customer's tier in the previous cycle
   * @return the stable tier; its cycles in the tier are unknown if the tier stays the same
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the evaluation comes from a model with another
   *     fingerprint, {@code previousTier} is not a tier of the model, or the minimum number of
   *     cycles is above 1, which needs the cycles
   */
  public StableTier tier(Evaluation evaluation, String previousTier) {
    requireNonNull(previousTier, "previousTier");
    return decide(evaluation, previousTier, 0);
  }

  /**
   * Tiers a customer whose previous tier, and the cycles it spent there, are known.
   *
   * @param evaluation the customer's evaluation by this model
   * @param previousTier the label of the customer's tier in the previous cycle
   * @param cyclesInTier the number of consecutive cycles, up to and including the previous one,
   *     that the customer has spent in {@code previousTier}; at least 1
   * @return the stable tier
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the evaluation comes from a model with another
   *     fingerprint, {@code previousTier} is not a tier of the model, or {@code cyclesInTier} is
   *     below 1
   */
  public StableTier tier(Evaluation evaluation, String previousTier, int cyclesInTier) {
    requireNonNull(previousTier, "previousTier");
    if (cyclesInTier < 1) {
      throw new IllegalArgumentException(Checks.format(
          "cycles in tier '%s' must be at least 1 but was: %s", previousTier, cyclesInTier));
    }
    return decide(evaluation, previousTier, cyclesInTier);
  }

  /**
   * Tiers a customer in the cycle after a previous stable tier: its tier and cycles carry over.
   *
   * @param evaluation the customer's evaluation by this model
   * @param previous the customer's stable tier in the previous cycle
   * @return the stable tier
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the evaluation comes from a model with another
   *     fingerprint, the previous tier is not a tier of the model, or the minimum number of
   *     cycles is above 1 and the previous cycles are unknown
   */
  public StableTier tier(Evaluation evaluation, StableTier previous) {
    requireNonNull(previous, "previous");
    return decide(evaluation, previous.tier().label(), previous.cycles());
  }

  private StableTier decide(Evaluation evaluation, String previousTier, int cycles) {
    requireNonNull(evaluation, "evaluation");
    if (!evaluation.fingerprint().equals(model.fingerprint())) {
      throw new IllegalArgumentException(Checks.format(
          "evaluation's model must be '%s' %s with fingerprint %s but was: '%s' %s with "
              + "fingerprint %s", model.id(), model.version(), model.fingerprint(),
          evaluation.modelId(), evaluation.modelVersion(), evaluation.fingerprint()));
    }
    int previous = previousTier == null ? -1 : hysteresis.previousRank(previousTier, cycles);
    int capRank = 0;
    for (String failed : evaluation.failedKnockOuts()) {
      capRank = Math.max(capRank, capRanks[knockOuts.indexOf(failed)]);
    }
    Outcome outcome = hysteresis.decide(evaluation.score(), capRank, previous, cycles);
    List<Tier> ladder = model.tiers().all();
    return new StableTier(evaluation, ladder.get(outcome.rank()),
        previous < 0 ? null : ladder.get(previous), outcome, cycles, hysteresis);
  }

  /**
   * Returns the minimum number of cycles a customer spends in a tier before a demotion.
   *
   * @return the minimum, at least 1; 1 delays no demotion
   */
  public int minimumCycles() {
    return minimumCycles;
  }

  /**
   * Returns the tiers of the model.
   *
   * @return the tiers
   */
  public Tiers tiers() {
    return model.tiers();
  }

  /**
   * Returns a summary such as
   * {@code StableTiers[customer-attractiveness 2026.1, tier A +3/-8, tier B +5/-5, minimum 2
   * cycles]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("StableTiers[").append(model.id()).append(' ')
        .append(model.version());
    hysteresis.describe(s);
    return s.append(", minimum ").append(minimumCycles).append(minimumCycles == 1 ? " cycle]"
        : " cycles]").toString();
  }

  /**
   * Declares {@link StableTiers}. Each setting is given once; {@link #build()} checks the whole
   * and leaves the builder unchanged. Builders are not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ScoringModel<?> model;
    private Margins margins;
    private int minimumCycles = 1;
    private boolean minimumCyclesSet;

    private Builder(ScoringModel<?> model) {
      this.model = model;
      List<Tier> tiers = model.tiers().all();
      List<String> labels = new ArrayList<>(tiers.size());
      double[] thresholds = new double[tiers.size() - 1];
      for (Tier tier : tiers) {
        labels.add(tier.label());
        if (tier.rank() < thresholds.length) {
          thresholds[tier.rank()] = tier.minimumScore();
        }
      }
      this.margins = new Margins("tier", "with a threshold", "margins", labels, thresholds);
    }

    /**
     * Sets the margins of every threshold that has none of its own.
     *
     * @param up the points by which a score must clear a threshold to promote; finite, not
     *     negative
     * @param down the points by which a score must fall below a threshold to demote; finite,
     *     not negative
     * @return this builder
     * @throws IllegalArgumentException if a margin is negative or not finite
     * @throws IllegalStateException if these margins were already set on this builder
     */
    public Builder margins(double up, double down) {
      margins.all(up, down);
      return this;
    }

    /**
     * Sets the margins of one tier's threshold, overriding {@link #margins(double, double)}.
     *
     * @param tier the label of a tier with a threshold (not the lowest tier)
     * @param up the points by which a score must clear the tier's threshold to promote a
     *     customer into the tier; finite, not negative
     * @param down the points by which a score must fall below the tier's threshold to demote a
     *     customer out of it; finite, not negative
     * @return this builder
     * @throws NullPointerException if {@code tier} is {@code null}
     * @throws IllegalArgumentException if {@code tier} is not a tier with a threshold, or a
     *     margin is negative or not finite
     * @throws IllegalStateException if this tier's margins were already set on this builder
     */
    public Builder margins(String tier, double up, double down) {
      margins.of(tier, up, down);
      return this;
    }

    /**
     * Sets the minimum number of cycles a customer spends in a tier before it can be demoted.
     *
     * @param cycles the minimum, at least 1; 1 (the default) delays no demotion
     * @return this builder
     * @throws IllegalArgumentException if {@code cycles} is below 1
     * @throws IllegalStateException if the minimum was already set on this builder
     */
    public Builder minimumCycles(int cycles) {
      minimumCycles = Hysteresis.requireMinimumCycles(cycles, minimumCyclesSet, minimumCycles);
      minimumCyclesSet = true;
      return this;
    }

    /**
     * Builds the stable tiers. The builder is unchanged.
     *
     * @return the stable tiers
     * @throws IllegalStateException if a promotion threshold is above 100 or above that of the
     *     tier above, or a demotion threshold is below 0 or above that of the tier above
     */
    public StableTiers build() {
      return new StableTiers(this);
    }
  }
}
