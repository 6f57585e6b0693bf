package org.kamscore.portfolio;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
