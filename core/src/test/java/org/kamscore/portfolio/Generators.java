package org.kamscore.portfolio;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.kamscore.portfolio.ExactOracle.Fraction;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Generators and settings shared by the portfolio properties. */
final class Generators {
  private Generators() {}

  /** The theory runner, with the example count from {@code kamscore.properties.examples}. */
  static QuickTheory qt() {
    return QuickTheory.qt().withExamples(Integer.getInteger("kamscore.properties.examples", 1000));
  }

  /**
   * Measures that are not negative: a third small integers 0..9 (ties and zeros), a third up
   * to a million, a third up to 1e300.
   */
  static Gen<Double> measures() {
    return integers().between(0, 29).zip(doubles().fromZeroToOne(),
        (kind, u) -> kind < 10 ? (double) kind : kind < 20 ? u * 1e6 : u * 1e300);
  }

  /** Positive measures: as {@link #measures()}, but never 0. */
  static Gen<Double> positiveMeasures() {
    return measures().map(m -> m > 0.0 ? m : Double.MIN_VALUE);
  }

  /** Portfolios of 1 to 60 accounts {@code C-1}, {@code C-2}, ... with the given measures. */
  static Gen<List<Account>> portfolios(Gen<Double> measures) {
    return lists().of(measures).ofSizeBetween(1, 60).map((List<Double> m) -> Account.numbered(m));
  }

  /**
   * Amounts that round badly when summed or divided, and a few that do not: each portfolio of
   * {@link #multiples()} is built from one of them.
   */
  static Gen<Double> amounts() {
    return arbitrary().pick(0.1, 0.7, 1e-300, 3.3e15, 0.3, 1.1, 1.0 / 3, 123_456.78,
        Double.MIN_VALUE, 1.0, 7.0, 1e300 / 1024)
        .mix(doubles().between(1e-9, 1e9), 20);
  }

  /**
   * Portfolios of 1 to 40 accounts {@code C-1}, {@code C-2}, ... that buy small multiples of
   * one amount, mostly the amount itself: many equal measures and exact ratios such as 8/10,
   * so that shares, cumulative shares and HHIs often equal a limit exactly.
   */
  static Gen<List<Account>> multiples() {
    Gen<Integer> multipliers = arbitrary().pick(0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5);
    return amounts().zip(lists().of(multipliers).ofSizeBetween(1, 40), (amount, factors) -> {
      double[] measures = new double[factors.size()];
      for (int i = 0; i < measures.length; i++) {
        measures[i] = factors.get(i) * amount;
      }
      return Account.numbered(measures);
    });
  }

  /** Portfolios of {@link #multiples()} and of arbitrary {@link #measures()}. */
  static Gen<List<Account>> exactCases() {
    return multiples().mix(portfolios(measures()), 25);
  }

  /** A limit {@code k/100}, or now and then {@code k/1000}, strictly between 0 and 1. */
  static Gen<Fraction> limits() {
    return integers().between(1, 99).map(k -> new Fraction(k, 100))
        .mix(integers().between(1, 999).map(k -> new Fraction(k, 1000)), 20);
  }

  /**
   * Two limits {@code 0 < lower < upper}, each {@code k/100}; the upper is below 1 or, if
   * {@code upperMayBeOne}, may be 1. The defaults 0.80/0.95 and 0.10/0.25 come up often.
   */
  static Gen<Fraction[]> limitPairs(boolean upperMayBeOne, Fraction[] defaults) {
    int top = upperMayBeOne ? 100 : 99;
    return integers().between(1, top - 1).zip(integers().between(1, top - 1), (i, j) -> {
      int lower = Math.min(i, j);
      int upper = lower == Math.max(i, j) ? lower + 1 : Math.max(i, j);
      return new Fraction[] {new Fraction(lower, 100), new Fraction(upper, 100)};
    }).mix(arbitrary().constant(defaults), 30).describedAs(pair -> pair[0] + " < " + pair[1]);
  }

  /** ABC cut-offs {@code 0 < a < b <= 1}, as a two-element array. */
  static Gen<double[]> cutoffs() {
    return doubles().between(1e-6, 0.999).zip(doubles().fromZeroToOne(), (a, f) -> {
      double b = a + (1.0 - a) * f;
      return new double[] {a, b > a ? b : 1.0};
    });
  }

  /** Seeds for {@link #shuffled(List, long)}. */
  static Gen<Long> seeds() {
    return integers().all().map(Integer::longValue);
  }

  /** A copy of a list in another order. */
  static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
