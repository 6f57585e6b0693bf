package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Checks.requireName;

import java.util.ArrayList;
import java.util.List;

/**
 * A ladder of labelled tiers on the 0..100 score: thresholds strictly descending and
 * inclusive ({@code score >= threshold}), and a label for the rest.
 *
 * <pre>{@code
 * Tiers.from("A", 75).then("B", 50).otherwise("C")
 * }</pre>
 *
 * <p>A score of 75 is in A, 74.99 in B, anything below 50 in C. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class Tiers {
  private final List<Tier> tiers;
  private final double[] thresholds;

  private Tiers(List<Tier> tiers) {
    this.tiers = List.copyOf(tiers);
    this.thresholds = new double[tiers.size() - 1];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = tiers.get(i).minimumScore();
    }
  }

  /**
   * Starts a ladder with its top tier.
   *
   * @param label the top tier's label
   * @param threshold the least score of the top tier, in {@code [0, 100]}
   * @return the ladder so far
   * @throws IllegalArgumentException if {@code label} is blank or {@code threshold} not in
   *     {@code [0, 100]}
   */
  public static Ladder from(String label, double threshold) {
    return new Ladder(List.of()).then(label, threshold);
  }

  /**
   * A ladder of one tier that holds every score, for a model that ranks without tiers.
   *
   * @param label the tier's label
   * @return the ladder
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static Tiers single(String label) {
    return new Ladder(List.of()).otherwise(label);
  }

  /**
   * Returns the tiers, best first; the last one holds every score below the others.
   *
   * @return an unmodifiable list of the tiers
   */
  public List<Tier> all() {
    return tiers;
  }

  /**
   * Returns the tier of a score.
   *
   * @param score a score in {@code [0, 100]}
   * @return the best tier whose threshold the score reaches
   */
  public Tier of(double score) {
    return tiers.get(rankOf(score));
  }

  /**
   * Returns the lowest tier.
   *
   * @return the tier for scores below every threshold
   */
  public Tier lowest() {
    return tiers.get(tiers.size() - 1);
  }

  int rankOf(double score) {
    int rank = 0;
    while (rank < thresholds.length && !(score >= thresholds[rank])) {
      rank++;
    }
    return rank;
  }

  int rankOf(String label) {
    for (Tier tier : tiers) {
      if (tier.label().equals(label)) {
        return tier.rank();
      }
    }
    return -1;
  }

  List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (Tier tier : tiers) {
      labels.add(tier.label());
    }
    return labels;
  }

  String canonical() {
    StringBuilder s = new StringBuilder("tiers(");
    for (Tier tier : tiers) {
      s.append(tier.label().length()).append(':').append(tier.label());
      if (tier.rank() < thresholds.length) {
        s.append(">=").append(Scale.hex(tier.minimumScore())).append(',');
      }
    }
    return s.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tiers && ((Tiers) o).tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  /**
   * Returns a readable description, such as {@code A >= 75.0, B >= 50.0, C}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Tier tier : tiers) {
      s.append(s.length() == 0 ? "" : ", ").append(tier.label());
      if (tier.rank() < thresholds.length) {
        s.append(" >= ").append(tier.minimumScore());
      }
    }
    return s.toString();
  }

  /**
   * A ladder being declared, top tier first; finish it with {@link #otherwise(String)}.
   * Instances are immutable.
   *
   * @since 0.1.0
   */
  public static final class Ladder {
    private final List<Tier> tiers;

    private Ladder(List<Tier> tiers) {
      this.tiers = tiers;
    }

    /**
     * Adds the next tier down.
     *
     * @param label the tier's label, not used yet on this ladder
     * @param threshold its least score, below the previous tier's threshold and in
     *     {@code [0, 100]}
     * @return the ladder so far
     * @throws IllegalArgumentException if {@code label} is blank or repeats a label, or if
     *     {@code threshold} is not in {@code [0, 100]} or not below the previous threshold
     */
    public Ladder then(String label, double threshold) {
      requireLabel(label);
      requireArgument(threshold >= 0.0 && threshold <= 100.0,
          "threshold of tier '%s' must be in [0, 100] but was: %s", label, threshold);
      if (!tiers.isEmpty()) {
        Tier previous = tiers.get(tiers.size() - 1);
        requireArgument(threshold < previous.minimumScore(),
            "threshold of tier '%s' must be below %s (tier '%s') but was: %s",
            label, previous.minimumScore(), previous.label(), threshold);
      }
      List<Tier> more = new ArrayList<>(tiers);
      more.add(new Tier(label, threshold, tiers.size()));
      return new Ladder(more);
    }

    /**
     * Ends the ladder with the tier for every score below the last threshold.
     *
     * @param label the lowest tier's label, not used yet on this ladder
     * @return the tiers
     * @throws IllegalArgumentException if {@code label} is blank or repeats a label
     */
    public Tiers otherwise(String label) {
      requireLabel(label);
      List<Tier> all = new ArrayList<>(tiers);
      all.add(new Tier(label, 0.0, tiers.size()));
      return new Tiers(all);
    }

    private void requireLabel(String label) {
      requireName(label, "tier label");
      for (Tier tier : tiers) {
        requireArgument(!tier.label().equals(label),
            "tier label must be unique but was repeated: '%s'", label);
      }
    }
  }
}
