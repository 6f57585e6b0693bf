package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Trends between two review cycles: customers matched by id, with each one's score change,
 * tier and cell movement, direction, and the criteria that moved it most.
 *
 * <pre>{@code
 * TrendReport report = Trends.steadyWithin(2.0).compare(previous, current);
 * report.count(TrendDirection.DECLINING);     // how many lost more than 2 points
 * report.movers(10);                          // the ten biggest moves, up or down
 * report.trend("C-1001").drivers().get(0);    // the criterion that moved it most
 * }</pre>
 *
 * <p>A customer in both cycles is {@link TrendDirection#IMPROVING} if its score rose by more than
 * the steady band, {@link TrendDirection#DECLINING} if it fell by more, and
 * {@link TrendDirection#STEADY} otherwise: a change of exactly the band is steady. The change is
 * {@code current score - previous score}, computed in {@code double}. A customer in one cycle
 * only is {@link TrendDirection#NOT_ENOUGH_DATA}. The direction follows the score alone; the tier
 * and cell movement are reported beside it. Scores are doubles: two customers' scores equal on
 * paper may differ in the last bit, so with a band of 0 a change by rounding alone is a move;
 * a band of a fraction of a point avoids that.
 *
 * <p>Both cycles must share their criteria and tier labels (the same policy, or versions that
 * differ in weights, scales or thresholds only), and either both or neither hold placements.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Trends {
  private final double steadyWithin;

  private Trends(double steadyWithin) {
    this.steadyWithin = steadyWithin;
  }

  /**
   * Makes trends with a steady band: score changes up to this many points, either way, are
   * steady.
   *
   * @param points the steady band, in score points; finite and not negative (with 0, any
   *     change at all is a move)
   * @return the trends
   * @throws IllegalArgumentException if {@code points} is negative or not finite
   */
  public static Trends steadyWithin(double points) {
    Checks.requireFinite(points, "steady band");
    Checks.requireArgument(points >= 0.0, "steady band must not be negative but was: %s", points);
    return new Trends(points);
  }

  /**
   * Compares two cycles, customer by customer.
   *
   * @param previous the earlier cycle
   * @param current the later cycle
   * @return the trends of every customer in either cycle, by id
   * @throws NullPointerException if a cycle is {@code null}
   * @throws IllegalArgumentException if the cycles differ in their criteria or tier labels, or
   *     only one of them holds placements
   */
  public TrendReport compare(Cycle previous, Cycle current) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    current.shape().requireLike(previous.shape(), "current", "previous");
    Checks.requireArgument(previous.hasPlacements() == current.hasPlacements(),
        "current cycle must hold %s, as the previous cycle does, but held: %s",
        previous.hasPlacements() ? "placements" : "evaluations only",
        current.hasPlacements() ? "placements" : "evaluations only");
    List<String> before = previous.ids();
    List<String> after = current.ids();
    List<Trend> trends = new ArrayList<>(Math.max(before.size(), after.size()));
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      int order = i == before.size() ? 1 : j == after.size() ? -1
          : before.get(i).compareTo(after.get(j));
      String id = order <= 0 ? before.get(i) : after.get(j);
      trends.add(new Trend(id,
          order <= 0 ? previous.evaluations().get(i) : null,
          order >= 0 ? current.evaluations().get(j) : null,
          order <= 0 ? previous.placement(id).orElse(null) : null,
          order >= 0 ? current.placement(id).orElse(null) : null,
          steadyWithin));
      i += order <= 0 ? 1 : 0;
      j += order >= 0 ? 1 : 0;
    }
    return new TrendReport(trends, steadyWithin);
  }

  /**
   * Returns the steady band.
   *
   * @return the largest score change, either way, that is steady
   */
  public double steadyBand() {
    return steadyWithin;
  }

  /**
   * Returns a summary such as {@code Trends[steady within 2.0 points]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Trends[steady within " + steadyWithin + " points]";
  }
}
