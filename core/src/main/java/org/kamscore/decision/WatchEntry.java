package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

/**
 * A customer near a boundary, on a {@link WatchList}: which boundary, on which side, and how
 * many points away.
 *
 * @param key the customer's declared key
 * @param boundary what kind of boundary: a tier threshold or a band cut of a matrix axis
 * @param label the tier whose threshold it is, or the band above the cut
 * @param threshold the boundary's score, in {@code [0, 100]}
 * @param score the customer's score on the boundary's model, in {@code [0, 100]}
 * @param side whether the score is at or above the boundary, or below it
 * @param distance the points between score and boundary: what the customer may lose before it
 *     falls below ({@link Side#ABOVE}; losing more than this crosses), or must gain to reach
 *     it ({@link Side#BELOW})
 * @since 0.1.0
 */
public record WatchEntry(String key, Boundary boundary, String label, double threshold,
    double score, Side side, double distance) {

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

  /**
   * Checks the entry.
   *
   * @param key the customer's declared key
   * @param boundary the kind of boundary
   * @param label the tier or band the boundary starts
   * @param threshold the boundary's score
   * @param score the customer's score
   * @param side the side of the boundary the score lies on
   * @param distance the points between score and boundary
   * @throws NullPointerException if {@code key}, {@code boundary}, {@code label} or
   *     {@code side} is {@code null}
   * @throws IllegalArgumentException if {@code threshold} or {@code score} is not in
   *     {@code [0, 100]}, or {@code distance} is not what lies between them on that side
   */
  public WatchEntry {
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
