package org.kamscore.decision;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How far one criterion's weight can move, the other weights fixed, before any customer of a
 * portfolio changes tier; part of a {@link WeightSensitivity}. For every weight strictly
 * between {@link #lower()} and {@link #upper()} every customer keeps its tier; at a bound the
 * customers of {@link #firstDown()} or {@link #firstUp()} change it (a score that lands exactly
 * on a threshold reaches it, so whether the bound itself already changes the tier depends on
 * the direction of the crossing). Instances are immutable.
 *
 * @since 0.1.0
 */
public final class WeightRange {
  private final String criterion;
  private final double weight;
  private final double share;
  private final double others;
  private final double lower;
  private final double upper;
  private final List<TierCrossing> firstDown;
  private final List<TierCrossing> firstUp;

  WeightRange(String criterion, double weight, double share, double others, double lower,
      double upper, List<TierCrossing> firstDown, List<TierCrossing> firstUp) {
    this.criterion = criterion;
    this.weight = weight;
    this.share = share;
    this.others = others;
    this.lower = lower;
    this.upper = upper;
    this.firstDown = List.copyOf(firstDown);
    this.firstUp = List.copyOf(firstUp);
  }

  /**
   * Returns the criterion's name.
   *
   * @return the name
   */
  public String criterion() {
    return criterion;
  }

  /**
   * Returns the criterion's weight in the model.
   *
   * @return the relative weight
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the criterion's share of all weights in the model.
   *
   * @return the share in {@code (0, 1]}
   */
  public double share() {
    return share;
  }

  /**
   * Returns the weight below which, lowering this weight alone, the first customer changes
   * tier.
   *
   * @return the weight, or empty if no customer changes tier at any positive weight below
   */
  public OptionalDouble lower() {
    return lower > 0.0 ? OptionalDouble.of(lower) : OptionalDouble.empty();
  }

  /**
   * Returns the weight above which, raising this weight alone, the first customer changes
   * tier.
   *
   * @return the weight, or empty if no customer changes tier at any weight above
   */
  public OptionalDouble upper() {
    return upper < Double.POSITIVE_INFINITY ? OptionalDouble.of(upper) : OptionalDouble.empty();
  }

  /**
   * Returns the criterion's share of all weights at {@link #lower()}: the weights are
   * relative, so moving one moves every share.
   *
   * @return the share, or empty if there is no lower bound
   */
  public OptionalDouble lowerShare() {
    return lower > 0.0 ? OptionalDouble.of(lower / (others + lower)) : OptionalDouble.empty();
  }

  /**
   * Returns the criterion's share of all weights at {@link #upper()}.
   *
   * @return the share, or empty if there is no upper bound
   */
  public OptionalDouble upperShare() {
    return upper < Double.POSITIVE_INFINITY
        ? OptionalDouble.of(upper / (others + upper)) : OptionalDouble.empty();
  }

  /**
   * Returns the customers that change tier first as the weight falls, at {@link #lower()}.
   *
   * @return an unmodifiable list by key ascending; empty if there is no lower bound
   */
  public List<TierCrossing> firstDown() {
    return firstDown;
  }

  /**
   * Returns the customers that change tier first as the weight rises, at {@link #upper()}.
   *
   * @return an unmodifiable list by key ascending; empty if there is no upper bound
   */
  public List<TierCrossing> firstUp() {
    return firstUp;
  }

  /**
   * Returns a line such as
   * {@code revenue-share: weight 30 (33.3%) may fall to 21.43 (26.3%) and rise to 45 (42.9%);
   * below, C-03 A -> B; above, C-07 B -> A}. The bounds show four significant digits, rounded
   * toward the current weight.
   *
   * @return the line, without a line break
   */
  public String toText() {
    StringBuilder s = new StringBuilder(criterion).append(": weight ")
        .append(Scales.number(weight)).append(" (").append(percent(share)).append(')');
    s.append(lower > 0.0
        ? " may fall to " + Scales.rounded(lower, true) + " ("
            + percent(lowerShare().getAsDouble())
            + ")"
        : " may fall to any weight");
    s.append(upper < Double.POSITIVE_INFINITY
        ? " and rise to " + Scales.rounded(upper, false) + " ("
            + percent(upperShare().getAsDouble())
            + ")"
        : " and rise to any weight");
    moves(s, "below", firstDown);
    moves(s, "above", firstUp);
    return s.toString();
  }

  private static void moves(StringBuilder s, String where, List<TierCrossing> crossings) {
    if (crossings.isEmpty()) {
      return;
    }
    s.append("; ").append(where).append(", ");
    for (int i = 0; i < crossings.size(); i++) {
      TierCrossing c = crossings.get(i);
      s.append(i == 0 ? "" : ", ").append(c.key()).append(' ').append(c.from().label())
          .append(" -> ").append(c.to().label());
    }
  }

  private static String percent(double share) {
    return Checks.format("%.1f%%", share * 100.0);
  }

  /**
   * Returns a summary such as {@code WeightRange[revenue-share 30 in (21.4, 45.0)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WeightRange[" + criterion + " " + weight + " in (" + (lower > 0.0 ? lower : 0.0)
        + ", " + upper + ")]";
  }
}
