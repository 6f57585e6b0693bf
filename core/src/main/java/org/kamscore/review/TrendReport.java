package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The trends of every customer between two review cycles, made by {@link Trends#compare}:
 * by customer id, by direction, and the biggest movers.
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class TrendReport {
  private static final Comparator<Trend> BIGGEST_MOVE_FIRST =
      Comparator.comparingDouble((Trend t) -> Math.abs(t.scoreChange().getAsDouble()))
          .reversed().thenComparing(Trend::id);

  private final List<Trend> trends;
  private final List<String> ids;
  private final double steadyWithin;

  TrendReport(List<Trend> trends, double steadyWithin) {
    this.trends = List.copyOf(trends);
    List<String> all = new ArrayList<>(trends.size());
    for (Trend trend : trends) {
      all.add(trend.id());
    }
    this.ids = List.copyOf(all);
    this.steadyWithin = steadyWithin;
  }

  /**
   * Returns every customer's trend.
   *
   * @return an unmodifiable list, one trend per customer in either cycle, by id ascending
   */
  public List<Trend> trends() {
    return trends;
  }

  /**
   * Returns the trends of one direction.
   *
   * @param direction the direction
   * @return an unmodifiable list of the trends with that direction, by id ascending
   * @throws NullPointerException if {@code direction} is {@code null}
   */
  public List<Trend> trends(TrendDirection direction) {
    requireNonNull(direction, "direction");
    List<Trend> list = new ArrayList<>();
    for (Trend trend : trends) {
      if (trend.direction() == direction) {
        list.add(trend);
      }
    }
    return List.copyOf(list);
  }

  /**
   * Returns how many customers have one direction.
   *
   * @param direction the direction
   * @return the number of customers with that direction
   * @throws NullPointerException if {@code direction} is {@code null}
   */
  public int count(TrendDirection direction) {
    return trends(direction).size();
  }

  /**
   * Returns one customer's trend.
   *
   * @param id the customer's id
   * @return the trend
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if the customer is in neither cycle
   */
  public Trend trend(String id) {
    requireNonNull(id, "id");
    int i = Collections.binarySearch(ids, id);
    Checks.requireArgument(i >= 0, "customer id must be in either cycle but was: '%s'", id);
    return trends.get(i);
  }

  /**
   * Returns the biggest movers: the customers that improved or declined, the largest score
   * change (either way) first, equal changes by id ascending.
   *
   * @param limit the most movers to return, not negative
   * @return an unmodifiable list of at most {@code limit} trends; each one's
   *     {@link Trend#drivers()} name the criteria that moved it most
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<Trend> movers(int limit) {
    Checks.requireArgument(limit >= 0, "number of movers must not be negative but was: %s",
        limit);
    List<Trend> moved = new ArrayList<>();
    for (Trend trend : trends) {
      if (trend.direction() == TrendDirection.IMPROVING
          || trend.direction() == TrendDirection.DECLINING) {
        moved.add(trend);
      }
    }
    moved.sort(BIGGEST_MOVE_FIRST);
    return List.copyOf(moved.subList(0, Math.min(limit, moved.size())));
  }

  /**
   * Returns the steady band the trends were judged with.
   *
   * @return the largest score change, either way, that is steady
   */
  public double steadyBand() {
    return steadyWithin;
  }

  /**
   * Returns a summary such as
   * {@code TrendReport[120 customers: 30 improving, 70 steady, 15 declining, 5 not enough data]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "TrendReport[" + trends.size() + " customers: "
        + count(TrendDirection.IMPROVING) + " improving, " + count(TrendDirection.STEADY)
        + " steady, " + count(TrendDirection.DECLINING) + " declining, "
        + count(TrendDirection.NOT_ENOUGH_DATA) + " not enough data]";
  }
}
