package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

/**
 * A customer near a boundary, on a {@link WatchList}: which boundary, on which side, and how
 * many points away.
 *
 * @since 0.1.0
 */
public final class WatchEntry {
  private final String key;
  private final Boundary boundary;
  private final String label;
  private final double threshold;
  private final double score;
  private final Side side;
  private final double distance;

  /** What kind of boundary a watch-list entry is near. */
  public enum Boundary {
    /** The threshold of a tier of the model. */
    TIER,
    /** A cut between two bands of the matrix's rows. */
    ROW_BAND,
    /** A cut between two bands of the matrix's columns. */
    COLUMN_BAND
  }

  /** Where a customer's score lies from a boundary. */
  public enum Side {
    /** At or above the boundary: the customer would fall below it by losing points. */
    ABOVE,
    /** Below the boundary: the customer would reach it by gaining points. */
    BELOW
  }

  WatchEntry(String key, Boundary boundary, String label, double threshold, double score, Side side, double distance) {
    requireNonNull(key, "key");
    requireNonNull(boundary, "boundary");
    requireNonNull(label, "label");
    requireNonNull(side, "side");
    Checks.requireArgument(threshold >= 0.0 && threshold <= 100.0,
        "threshold of watch-list entry '%s' must be in [0, 100] but was: %s", key, threshold);
    Checks.requireArgument(score >= 0.0 && score <= 100.0,
        "score of watch-list entry '%s' must be in [0, 100] but was: %s", key, score);
    double expected = side == Side.ABOVE ? score - threshold : threshold - score;
    Checks.requireArgument(Double.compare(distance, expected) == 0
            && (side == Side.ABOVE ? distance >= 0.0 : distance > 0.0),
        "distance of watch-list entry '%s' must be %s, %s the %s %s at %s from the score %s, "
            + "but was: %s", key, expected, side == Side.ABOVE ? "at or above" : "below",
        boundary, label, threshold, score, distance);
    this.key = key;
    this.boundary = boundary;
    this.label = label;
    this.threshold = threshold;
    this.score = score;
    this.side = side;
    this.distance = distance;
  }

  /**
   * Returns the customer's declared key.
   *
   * @return the customer's declared key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the kind of boundary: a tier threshold or a band cut of a matrix axis.
   *
   * @return the kind of boundary: a tier threshold or a band cut of a matrix axis
   */
  public Boundary boundary() {
    return boundary;
  }

  /**
   * Returns the tier whose threshold it is, or the band above the cut.
   *
   * @return the tier whose threshold it is, or the band above the cut
   */
  public String label() {
    return label;
  }

  /**
   * Returns the boundary's score, in {@code [0, 100]}.
   *
   * @return the boundary's score, in {@code [0, 100]}
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the customer's score on the boundary's model, in {@code [0, 100]}.
   *
   * @return the customer's score on the boundary's model, in {@code [0, 100]}
   */
  public double score() {
    return score;
  }

  /**
   * Returns whether the score is at or above the boundary, or below it.
   *
   * @return whether the score is at or above the boundary, or below it
   */
  public Side side() {
    return side;
  }

  /**
   * Returns the points between score and boundary.
   *
   * @return the points between score and boundary
   */
  public double distance() {
    return distance;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof WatchEntry)) {
      return false;
    }
    WatchEntry o = (WatchEntry) other;
    return key.equals(o.key)
        && boundary.equals(o.boundary)
        && label.equals(o.label)
        && Double.compare(threshold, o.threshold) == 0
        && Double.compare(score, o.score) == 0
        && side.equals(o.side)
        && Double.compare(distance, o.distance) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(key, boundary, label, threshold, score, side, distance);
  }

  /**
   * Returns a line such as {@code C-07  2.50 points below tier A (75.00), score 72.50}.
   *
   * @return the line, without a line break
   */
  public String toText() {
    String what = switch (boundary) {
      case TIER -> "tier " + label;
      case ROW_BAND -> "row band " + label;
      case COLUMN_BAND -> "column band " + label;
    };
    return Checks.format("%s  %.2f points %s %s (%.2f), score %.2f", key, distance,
        side == Side.ABOVE ? "above" : "below", what, threshold, score);
  }
}
