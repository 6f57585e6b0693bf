package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A model's compiled scoring loop and the interpreted loop, two separate code paths, give the
 * same bits: score and raw values, for generated models of up to four times twelve criteria
 * (so past the template's slots, where the model is not compiled) and their customers.
 */
final class CompiledScoringProperties {

  @Test
  void compiledLoop_givesTheInterpretedLoopsBits() {
    Theories.qt().forAll(largeBatches()).checkAssert(c -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      Scorecard<GeneratedAccount> scorecard = model.scorecard();
      int n = c.model().size();
      assertThat(scorecard.isCompiled()).isEqualTo(n <= ScoringLoopTemplate.SLOTS);
      for (GeneratedAccount customer : c.customers()) {
        double[] compiledRaws = new double[n];
        double[] interpretedRaws = new double[n];
        long compiled = bits(scorecard.score(customer, -1, compiledRaws));
        long interpreted = bits(scorecard.interpreted(customer, -1, interpretedRaws));
        assertThat(compiled).isEqualTo(interpreted);
        assertThat(bits(compiledRaws)).isEqualTo(bits(interpretedRaws));
        assertThat(bits(model.score(customer))).isEqualTo(interpreted);
        assertThat(bits(model.evaluate(customer).score())).isEqualTo(interpreted);
      }
    });
  }

  /**
   * A model of one to five generated models' criteria one after the other (1 to 60 criteria),
   * with the first one's tiers and knock-outs, and up to eight of its customers.
   */
  private static Gen<Generated.Batch> largeBatches() {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec first = Generated.model(d);
      List<CriterionSpec> criteria = new ArrayList<>(first.criteria());
      for (int k = d.between(0, 4); k > 0; k--) {
        for (CriterionSpec c : Generated.model(d).criteria()) {
          criteria.add(c.declaredAs("c" + criteria.size(), c.weight(), c.ifMissing()));
        }
      }
      ModelSpec model = new ModelSpec(criteria, first.tiers(), first.knockOuts());
      List<GeneratedAccount> customers = new ArrayList<>();
      for (int n = d.between(1, 8); n > 0; n--) {
        customers.add(Generated.customer(d, model));
      }
      return new Generated.Batch(model, customers);
    };
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }

  private static long[] bits(double[] values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = bits(values[i]);
    }
    return bits;
  }
}
