package org.kamscore.portfolio;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * ABC (Pareto) classes of a portfolio by cumulative share of a measure such as revenue.
 *
 * <pre>{@code
 * AbcAnalysis<Customer> abc = AbcAnalysis.of(customers, Customer::revenue, Customer::id);
 * abc.classOf("C-1001");            // AbcClass.A
 * abc.count(AbcClass.A);            // how many customers carry the first 80 %
 * abc.withCutoffs(0.7, 0.9);        // the same portfolio with other cut-offs
 * }</pre>
 *
 * <p><b>Order.</b> Customers are put in the analysis order: measure descending, equal
 * measures by key ascending ({@link String#compareTo}, so {@code "C-10"} comes before
 * {@code "C-2"}). Keys are unique, so the order and the whole result do not depend on the
 * input order.
 *
 * <p><b>Classes.</b> With cut-offs {@code a} (default 0.80) and {@code b} (default 0.95), let
 * <i>ahead</i> be the sum of the measures of the customers before a customer in the analysis
 * order (0 for the first) and <i>total</i> the sum of all measures. The customer is in
 * <ul>
 *   <li>A if <i>ahead</i> {@code < a ×} <i>total</i>,
 *   <li>B if {@code a ×} <i>total</i> {@code <=} <i>ahead</i> {@code < b ×} <i>total</i>,
 *   <li>C otherwise, and every customer when <i>total</i> is 0.
 * </ul>
 * So the customer that crosses a cut-off joins the better class: with measures 60, 25, 10, 5
 * the customer with 25 takes the cumulative share from 0.60 to 0.85 and is in A; the one with
 * 10 (from 0.85 to 0.95) is in B; the one with 5 starts at 0.95 and is in C. The customer
 * whose cumulative share reaches a cut-off exactly is still in the better class, and the next
 * one is in the worse: with 50, 30, 15, 5 the classes are A, A, B, C, and ten customers that
 * buy the same amount, whatever it is, are eight in A and two in B. Hence A is never empty
 * when the total is positive, and a customer with a larger measure never gets a worse class.
 * Customers with a zero measure come after the whole total and are in C.
 *
 * <p><b>Exact boundaries.</b> Classes are decided on exact values: the measures, their sums
 * and the products above are the rational numbers the doubles denote, never rounded running
 * sums or quotients, so every finite input lands on the side of a cut-off written here. A
 * cut-off is read as the decimal number of 15 significant digits nearest to it: {@code 0.8}
 * means exactly 4/5, not the binary fraction nearest to 0.8, and any cut-off written with at
 * most 15 significant digits means exactly what is written. Reported shares, measures and the
 * total are the exact values rounded to the nearest double (ties to even); a reported
 * cumulative share of 0.8 may therefore stand for an exact share a hair above or below 4/5,
 * and the class of the next customer tells which.
 *
 * <p><b>Edges.</b> An empty portfolio gives an analysis without entries. When every measure is
 * 0 (total 0), every share and cumulative share is 0 and every customer is in C: none carries
 * any of the measure. Instances are immutable.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class AbcAnalysis<T> {
  private static final double DEFAULT_A = 0.80;
  private static final double DEFAULT_B = 0.95;
  private static final AbcClass[] CLASSES = AbcClass.values();

  private final Measurements<T> measurements;
  private final double cutoffA;
  private final double cutoffB;
  private final List<AbcEntry<T>> entries;
  private final int[] counts = new int[CLASSES.length];
  private final double[] measures = new double[CLASSES.length];
  private final double[] shares = new double[CLASSES.length];

  private AbcAnalysis(Measurements<T> measurements, double cutoffA, double cutoffB) {
    this.measurements = measurements;
    this.cutoffA = cutoffA;
    this.cutoffB = cutoffB;
    BigDecimal total = measurements.total();
    BigDecimal endOfA = Exact.limit(cutoffA).multiply(total);
    BigDecimal endOfB = Exact.limit(cutoffB).multiply(total);
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    List<AbcEntry<T>> list = new ArrayList<>(measurements.size());
    for (int p = 0; p < measurements.size(); p++) {
      BigDecimal ahead = measurements.sumOfFirst(p);
      AbcClass abcClass = total.signum() == 0 ? AbcClass.C
          : ahead.compareTo(endOfA) < 0 ? AbcClass.A
          : ahead.compareTo(endOfB) < 0 ? AbcClass.B : AbcClass.C;
      BigDecimal measure = measurements.exactMeasure(p);
      counts[abcClass.ordinal()]++;
      sums[abcClass.ordinal()] = sums[abcClass.ordinal()].add(measure);
      list.add(new AbcEntry<>(p + 1, measurements.key(p), measurements.customer(p),
          measurements.measure(p), measurements.shareOf(measure),
          measurements.shareOf(measurements.sumOfFirst(p + 1)), abcClass));
    }
    for (AbcClass abcClass : CLASSES) {
      measures[abcClass.ordinal()] = Exact.nearest(sums[abcClass.ordinal()]);
      shares[abcClass.ordinal()] = measurements.shareOf(sums[abcClass.ordinal()]);
    }
    this.entries = List.copyOf(list);
  }

  /**
   * Classes a portfolio with the default cut-offs: A up to 80 %, B up to 95 %, C the rest.
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param measure reads a customer's measure, such as revenue: finite and not negative
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique in the
   *     portfolio; it names the customer and orders equal measures
   * @return the analysis
   * @throws NullPointerException if an argument, a customer or a key is {@code null}; the
   *     message names the customer's index
   * @throws IllegalArgumentException if a measure is negative, {@code NaN} or infinite, a key
   *     repeats, or the total measure overflows to infinity; the message names the customer's
   *     index, key and value
   */
  public static <T> AbcAnalysis<T> of(Collection<? extends T> customers,
      ToDoubleFunction<? super T> measure, Function<? super T, String> key) {
    return new AbcAnalysis<>(Measurements.of(customers, measure, key), DEFAULT_A, DEFAULT_B);
  }

  /**
   * Classes the same portfolio with other cut-offs. This analysis is unchanged.
   *
   * <p>Each cut-off is read as the decimal number of 15 significant digits nearest to it, as
   * the class description says; two cut-offs that differ only after the 15th digit are read
   * as one, which leaves B empty.
   *
   * @param a the cumulative share that ends A, such as 0.7
   * @param b the cumulative share that ends B, such as 0.9; with {@code b == 1} C holds only
   *     the customers with a zero measure
   * @return the analysis with the new cut-offs
   * @throws IllegalArgumentException unless {@code 0 < a < b <= 1}
   */
  public AbcAnalysis<T> withCutoffs(double a, double b) {
    Checks.requireArgument(a > 0.0 && a < b && b <= 1.0,
        "ABC cut-offs must satisfy 0 < a < b <= 1 but were: a = %s, b = %s", a, b);
    return new AbcAnalysis<>(measurements, a, b);
  }

  /**
   * Returns the cumulative share that ends class A.
   *
   * @return the A cut-off, 0.80 unless set by {@link #withCutoffs(double, double)}
   */
  public double cutoffA() {
    return cutoffA;
  }

  /**
   * Returns the cumulative share that ends class B.
   *
   * @return the B cut-off, 0.95 unless set by {@link #withCutoffs(double, double)}
   */
  public double cutoffB() {
    return cutoffB;
  }

  /**
   * Returns every customer's entry in the analysis order.
   *
   * @return an unmodifiable list of the entries, largest measure first
   */
  public List<AbcEntry<T>> entries() {
    return entries;
  }

  /**
   * Returns the class of a customer.
   *
   * @param key the customer's key
   * @return its class
   * @throws IllegalArgumentException if no customer of the portfolio has that key
   */
  public AbcClass classOf(String key) {
    return entries.get(measurements.positionOf(key)).abcClass();
  }

  /**
   * Returns the number of customers in a class.
   *
   * @param abcClass the class
   * @return the number of its customers
   */
  public int count(AbcClass abcClass) {
    return counts[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the measure a class carries.
   *
   * @param abcClass the class
   * @return the exact sum of its customers' measures, rounded to the nearest double
   */
  public double measure(AbcClass abcClass) {
    return measures[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the share of the total a class carries.
   *
   * @param abcClass the class
   * @return the exact quotient of its measure by the total, rounded to the nearest double; 0
   *     if the total is 0
   */
  public double share(AbcClass abcClass) {
    return shares[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the total measure.
   *
   * @return the exact sum of all measures, rounded to the nearest double; 0 for an empty
   *     portfolio
   */
  public double total() {
    return measurements.nearestTotal();
  }

  /**
   * Returns a summary such as {@code AbcAnalysis[8 customers, cut-offs 0.8/0.95, A 3, B 2, C 3]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return Checks.format("AbcAnalysis[%d customers, cut-offs %s/%s, A %d, B %d, C %d]",
        entries.size(), cutoffA, cutoffB, counts[0], counts[1], counts[2]);
  }
}
