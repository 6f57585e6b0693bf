package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kamscore.decision.Generators.between;
import static org.kamscore.decision.Generators.qt;
import static org.kamscore.decision.Generators.uniform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link AhpWeights}: against the weights that made a consistent matrix, against
 * the eigen-equation {@code A w = λmax w}, and under relabelling and repeated raters.
 */
final class AhpProperties {

  /** Random reciprocal matrices of 2 to 10 criteria, judgments on Saaty's scale. */
  private static Gen<PairwiseComparisons> judgments() {
    return in -> {
      int n = between(in, 2, 10);
      List<String> names = names(n);
      PairwiseComparisons.Builder builder =
          PairwiseComparisons.builder(names.toArray(String[]::new));
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double judgment = between(in, 0, 3) == 0 ? between(in, 1, 9) : uniform(in, 1, 9);
          builder.compare(names.get(i), names.get(j),
              between(in, 0, 1) == 0 ? judgment : 1.0 / judgment);
        }
      }
      return builder.build();
    };
  }

  /** Weights from which a consistent matrix is made: every ratio within [1/9, 9]. */
  private static Gen<double[]> weights() {
    return in -> {
      double[] w = new double[between(in, 2, 10)];
      for (int i = 0; i < w.length; i++) {
        w[i] = uniform(in, 1, 9);
      }
      return w;
    };
  }

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("c" + i);
    }
    return names;
  }

  @Test
  void consistentMatrix_givesBackTheWeightsItWasMadeOf() {
    qt().forAll(weights()).checkAssert(w -> {
      int n = w.length;
      double[][] a = new double[n][n];
      double total = 0.0;
      for (int i = 0; i < n; i++) {
        total += w[i];
        for (int j = 0; j < n; j++) {
          a[i][j] = i == j ? 1.0 : w[i] / w[j];
        }
      }
      AhpWeights ahp = AhpWeights.of(PairwiseComparisons.of(names(n), a));
      for (int i = 0; i < n; i++) {
        assertThat(ahp.weight("c" + i)).isCloseTo(w[i] / total, within(1e-12));
      }
      assertThat(ahp.consistency().principalEigenvalue()).isCloseTo(n, within(1e-9));
      assertThat(ahp.consistency().ratio()).isCloseTo(0.0, within(1e-9));
    });
  }

  @Test
  void weights_solveTheEigenEquation_arePositive_andAddUpToOne() {
    qt().forAll(judgments()).checkAssert(c -> {
      AhpWeights ahp = AhpWeights.acceptingInconsistency(c);
      List<String> names = c.criteria();
      double lambda = ahp.consistency().principalEigenvalue();
      double sum = 0.0;
      for (String row : names) {
        double aw = 0.0;
        for (String column : names) {
          aw += c.ratio(row, column) * ahp.weight(column);
        }
        assertThat(aw).as("(A w)_%s", row).isCloseTo(lambda * ahp.weight(row), within(1e-9));
        assertThat(ahp.weight(row)).isPositive();
        sum += ahp.weight(row);
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
      assertThat(lambda).isGreaterThanOrEqualTo(names.size() - 1e-9);
      assertThat(ahp.consistency().isAcceptable())
          .isEqualTo(ahp.consistency().ratio() <= 0.10);
    });
  }

  @Test
  void relabelling_theCriteria_relabelsTheWeights() {
    qt().forAll(judgments()).checkAssert(c -> {
      List<String> names = c.criteria();
      List<String> reversed = new ArrayList<>(names);
      Collections.reverse(reversed);
      double[][] a = new double[names.size()][names.size()];
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < a.length; j++) {
          a[i][j] = c.ratio(reversed.get(i), reversed.get(j));
        }
      }
      AhpWeights straight = AhpWeights.acceptingInconsistency(c);
      AhpWeights turned = AhpWeights.acceptingInconsistency(PairwiseComparisons.of(reversed, a));
      for (String name : names) {
        assertThat(turned.weight(name)).isCloseTo(straight.weight(name), within(1e-12));
      }
      assertThat(turned.consistency().ratio())
          .isCloseTo(straight.consistency().ratio(), within(1e-12));
    });
  }

  @Test
  void group_ofOneRaterRepeated_isThatRater_andDeterministic() {
    qt().forAll(judgments()).checkAssert(c -> {
      AhpWeights alone = AhpWeights.acceptingInconsistency(c);
      AhpWeights thrice = AhpWeights.ofGroupAcceptingInconsistency(List.of(c, c, c));
      for (String name : c.criteria()) {
        assertThat(thrice.weight(name)).isCloseTo(alone.weight(name), within(1e-12));
      }
      assertThat(thrice.raters()).containsExactly(alone.consistency(), alone.consistency(),
          alone.consistency());
      assertThat(AhpWeights.acceptingInconsistency(c).weights()).isEqualTo(alone.weights());
    });
  }
}
