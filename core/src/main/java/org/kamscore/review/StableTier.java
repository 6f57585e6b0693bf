package org.kamscore.review;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamscore.Evaluation;
import org.kamscore.Tier;

/**
 * A customer's tier for one review cycle by {@link StableTiers}: the tier awarded, what plain
 * tiering gives, the previous tier, and why.
 *
 * <pre>{@code
 * StableTier t = stable.tier(evaluation, previous);
 * t.tier().label();        // "A": held by hysteresis
 * t.plainTier().label();   // "B": evaluation.tier()
 * t.reason();              // DEMOTION_HELD
 * t.explain();             // "tier A held: score 72 is below tier A's threshold 75 but ..."
 * }</pre>
 *
 * <p>Instances are immutable; two are equal when their evaluations, tiers, previous tiers and
 * cycles, reasons and cycles are.
 *
 * @since 0.1.0
 */
public final class StableTier extends Stability {
  private final Tier tier;
  private final Tier previousTier;

  StableTier(Evaluation evaluation, Tier tier, Tier previousTier, Outcome outcome,
      int previousCycles, Hysteresis hysteresis) {
    super(evaluation, outcome, previousCycles, hysteresis);
    this.tier = tier;
    this.previousTier = previousTier;
  }

  /**
   * Returns the tier awarded for this cycle.
   *
   * @return the tier, never above the cap of a failed knock-out
   */
  public Tier tier() {
    return tier;
  }

  /**
   * Returns the tier plain tiering gives, without hysteresis: {@link Evaluation#tier()}.
   *
   * @return the plain tier
   */
  public Tier plainTier() {
    return evaluation().tier();
  }

  /**
   * Returns the previous cycle's tier, as given.
   *
   * @return the previous tier, or empty in a first cycle
   */
  public Optional<Tier> previousTier() {
    return Optional.ofNullable(previousTier);
  }

  /**
   * Returns the consecutive cycles the customer has spent in its tier, this one included: 1
   * after a change of tier or in a first cycle, one more than the previous count otherwise
   * (at most {@link Integer#MAX_VALUE}).
   *
   * @return the cycles, or empty if the tier stayed the same and the previous count was unknown
   */
  public OptionalInt cyclesInTier() {
    return cycles() == 0 ? OptionalInt.empty() : OptionalInt.of(cycles());
  }

  @Override
  int rank() {
    return tier.rank();
  }

  @Override
  int plainRank() {
    return evaluation().tier().rank();
  }

  @Override
  int previousRank() {
    return previousTier == null ? -1 : previousTier.rank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StableTier && sameAs((StableTier) o)
        && tier.equals(((StableTier) o).tier)
        && Objects.equals(previousTier, ((StableTier) o).previousTier);
  }

  @Override
  public int hashCode() {
    return 31 * sharedHash() + Objects.hash(tier, previousTier);
  }

  /**
   * Returns a summary such as
   * {@code StableTier[tier=A, plain=B, previous=A, reason=DEMOTION_HELD, cycles=3]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "StableTier[tier=" + tier.label() + ", plain=" + plainTier().label()
        + ", previous=" + (previousTier == null ? "none" : previousTier.label()) + ", reason="
        + reason() + ", cycles=" + cyclesText() + "]";
  }
}
