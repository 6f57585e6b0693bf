package org.kamscore.review;

import java.util.Objects;
import org.kamscore.Evaluation;

/**
 * What {@link StableTier} and {@link StableBand} share: the evaluation decided from, the
 * reason, the cycles, and the one-line explanation. Ranks count from the best tier or the top
 * band, 0 first.
 */
abstract class Stability {
  private final Evaluation evaluation;
  private final StabilityReason reason;
  private final int cycles;
  private final int previousCycles;
  private final Hysteresis hysteresis;

  Stability(Evaluation evaluation, Outcome outcome, int previousCycles, Hysteresis hysteresis) {
    this.evaluation = evaluation;
    this.reason = outcome.reason();
    this.cycles = outcome.cycles();
    this.previousCycles = previousCycles;
    this.hysteresis = hysteresis;
  }

  /**
   * Returns why the result is what it is.
   *
   * @return the reason
   */
  public StabilityReason reason() {
    return reason;
  }

  /**
   * Tells whether hysteresis held the customer elsewhere than plain tiering or the matrix
   * alone puts it.
   *
   * @return {@code true} if the result differs from the plain one; the same as
   *     {@code reason().held()}
   */
  public boolean held() {
    return reason.held();
  }

  /**
   * Returns the score.
   *
   * @return the evaluation's score
   */
  public double score() {
    return evaluation.score();
  }

  /**
   * Returns the evaluation the result was decided from.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * Explains the result in one line, the score to two decimals (cut toward zero, so that it
   * stays on its side of a threshold), such as {@code tier A held: score 72 is below tier A's
   * threshold 75 but not below its demotion threshold 70 (down margin 5); without hysteresis
   * tier B}.
   *
   * @return the explanation
   */
  public String explain() {
    return hysteresis.explain(new Outcome(rank(), reason, cycles), evaluation.score(),
        plainRank(), previousRank(), previousCycles, evaluation.failedKnockOuts());
  }

  abstract int rank();

  abstract int plainRank();

  /** The previous rank, -1 if none. */
  abstract int previousRank();

  /** The cycles in the result's rank, 0 if unknown. */
  int cycles() {
    return cycles;
  }

  /** The lowest rank: the rank of a band is this minus the band's index. */
  int lowestRank() {
    return hysteresis.labels().size() - 1;
  }

  String cyclesText() {
    return cycles == 0 ? "unknown" : Integer.toString(cycles);
  }

  /** Whether the shared fields are equal; subclasses add their own. */
  boolean sameAs(Stability other) {
    return evaluation.equals(other.evaluation) && reason == other.reason
        && cycles == other.cycles && previousCycles == other.previousCycles;
  }

  int sharedHash() {
    return Objects.hash(evaluation, reason, cycles, previousCycles);
  }
}
