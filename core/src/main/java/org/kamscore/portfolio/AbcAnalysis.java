package org.kamscore.portfolio;

import static java.util.Objects.requireNonNull;

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
 * measures by key ascending ({@link String#compareTo}). Keys are unique, so the order, every
 * sum (summed in that order) and so the whole result do not depend on the input order.
 *
 * <p><b>Classes.</b> With cut-offs {@code a} (default 0.80) and {@code b} (default 0.95), let
 * <i>before</i> be the cumulative share of the customers ahead of a customer (0 for the first;
 * exactly the previous entry's {@link AbcEntry#cumulativeShare()}). The customer is in
 * <ul>
 *   <li>A if <i>before</i> {@code < a},
 *   <li>B if {@code a <=} <i>before</i> {@code < b},
 *   <li>C otherwise.
 * </ul>
 * So the customer that crosses a cut-off joins the better class: with measures 60, 25, 10, 5
 * the customer with 25 takes the cumulative share from 0.60 to 0.85 and is in A; the one with
 * 10 (from 0.85 to 0.95) is in B; the one with 5 starts at 0.95 and is in C. A customer that
 * reaches a cut-off exactly is in the class below it, the next one in the class above: with
 * 50, 30, 15, 5 the classes are A, A, B, C. Hence A is never empty when the total is positive,
 * and a customer with a larger measure never gets a worse class. Customers with a zero measure
 * come after the whole total and are in C.
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

  private AbcAnalysis(Measurements<T> measurements, double cutoffA, double cutoffB) {
    this.measurements = measurements;
    this.cutoffA = cutoffA;
    this.cutoffB = cutoffB;
    List<AbcEntry<T>> list = new ArrayList<>(measurements.size());
    for (int p = 0; p < measurements.size(); p++) {
      double measure = measurements.measure(p);
      AbcClass abcClass = classFor(measurements.shareOf(measurements.sumOfFirst(p)));
      counts[abcClass.ordinal()]++;
      measures[abcClass.ordinal()] += measure;
      list.add(new AbcEntry<>(p + 1, measurements.key(p), measurements.customer(p), measure,
          measurements.shareOf(measure),
          measurements.shareOf(measurements.sumOfFirst(p + 1)), abcClass));
    }
    this.entries = List.copyOf(list);
  }

  private AbcClass classFor(double before) {
    if (!(measurements.total() > 0.0)) {
      return AbcClass.C;
    }
    return before < cutoffA ? AbcClass.A : before < cutoffB ? AbcClass.B : AbcClass.C;
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
   * @param a the cumulative share that ends A, such as 0.7
   * @param b the cumulative share that ends B, such as 0.9; with {@code b == 1} C holds only
   *     the customers with a zero measure
   * @return the analysis with the new cut-offs
   * @throws IllegalArgumentException unless {@code 0 < a < b <= 1}
   */
  public AbcAnalysis<T> withCutoffs(double a, double b) {
    Checks.requireCutoffs("ABC cut-offs", "a", a, "b", b, true);
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
   * Returns the measure a class carries, summed in the analysis order.
   *
   * @param abcClass the class
   * @return the sum of its customers' measures
   */
  public double measure(AbcClass abcClass) {
    return measures[requireNonNull(abcClass, "abcClass").ordinal()];
  }

  /**
   * Returns the share of the total a class carries.
   *
   * @param abcClass the class
   * @return its measure divided by the total, or 0 if the total is 0
   */
  public double share(AbcClass abcClass) {
    return measurements.shareOf(measure(abcClass));
  }

  /**
   * Returns the total measure, summed in the analysis order.
   *
   * @return the total, 0 for an empty portfolio
   */
  public double total() {
    return measurements.total();
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
