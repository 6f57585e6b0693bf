package org.kamscore.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A ladder with margins, in rank order: rank 0 is the best tier or the top band, and threshold
 * {@code j} separates rank {@code j} (scores at or above it) from rank {@code j + 1}. Thresholds
 * above the previous rank are crossed upward at their promotion thresholds
 * ({@code threshold + up}), those at and below it downward at their demotion thresholds
 * ({@code threshold - down}); the first threshold reached, from the top, gives the rank. With
 * zero margins this is plain tiering. Immutable.
 */
final class Hysteresis {
  private final String what;
  private final List<String> labels;
  private final double[] thresholds;
  private final double[] ups;
  private final double[] downs;
  private final double[] raised;
  private final double[] lowered;
  private final int minimumCycles;

  /**
   * @param what what a rank is, such as {@code "tier"} or {@code "row band"}, for explanations
   * @param labels the label of every rank, best first: one more than there are thresholds
   */
  Hysteresis(String what, List<String> labels, double[] thresholds, double[] ups,
      double[] downs, int minimumCycles) {
    this.what = what;
    this.labels = List.copyOf(labels);
    this.thresholds = thresholds.clone();
    this.ups = ups.clone();
    this.downs = downs.clone();
    this.raised = new double[thresholds.length];
    this.lowered = new double[thresholds.length];
    for (int j = 0; j < thresholds.length; j++) {
      raised[j] = thresholds[j] + ups[j];
      lowered[j] = thresholds[j] - downs[j];
    }
    this.minimumCycles = minimumCycles;
  }

  /** Checks a minimum number of cycles for a builder that may have set one already. */
  static int requireMinimumCycles(int cycles, boolean alreadySet, int earlier) {
    Checks.requireArgument(cycles >= 1, "minimum cycles must be at least 1 but was: %s", cycles);
    Checks.requireState(!alreadySet, "minimum cycles were already set to %s", earlier);
    return cycles;
  }

  /** The rank of a score without hysteresis: the first threshold it reaches. */
  int scoreRank(double score) {
    int j = 0;
    while (j < thresholds.length && !(score >= thresholds[j])) {
      j++;
    }
    return j;
  }

  /** The rank of a score after a previous rank, by the margins alone. */
  int marginRank(double score, int previous) {
    int j = 0;
    while (j < thresholds.length && !(score >= (j < previous ? raised[j] : lowered[j]))) {
      j++;
    }
    return j;
  }

  /**
   * Decides the rank of a score.
   *
   * @param capRank the worst cap of the failed knock-outs, 0 if none
   * @param previous the previous rank, -1 if none
   * @param cycles the cycles spent in the previous rank, 0 if unknown
   */
  Outcome decide(double score, int capRank, int previous, int cycles) {
    int scoreRank = scoreRank(score);
    int plain = Math.max(scoreRank, capRank);
    if (previous < 0) {
      return new Outcome(plain, StabilityReason.FIRST_CYCLE, 1);
    }
    int margin = marginRank(score, previous);
    int held = margin > previous && cycles > 0 && cycles < minimumCycles ? previous : margin;
    int rank = Math.max(held, capRank);
    StabilityReason reason;
    if (rank > plain) {
      reason = StabilityReason.PROMOTION_HELD;
    } else if (rank < plain) {
      reason = Math.max(margin, capRank) == rank
          ? StabilityReason.DEMOTION_HELD
          : StabilityReason.MINIMUM_CYCLES;
    } else {
      reason = held != scoreRank ? StabilityReason.KNOCK_OUT_CAP : StabilityReason.AS_SCORED;
    }
    int next;
    if (rank != previous) {
      next = 1;
    } else {
      next = cycles == 0 || cycles == Integer.MAX_VALUE ? cycles : cycles + 1;
    }
    return new Outcome(rank, reason, next);
  }

  /**
   * The rank of a previous label, checked: a label of the ladder, with known cycles unless the
   * minimum is 1. Checks here run once per customer, so they box nothing unless they fail.
   */
  int previousRank(String label, int cycles) {
    int rank = labels.indexOf(label);
    if (rank < 0) {
      throw new IllegalArgumentException(Checks.format(
          "previous %s must be one of %s but was: '%s'", what, labels, label));
    }
    if (cycles == 0 && minimumCycles > 1) {
      throw new IllegalArgumentException(Checks.format(
          "cycles in %s '%s' must be known when the minimum is %s cycles but were: unknown",
          what, label, minimumCycles));
    }
    return rank;
  }

  /** The rank of a label, -1 if none. */
  int rankOf(String label) {
    return labels.indexOf(label);
  }

  String label(int rank) {
    return labels.get(rank);
  }

  List<String> labels() {
    return labels;
  }

  int minimumCycles() {
    return minimumCycles;
  }

  double up(int j) {
    return ups[j];
  }

  double down(int j) {
    return downs[j];
  }

  /**
   * Explains an outcome in one line, the score to two decimals cut toward zero, such as
   * {@code tier A held: score 72 is below tier A's threshold 75 but not below its demotion
   * threshold 70 (down margin 5); without hysteresis tier B}.
   */
  String explain(Outcome outcome, double score, int plain, int previous, int previousCycles,
      List<String> failedKnockOuts) {
    int rank = outcome.rank();
    String label = labels.get(rank);
    String s = twoDecimals(score);
    String plainText = "; without hysteresis " + what + " " + labels.get(plain);
    switch (outcome.reason()) {
      case FIRST_CYCLE:
        return what + " " + label + ": first cycle, the plain " + what + " (score " + s + ")";
      case AS_SCORED:
        return what + " " + label + " (previously " + labels.get(previous) + "): the plain "
            + what + " (score " + s + ")";
      case PROMOTION_HELD:
        return what + " " + label + " held: score " + s + " reaches " + what + " "
            + labels.get(rank - 1) + "'s threshold " + Numbers.number(thresholds[rank - 1])
            + " but not its promotion threshold " + Numbers.number(raised[rank - 1])
            + " (up margin " + Numbers.number(ups[rank - 1]) + ")" + plainText;
      case DEMOTION_HELD:
        return what + " " + label + " held: score " + s + " is below " + what + " " + label
            + "'s threshold " + Numbers.number(thresholds[rank])
            + " but not below its demotion threshold " + Numbers.number(lowered[rank])
            + " (down margin " + Numbers.number(downs[rank]) + ")" + plainText;
      case MINIMUM_CYCLES:
        return what + " " + label + " held: " + previousCycles + " cycle"
            + (previousCycles == 1 ? "" : "s") + " in " + what + " " + labels.get(previous)
            + ", fewer than the minimum " + minimumCycles + plainText;
      default:
        return what + " " + label + ": failed knock-outs " + failedKnockOuts
            + " cap it, whatever hysteresis would hold";
    }
  }

  /**
   * A score to two decimals, cut toward zero, so that it stays on its side of a threshold of
   * up to two decimals: 69.999 is {@code 69.99}, never {@code 70}.
   */
  static String twoDecimals(double score) {
    return new BigDecimal(score).setScale(2, RoundingMode.DOWN).stripTrailingZeros()
        .toPlainString();
  }

  /** Appends the margins, such as {@code , tier A +5/-5, tier B +5/-5}. */
  void describe(StringBuilder s) {
    for (int j = 0; j < thresholds.length; j++) {
      s.append(", ").append(what).append(' ').append(labels.get(j)).append(" +")
          .append(Numbers.number(ups[j])).append("/-").append(Numbers.number(downs[j]));
    }
  }
}
