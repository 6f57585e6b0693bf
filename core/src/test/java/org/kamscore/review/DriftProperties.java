package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.review.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.quicktheories.core.Gen;

/**
 * The population stability index against an oracle written here from the definition: bins by
 * direct interval tests, deciles as "the least reference value with more than floor(k n / 10)
 * reference values at or below it", terms with {@code Math.log(a) - Math.log(e)}.
 */
final class DriftProperties {
  private static final ScoringModel<Account> MODEL = Models.single(Models.abc());

  /** Cycles of 1 to 60 evaluations; scores on a grid of 5 (ties, 0 and 100) or anywhere. */
  private static Gen<List<Evaluation>> cycles() {
    Gen<Double> grid = integers().between(0, 20).map(i -> i * 5.0);
    Gen<Double> values = integers().between(0, 2).zip(grid, doubles().between(0.0, 100.0),
        (kind, g, d) -> kind == 0 ? g : d);
    return lists().of(values).ofSizeBetween(1, 60).map(list -> {
      List<Evaluation> evaluations = new ArrayList<>();
      for (double value : list) {
        evaluations.add(MODEL.evaluate(Account.passing("any", value)));
      }
      return evaluations;
    });
  }

  /** 1 to 4 cut points inside (0, 1), scaled by the caller. */
  private static Gen<double[]> cuts() {
    return lists().of(doubles().between(0.001, 0.999)).ofSizeBetween(1, 4).map(list -> {
      TreeSet<Double> sorted = new TreeSet<>(list);
      return sorted.stream().mapToDouble(Double::doubleValue).toArray();
    });
  }

  private static Gen<Double> shares() {
    return integers().between(0, 2).map(i -> new double[] {1e-4, 1e-3, 1e-2}[i]);
  }

  private static double[] scores(List<Evaluation> evaluations) {
    return evaluations.stream().mapToDouble(Evaluation::score).toArray();
  }

  private static double[] utilities(List<Evaluation> evaluations) {
    return evaluations.stream().mapToDouble(e -> e.contributions().get(0).utility()).toArray();
  }

