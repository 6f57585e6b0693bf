package org.kamscore.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes a counterexample simpler while it still fails, greedily and deterministically, within
 * a budget of {@value #BUDGET} tries.
 *
 * <p><b>The customer.</b> First the user's shrinker, if given: its first candidate that still
 * fails replaces the customer, again and again. Then every declared variation in turn (except
 * the one a property varies itself) moves the customer's value toward the simplest of its
 * {@link Values}: straight to it, else to the simplest value between it and the current value,
 * else to the simplest value in the middle half between them (a bisection). The current value
 * is the criterion's raw value as the evaluation reports it.
 *
 * <p><b>A pair of values</b>, the worse and the better one of a monotonicity counterexample:
 * each moves toward the other, to the simplest value between them. Where a tier or band
 * dropped, not only a score, the pair then bisects: either value moves to the simplest value in
 * the middle half of the interval, which locates the threshold. The pair keeps its order, and
 * the interval only ever narrows.
 *
 * @param <T> the customer type
 */
final class Shrinker<T> {
  static final int BUDGET = 2000;

  private final Policy<T> policy;
  private final List<Variation<T>> variations;
  private final Function<? super T, ? extends Collection<? extends T>> simpler;
  private int tries;
  private int steps;

  Shrinker(Policy<T> policy, List<Variation<T>> variations,
      Function<? super T, ? extends Collection<? extends T>> simpler) {
    this.policy = policy;
    this.variations = variations;
    this.simpler = simpler;
  }

  /** How many simpler candidates were accepted. */
  int steps() {
    return steps;
  }

  /** A predicate on a pair of values, worse first. */
  interface PairTest {
    boolean fails(double worse, double better);
  }

  /**
   * The simplest customer found that still fails.
   *
   * @param skip the variation whose value the property sets itself, or {@code null}
   */
  T customer(T customer, Predicate<T> fails, Variation<T> skip) {
    double[] known = unknown();
    boolean progress = true;
    while (progress && tries < BUDGET) {
      progress = false;
      if (simpler != null) {
        for (T candidate : simpler.apply(customer)) {
          if (candidate != null && attempt(() -> fails.test(candidate))) {
            customer = candidate;
            known = unknown();
            progress = true;
            break;
          }
        }
        if (progress) {
          continue;
        }
      }
      for (int i = 0; i < variations.size(); i++) {
        Variation<T> v = variations.get(i);
        if (v == skip) {
          continue;
        }
        double current = Double.isNaN(known[i]) ? current(customer, v) : known[i];
        for (double value : toward(v.values(), current)) {
          T candidate = candidate(customer, v, value);
          if (candidate != null && attempt(() -> fails.test(candidate))) {
            customer = candidate;
            known[i] = value;
            progress = true;
            break;
          }
        }
      }
    }
    return customer;
  }

  /** The simplest pair of values found that still fails: {@code {worse, better}}. */
  double[] values(double worse, double better, Values values, boolean bisect, PairTest fails) {
    double a = worse;
    double b = better;
    while (tries < BUDGET) {
      double[] nearA = excluding(a, b);
      double[] nearB = excluding(b, a);
      double toA = values.simplestIn(nearA[0], nearA[1]);
      double toB = values.simplestIn(nearB[0], nearB[1]);
      double[] half = middleHalf(a, b);
      double middle = bisect && half != null ? values.simplestIn(half[0], half[1]) : Double.NaN;
      double x = a;
      double y = b;
      if (valid(toA, b) && attempt(() -> fails.fails(x, toA))) {
        b = toA;
      } else if (valid(toB, a) && attempt(() -> fails.fails(toB, y))) {
        a = toB;
      } else if (valid(middle, a) && valid(middle, b) && attempt(() -> fails.fails(x, middle))) {
        b = middle;
      } else if (valid(middle, a) && valid(middle, b) && attempt(() -> fails.fails(middle, y))) {
        a = middle;
      } else {
        break;
      }
    }
    return new double[] {a, b};
  }

  /** The customer's value of each variation, where set by shrinking: none yet. */
  private double[] unknown() {
    double[] known = new double[variations.size()];
    Arrays.fill(known, Double.NaN);
    return known;
  }

  private static boolean valid(double candidate, double current) {
    return !Double.isNaN(candidate) && candidate != current;
  }

  /**
   * The middle half of the interval between two values, both excluded, as {lo, hi}; or
   * {@code null} if no double lies strictly between them.
   */
  private static double[] middleHalf(double x, double y) {
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    double quarter = hi / 4 - lo / 4; // no overflow, even from -MAX_VALUE to MAX_VALUE
    double from = Math.max(Math.nextUp(lo), lo + quarter);
    double to = Math.min(Math.nextDown(hi), hi - quarter);
    return from <= to ? new double[] {from, to} : null;
  }

  /** The interval between {@code from} and {@code to}, {@code from} excluded, as {lo, hi}. */
  private static double[] excluding(double from, double to) {
    return from < to ? new double[] {Math.nextUp(from), to} : new double[] {to,
        Math.nextDown(from)};
  }

  /** The values to try, simplest first, on the way from {@code current} to the simplest. */
  private static List<Double> toward(Values values, double current) {
    double target = values.simplest();
    List<Double> candidates = new ArrayList<>();
    if (target == current) {
      return candidates;
    }
    candidates.add(target);
    if (values.contains(current)) {
      double[] between = excluding(current, target);
      candidates.add(values.simplestIn(between[0], between[1]));
      double[] half = middleHalf(current, target);
      if (half != null) {
        candidates.add(values.simplestIn(half[0], half[1]));
      }
    }
    candidates.removeIf(c -> Double.isNaN(c) || c == current);
    return candidates;
  }

  private double current(T customer, Variation<T> variation) {
    try {
      return policy.evaluate(customer).value(variation.name());
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static <T> T candidate(T customer, Variation<T> variation, double value) {
    try {
      return variation.with(customer, value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private boolean attempt(BooleanSupplier fails) {
    if (tries >= BUDGET) {
      return false;
    }
    tries++;
    if (fails.getAsBoolean()) {
      steps++;
      return true;
    }
    return false;
  }
}
