package org.kamscore.review;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kamscore.ScoringModel;
import org.quicktheories.core.Gen;

/**
 * Generated ladders of 2 to 4 tiers T0 (best) ... Tn with per-threshold margins that pass
 * {@link StableTiers.Builder#build()}, and a minimum of 1 to 3 cycles.
 */
final class TierSetups {
  private TierSetups() {}

  /** A generated ladder, its margins in the test's own arrays, the model and stable tiers. */
  record Setup(List<Double> thresholds, double[] ups, double[] downs, int minimumCycles,
      ScoringModel<Account> model, StableTiers stable) {

    /** The number of thresholds: the lowest tier's rank. */
    int lowest() {
      return thresholds.size();
    }

    double promotion(int j) {
      return thresholds.get(j) + ups[j];
    }

    double demotion(int j) {
      return thresholds.get(j) - downs[j];
    }

    String label(int rank) {
      return "T" + rank;
    }
  }

  static Gen<Setup> setups() {
    Gen<List<Double>> thresholds = lists().of(doubles().between(1.0, 99.0)).ofSizeBetween(1, 3)
        .map(list -> new ArrayList<>(new TreeSet<>(list).descendingSet()));
    Gen<List<Double>> fractions = lists().of(doubles().between(0.05, 1.0)).ofSize(6);
    return thresholds.zip(fractions, integers().between(1, 3), TierSetups::setup)
        .assuming(setup -> setup != null);
  }

  /**
   * Margins for descending thresholds {@code m}, from fractions {@code f} (three for the
   * up-margins, three for the down-margins): up-margins from the top down, each keeping its
   * promotion threshold at most 100 and at most the one above; down-margins from the bottom
   * up, each keeping its demotion threshold at least 0 and the one above at least as high.
   */
  static double[][] margins(List<Double> m, List<Double> f) {
    int n = m.size();
    double[] ups = new double[n];
    double[] downs = new double[n];
    for (int j = 0; j < n; j++) {
      double room = j == 0 ? 100.0 - m.get(0) : m.get(j - 1) + ups[j - 1] - m.get(j);
      ups[j] = f.get(j) * room;
    }
    for (int j = n - 1; j >= 0; j--) {
      double room = j == n - 1 ? m.get(j) : m.get(j) - m.get(j + 1) + downs[j + 1];
      downs[j] = f.get(3 + j) * room;
    }
    return new double[][] {ups, downs};
  }

  /** A setup with the margins of {@link #margins}, or null if rounding still breaks a rule. */
  private static Setup setup(List<Double> m, List<Double> f, int minimumCycles) {
    int n = m.size();
    double[][] margins = margins(m, f);
    double[] ups = margins[0];
    double[] downs = margins[1];
    ScoringModel<Account> model = Models.single(Models.ladder(m));
    StableTiers.Builder builder = StableTiers.builder(model).minimumCycles(minimumCycles);
    for (int j = 0; j < n; j++) {
      builder.margins("T" + j, ups[j], downs[j]);
    }
    try {
      return new Setup(m, ups, downs, minimumCycles, model, builder.build());
    } catch (IllegalStateException rounding) {
      return null;
    }
  }
}
