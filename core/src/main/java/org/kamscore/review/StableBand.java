package org.kamscore.review;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamscore.Evaluation;
import org.kamscore.matrix.Band;

/**
 * A customer's band on one matrix axis for one review cycle by {@link StableMatrix}: the band
 * awarded, the band the matrix alone gives, the previous band, and why.
 *
 * <p>Instances are immutable; two are equal when their evaluations, bands, previous bands and
 * cycles, reasons and cycles are.
 *
 * @since 0.1.0
 */
public final class StableBand extends Stability {
  private final Band band;
  private final Band plainBand;
  private final Band previousBand;

  StableBand(Evaluation evaluation, Band band, Band plainBand, Band previousBand,
      Outcome outcome, int previousCycles, Hysteresis hysteresis) {
    super(evaluation, outcome, previousCycles, hysteresis);
    this.band = band;
    this.plainBand = plainBand;
    this.previousBand = previousBand;
  }

  /**
   * Returns the band awarded for this cycle.
   *
   * @return the band, never above the matrix's band if the customer failed a knock-out of the
   *     axis's model
   */
  public Band band() {
    return band;
  }

  /**
   * Returns the band the matrix alone gives, without hysteresis.
   *
   * @return the placement's band on this axis
   */
  public Band plainBand() {
    return plainBand;
  }

  /**
   * Returns the previous cycle's band, as given.
   *
   * @return the previous band, or empty in a first cycle
   */
  public Optional<Band> previousBand() {
    return Optional.ofNullable(previousBand);
  }

  /**
   * Returns the consecutive cycles the customer has spent in its band, this one included: 1
   * after a change of band or in a first cycle, one more than the previous count otherwise
   * (at most {@link Integer#MAX_VALUE}).
   *
   * @return the cycles, or empty if the band stayed the same and the previous count was unknown
   */
  public OptionalInt cyclesInBand() {
    return cycles() == 0 ? OptionalInt.empty() : OptionalInt.of(cycles());
  }

  @Override
  int rank() {
    return lowestRank() - band.index();
  }

  @Override
  int plainRank() {
    return lowestRank() - plainBand.index();
  }

  @Override
  int previousRank() {
    return previousBand == null ? -1 : lowestRank() - previousBand.index();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StableBand)) {
      return false;
    }
    StableBand other = (StableBand) o;
    return sameAs(other) && band.equals(other.band) && plainBand.equals(other.plainBand)
        && Objects.equals(previousBand, other.previousBand);
  }

  @Override
  public int hashCode() {
    return 31 * sharedHash() + Objects.hash(band, plainBand, previousBand);
  }

  /**
   * Returns a summary such as
   * {@code StableBand[band=high, plain=low, previous=high, reason=DEMOTION_HELD, cycles=3]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "StableBand[band=" + band.label() + ", plain=" + plainBand.label() + ", previous="
        + (previousBand == null ? "none" : previousBand.label()) + ", reason=" + reason()
        + ", cycles=" + cyclesText() + "]";
  }
}
