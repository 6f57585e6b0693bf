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
   * Customers who miss values under any policy, the reject policy included, and whose reading
   * of a criterion may throw: the compiled loop fails as the interpreted loop does, with the
   * same exception for the same criterion, or gives its bits. The fast compiled loop does not
   * test each criterion for a missing value but finds a miss once per customer; this checks
   * that it still reports the first failure in declaration order.
   */
  @Test
  void compiledLoop_failsAsTheInterpretedLoop() {
    Theories.qt().forAll(largeBatches(), failures()).checkAssert((c, failure) -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      Scorecard<GeneratedAccount> scorecard = model.scorecard();
      int n = c.model().size();
      for (GeneratedAccount generated : c.customers()) {
        GeneratedAccount customer = failure.applyTo(generated, n);
        String interpreted = outcome(() -> scorecard.interpreted(customer, 7, new double[n]));
        assertThat(outcome(() -> scorecard.score(customer, 7, new double[n])))
            .isEqualTo(interpreted);
        assertThat(outcome(() -> scorecard.score(customer, 7))).isEqualTo(interpreted);
        String alone = outcome(() -> scorecard.interpreted(customer, -1, null));
        assertThat(outcome(() -> model.score(customer))).isEqualTo(alone);
      }
    });
  }

  /** What to break in a customer: columns made missing, and one column whose reading throws. */
  record Failure(long missing, int failing) {
    GeneratedAccount applyTo(GeneratedAccount customer, int columns) {
      GeneratedAccount broken = customer;
      for (int i = 0; i < columns && i < 64; i++) {
        if ((missing & 1L << i) != 0) {
          broken = broken.with(i, Double.NaN);
        }
      }
      return failing >= 0 && failing < columns ? broken.failingAt(failing) : broken;
    }
  }

  private static Gen<Failure> failures() {
    return in -> {
      Draw d = new Draw(in);
      long missing = 0;
      for (int k = d.between(0, 3); k > 0; k--) {
        missing |= 1L << d.between(0, 20);
      }
      return new Failure(missing, d.rarely(50) ? d.between(0, 20) : -1);
    };
  }

  /** The score's bits, or the exception's class and message. */
  private static String outcome(java.util.function.DoubleSupplier scoring) {
    try {
      return "score " + Long.toHexString(bits(scoring.getAsDouble()));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
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