  /** The deciles of the reference, by their definition. */
  static double[] oracleDeciles(double[] reference) {
    List<Double> cuts = new ArrayList<>();
    int n = reference.length;
    for (int k = 1; k <= 9; k++) {
      long below = (long) k * n / 10;
      double least = Double.POSITIVE_INFINITY;
      for (double v : reference) {
        int atOrBelow = 0;
        for (double x : reference) {
          atOrBelow += x <= v ? 1 : 0;
        }
        if (atOrBelow > below && v < least) {
          least = v;
        }
      }
      if (least > 0.0 && !cuts.contains(least)) {
        cuts.add(least);
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The index over bins {@code [0, c1), ..., [ck, top]}, counted by interval tests. */
  static double oraclePsi(double[] reference, double[] current, double[] cuts, double top,
      double emptyShare) {
    double psi = 0.0;
    for (int bin = 0; bin <= cuts.length; bin++) {
      double lower = bin == 0 ? 0.0 : cuts[bin - 1];
      double upper = bin == cuts.length ? top : cuts[bin];
      boolean last = bin == cuts.length;
      double e = share(reference, lower, upper, last, emptyShare);
      double a = share(current, lower, upper, last, emptyShare);
      psi += (a - e) * (Math.log(a) - Math.log(e));
    }
    return psi;
  }

  private static double share(double[] values, double lower, double upper, boolean last,
      double emptyShare) {
    int count = 0;
    for (double x : values) {
      if (x >= lower && (x < upper || last && x <= upper)) {
        count++;
      }
    }
    return count == 0 ? emptyShare : (double) count / values.length;
  }

  private static void assertClose(double actual, double oracle) {
    assertThat(Math.abs(actual - oracle)).isLessThanOrEqualTo(1e-9 * Math.max(1.0, oracle));
  }

  @Test
  void scoreIndex_withDeclaredBins_matchesTheOracle() {
    qt().forAll(cycles(), cycles(), cuts(), shares()).checkAssert((ref, cur, f, share) -> {
      double[] cuts = f.clone();
      for (int i = 0; i < cuts.length; i++) {
        cuts[i] *= 100.0;
      }
      Drift drift = Drift.builder().scoreBins(cuts).emptyBinShare(share).build();

      PopulationStability score = drift.between(ref, cur).score();

      assertClose(score.value(), oraclePsi(scores(ref), scores(cur), cuts, 100.0, share));
      assertThat(score.bins()).hasSize(cuts.length + 1);
    });
  }

  @Test
  void scoreIndex_withTheReferenceDeciles_matchesTheOracle() {
    qt().forAll(cycles(), cycles()).checkAssert((ref, cur) -> {
      PopulationStability score = Drift.builder().build().between(ref, cur).score();

      double[] cuts = oracleDeciles(scores(ref));
      assertThat(score.cuts()).containsExactly(
          java.util.Arrays.stream(cuts).boxed().toArray(Double[]::new));
      assertClose(score.value(), oraclePsi(scores(ref), scores(cur), cuts, 100.0, 1e-4));
      double oracle = oraclePsi(scores(ref), scores(cur), cuts, 100.0, 1e-4);
      if (Math.abs(oracle - 0.10) > 1e-9 && Math.abs(oracle - 0.25) > 1e-9) {
        assertThat(score.verdict()).isEqualTo(oracle < 0.10 ? DriftVerdict.STABLE
            : oracle <= 0.25 ? DriftVerdict.MODERATE : DriftVerdict.SIGNIFICANT);
      }
    });
  }

  @Test
  void utilityIndex_matchesTheOracle_declaredOrDeciles() {
    qt().forAll(cycles(), cycles(), cuts()).checkAssert((ref, cur, cuts) -> {
      PopulationStability declared = Drift.builder().utilityBins(cuts).build()
          .between(ref, cur).criterion("value");
      PopulationStability deciles = Drift.builder().build().between(ref, cur)
          .criterion("value");

      assertClose(declared.value(),
          oraclePsi(utilities(ref), utilities(cur), cuts, 1.0, 1e-4));
      assertClose(deciles.value(), oraclePsi(utilities(ref), utilities(cur),
          oracleDeciles(utilities(ref)), 1.0, 1e-4));
    });
  }

  /** Tiers from the scores by the thresholds 75 and 50, counted here. */
  @Test
  void tierIndex_matchesTheOracle() {
    qt().forAll(cycles(), cycles()).checkAssert((ref, cur) -> {
      PopulationStability tiers = Drift.builder().build().between(ref, cur).tiers();

      // the tiers as bins [0, 50) C, [50, 75) B, [75, 100] A: the same index, bins reversed
      double[] r = scores(ref);
      double[] c = scores(cur);
      double oracle = oraclePsi(r, c, new double[] {50.0, 75.0}, 100.0, 1e-4);
      List<String> held = new ArrayList<>();
      for (String tier : List.of("A", "B", "C")) {
        double lower = tier.equals("A") ? 75.0 : tier.equals("B") ? 50.0 : 0.0;
        double upper = tier.equals("A") ? 101.0 : tier.equals("B") ? 75.0 : 50.0;
        boolean any = false;
        for (double[] cycle : List.of(r, c)) {
          for (double x : cycle) {
            any |= x >= lower && x < upper;
          }
        }
        if (any) {
          held.add(tier);
        }
      }
      assertThat(tiers.bins()).extracting(PsiBin::label).containsExactlyElementsOf(held);
      assertClose(tiers.value(), oracle);
    });
  }

  @Test
  void theIndex_doesNotDependOnTheOrderOfEitherCycle() {
    qt().forAll(cycles(), cycles(), integers().all()).checkAssert((ref, cur, seed) -> {
      List<Evaluation> r = new ArrayList<>(ref);
      List<Evaluation> c = new ArrayList<>(cur);
      Collections.shuffle(r, new Random(seed));
      Collections.shuffle(c, new Random(seed + 1L));
      Drift drift = Drift.builder().build();

      DriftReport a = drift.between(ref, cur);
      DriftReport b = drift.between(r, c);

      assertThat(b.score()).isEqualTo(a.score());
      assertThat(b.tiers()).isEqualTo(a.tiers());
      assertThat(b.criteria()).isEqualTo(a.criteria());
    });
  }

  @Test
  void aCycleAgainstItself_hasAnIndexOfZero_andIsStable() {
    qt().forAll(cycles()).checkAssert(cycle -> {
      DriftReport report = Drift.builder().build().between(cycle, cycle);

      assertThat(report.score().value()).isEqualTo(0.0);
      assertThat(report.tiers().value()).isEqualTo(0.0);
      assertThat(report.criterion("value").value()).isEqualTo(0.0);
      assertThat(report.verdict()).isEqualTo(DriftVerdict.STABLE);
    });
  }

  @Test
  void withDeclaredBins_theIndexIsSymmetric_andNotNegative() {
    qt().forAll(cycles(), cycles(), cuts()).checkAssert((ref, cur, f) -> {
      double[] cuts = f.clone();
      for (int i = 0; i < cuts.length; i++) {
        cuts[i] *= 100.0;
      }
      Drift drift = Drift.builder().scoreBins(cuts).build();

      double forward = drift.between(ref, cur).score().value();
      double backward = drift.between(cur, ref).score().value();

      assertThat(forward).isGreaterThanOrEqualTo(0.0);
      assertClose(backward, forward);
    });
  }
}
