package org.kamscore.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How concentrated a portfolio's measure, such as revenue, is on a few customers: every
 * customer's share, the top-1 and top-N shares, the Herfindahl–Hirschman index (HHI), the
 * customers the business depends on, and a verdict.
 *
 * <pre>{@code
 * Concentration<Customer> c = Concentration.of(customers, Customer::revenue, Customer::id);
 * c.topShare();          // 0.41: the largest customer's share
 * c.topShare(3);         // 0.78: the three largest together
 * c.hhi();               // 0.23 on the 0..1 scale
 * c.hhiPoints();         // 2300 on the 0..10,000 scale
 * c.dependencies();      // customers with a share above 10 %
 * c.level();             // ConcentrationLevel.MODERATE
 * }</pre>
 *
 * <p><b>Order.</b> Shares are listed in the analysis order: measure descending, equal measures
 * by key ascending ({@link String#compareTo}, so {@code "C-10"} comes before {@code "C-2"}),
 * so the result does not depend on the input order.
 *
 * <p><b>Definitions.</b> A share is the measure divided by the total. The top-N share is the
 * sum of the N largest measures divided by the total; it is 1 when N reaches the portfolio
 * size. The HHI is the sum of the squared shares, in {@code [1/n, 1]} for n customers; on the
 * 0..10,000 scale it is multiplied by 10,000.
 *
 * <p><b>Boundaries.</b> A customer is a dependency if its share is strictly above the
 * dependency threshold {@code t} (default 0.10): if <i>measure</i> {@code > t ×}
 * <i>total</i>. A customer with exactly 10 % is not one. The verdict, with the band limits
 * {@code l} (default 0.10) and {@code u} (default 0.25), compares the sum of the squared
 * measures, <i>squares</i>, with the squared total:
 * <ul>
 *   <li>{@link ConcentrationLevel#DIVERSIFIED} if <i>squares</i> {@code < l ×}
 *       <i>total</i>², an HHI below {@code l};
 *   <li>{@link ConcentrationLevel#CONCENTRATED} if <i>squares</i> {@code > u ×}
 *       <i>total</i>², an HHI above {@code u};
 *   <li>{@link ConcentrationLevel#MODERATE} otherwise, both limits included: ten equal
 *       customers (HHI exactly 0.10) and four equal customers (exactly 0.25) are moderate.
 * </ul>
 *
 * <p><b>Exact boundaries.</b> Dependencies and the verdict are decided on exact values: the
 * measures, their sums, squares and the products above are the rational numbers the doubles
 * denote, never rounded shares or a rounded HHI, so every finite input lands on the side of a
 * limit written here, whatever amount each customer buys. A threshold or limit is read as the
 * decimal number of 15 significant digits nearest to it: {@code 0.1} means exactly 1/10, not
 * the binary fraction nearest to 0.1. Reported shares, top-N shares and the HHI are the exact
 * values rounded to the nearest double (ties to even): a reported share of 0.1 may stand for
 * an exact share a hair above 1/10, which is a dependency.
 *
 * <p><b>Edges.</b> Concentration needs a positive total: an empty portfolio, or one whose
 * measures are all 0, is rejected, as shares of nothing are undefined. One customer has share
 * 1 and HHI 1. Instances are immutable.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Concentration<T> {
  private static final double DEFAULT_DEPENDENCY = 0.10;
  private static final double DEFAULT_MODERATE = 0.10;
  private static final double DEFAULT_CONCENTRATED = 0.25;

  private final Measurements<T> measurements;
  private final List<CustomerShare<T>> shares;
  private final BigDecimal squares;
  private final double hhi;
  private final double dependencyThreshold;
  private final double moderateFrom;
  private final double concentratedAbove;
  private final List<CustomerShare<T>> dependencies;
  private final ConcentrationLevel level;

  private Concentration(Measurements<T> measurements, List<CustomerShare<T>> shares,
      BigDecimal squares, double hhi, double dependencyThreshold, double moderateFrom,
      double concentratedAbove) {
    this.measurements = measurements;
    this.shares = shares;
    this.squares = squares;
    this.hhi = hhi;
    this.dependencyThreshold = dependencyThreshold;
    this.moderateFrom = moderateFrom;
    this.concentratedAbove = concentratedAbove;
    BigDecimal total = measurements.total();
    BigDecimal dependencyFrom = Exact.limit(dependencyThreshold).multiply(total);
    int count = 0; // shares are largest first: the dependencies are a prefix
    while (count < shares.size()
        && measurements.exactMeasure(count).compareTo(dependencyFrom) > 0) {
      count++;
    }
    this.dependencies = shares.subList(0, count);
    BigDecimal totalSquared = total.multiply(total);
    this.level =
        squares.compareTo(Exact.limit(moderateFrom).multiply(totalSquared)) < 0
            ? ConcentrationLevel.DIVERSIFIED
        : squares.compareTo(Exact.limit(concentratedAbove).multiply(totalSquared)) > 0
            ? ConcentrationLevel.CONCENTRATED
        : ConcentrationLevel.MODERATE;
  }

  /**
   * Measures the concentration of a portfolio with the default dependency threshold (0.10)
   * and verdict bands (0.10 and 0.25).
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param measure reads a customer's measure, such as revenue: finite and not negative
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique in the
   *     portfolio; it names the customer and orders equal measures
   * @return the concentration
   * @throws NullPointerException if an argument, a customer or a key is {@code null}; the
   *     message names the customer's index
   * @throws IllegalArgumentException if a measure is negative, {@code NaN} or infinite, a key
   *     repeats, or the total measure is 0 or overflows to infinity; the message names the
   *     customer's index, key and value
   */
  public static <T> Concentration<T> of(Collection<? extends T> customers,
      ToDoubleFunction<? super T> measure, Function<? super T, String> key) {
    Measurements<T> measurements = Measurements.of(customers, measure, key);
    Checks.requireArgument(measurements.total().signum() > 0,
        "total measure of %d customers must be positive for a concentration but was: %s",
        measurements.size(), measurements.nearestTotal());
    List<CustomerShare<T>> shares = new ArrayList<>(measurements.size());
    BigDecimal squares = BigDecimal.ZERO;
    for (int p = 0; p < measurements.size(); p++) {
      BigDecimal exact = measurements.exactMeasure(p);
      squares = squares.add(exact.multiply(exact));
      shares.add(new CustomerShare<>(p + 1, measurements.key(p), measurements.customer(p),
          measurements.measure(p), measurements.shareOf(exact)));
    }
    BigDecimal total = measurements.total();
    return new Concentration<>(measurements, List.copyOf(shares), squares,
        Exact.ratio(squares, total.multiply(total)), DEFAULT_DEPENDENCY, DEFAULT_MODERATE,
        DEFAULT_CONCENTRATED);
  }

  /**
   * Returns this concentration with another dependency threshold. This one is unchanged.
   *
   * @param threshold the share a dependency must exceed, in {@code (0, 1)}, such as 0.2; read
   *     as the decimal number of 15 significant digits nearest to it
   * @return the concentration with the new threshold
   * @throws IllegalArgumentException if {@code threshold} is not in {@code (0, 1)}
   */
  public Concentration<T> withDependencyThreshold(double threshold) {
    Checks.requireArgument(threshold > 0.0 && threshold < 1.0,
        "dependency threshold must be in (0, 1) but was: %s", threshold);
    return new Concentration<>(measurements, shares, squares, hhi, threshold, moderateFrom,
        concentratedAbove);
  }

  /**
   * Returns this concentration with other verdict bands. This one is unchanged.
   *
   * <p>Each limit is read as the decimal number of 15 significant digits nearest to it, as
   * the class description says.
   *
   * @param moderateFrom the least HHI that is moderate, such as 0.15
   * @param concentratedAbove the greatest HHI that is still moderate, such as 0.25
   * @return the concentration with the new bands
   * @throws IllegalArgumentException unless {@code 0 < moderateFrom < concentratedAbove < 1}
   */
  public Concentration<T> withLevels(double moderateFrom, double concentratedAbove) {
    Checks.requireArgument(
        moderateFrom > 0.0 && moderateFrom < concentratedAbove && concentratedAbove < 1.0,
        "concentration levels must satisfy 0 < moderateFrom < concentratedAbove < 1 "
            + "but were: moderateFrom = %s, concentratedAbove = %s",
        moderateFrom, concentratedAbove);
    return new Concentration<>(measurements, shares, squares, hhi, dependencyThreshold,
        moderateFrom, concentratedAbove);
  }

  /**
   * Returns every customer's share in the analysis order.
   *
   * @return an unmodifiable list of the shares, largest first
   */
  public List<CustomerShare<T>> shares() {
    return shares;
  }

  /**
   * Returns the share of a customer.
   *
   * @param key the customer's key
   * @return its share of the total
   * @throws IllegalArgumentException if no customer of the portfolio has that key
   */
  public double shareOf(String key) {
    return shares.get(measurements.positionOf(key)).share();
  }

  /**
   * Returns the share of the largest customer.
   *
   * @return the top-1 share, in {@code (0, 1]}
   */
  public double topShare() {
    return topShare(1);
  }

  /**
   * Returns the share of the {@code n} largest customers together.
   *
   * @param n how many customers, at least 1; more than the portfolio holds means all
   * @return the exact quotient of the sum of their measures by the total, rounded to the
   *     nearest double
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public double topShare(int n) {
    if (n < 1) {
      throw new IllegalArgumentException(
          Checks.format("n of a top-n share must be at least 1 but was: %d", n));
    }
    return measurements.shareOf(measurements.sumOfFirst(n));
  }

  /**
   * Returns the Herfindahl–Hirschman index on the 0..1 scale: the sum of the squared shares.
   *
   * @return the exact index rounded to the nearest double, in {@code [1/n, 1]} for n
   *     customers ({@code 1.0 / n} included)
   */
  public double hhi() {
    return hhi;
  }

  /**
   * Returns the Herfindahl–Hirschman index on the 0..10,000 scale, as antitrust authorities
   * quote it.
   *
   * @return {@link #hhi()} times 10,000
   */
  public double hhiPoints() {
    return hhi * 10_000.0;
  }

  /**
   * Returns the customers whose exact share is strictly above the dependency threshold.
   *
   * @return an unmodifiable list of their shares, largest first; empty if there are none
   */
  public List<CustomerShare<T>> dependencies() {
    return dependencies;
  }

  /**
   * Returns the share a customer must exceed to be a dependency.
   *
   * @return the threshold, 0.10 unless set by {@link #withDependencyThreshold(double)}
   */
  public double dependencyThreshold() {
    return dependencyThreshold;
  }

  /**
   * Returns the least HHI that is {@link ConcentrationLevel#MODERATE}.
   *
   * @return the lower limit, 0.10 unless set by {@link #withLevels(double, double)}
   */
  public double moderateFrom() {
    return moderateFrom;
  }

  /**
   * Returns the greatest HHI that is still {@link ConcentrationLevel#MODERATE}.
   *
   * @return the upper limit, 0.25 unless set by {@link #withLevels(double, double)}
   */
  public double concentratedAbove() {
    return concentratedAbove;
  }

  /**
   * Returns the verdict on the exact HHI.
   *
   * @return {@code DIVERSIFIED} below the lower limit, {@code CONCENTRATED} above the upper
   *     one, {@code MODERATE} from one to the other, both included
   */
  public ConcentrationLevel level() {
    return level;
  }

  /**
   * Returns a summary such as
   * {@code Concentration[8 customers, top-1 0.41, HHI 0.2301, MODERATE, 2 dependencies]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("Concentration[%d customers, top-1 %s, HHI %s, %s, %d dependencies]",
        shares.size(), topShare(), hhi, level(), dependencies().size());
  }
}
