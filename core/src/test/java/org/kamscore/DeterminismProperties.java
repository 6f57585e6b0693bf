package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same model and customer, same result bit for bit: evaluated twice, in a sequential or
 * parallel batch, in reversed order, or by a separately built identical model.
 */
final class DeterminismProperties {

  @Test
  void evaluatingTwice_givesEqualEvaluations() {
    Theories.qt().forAll(Generated.scored()).checkAssert(c -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      Evaluation first = model.evaluate(c.customer());
      Evaluation second = model.evaluate(c.customer());
      assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(Double.doubleToRawLongBits(second.score()))
          .isEqualTo(Double.doubleToRawLongBits(first.score()));
    });
  }

  @Test
  void batches_sequentialParallelReversedOrRebuilt_giveIdenticalEvaluations() {
    Theories.qt().forAll(Generated.batches()).checkAssert(c -> {
      ScoringModel<GeneratedAccount> model = c.model().build();
      ScoringModel<GeneratedAccount> rebuilt = c.model().build();
      List<Evaluation> sequential = model.evaluateAll(c.customers(), Execution.SEQUENTIAL);
      List<Evaluation> expected = new ArrayList<>();
      for (GeneratedAccount customer : c.customers()) {
        expected.add(model.evaluate(customer));
      }
      assertThat(sequential).isEqualTo(expected);
      assertThat(bits(model.evaluateAll(c.customers(), Execution.PARALLEL)))
          .isEqualTo(bits(sequential));
      List<GeneratedAccount> reversed = new ArrayList<>(c.customers());
      Collections.reverse(reversed);
      List<Evaluation> backwards = new ArrayList<>(model.evaluateAll(reversed, Execution.PARALLEL));
      Collections.reverse(backwards);
      assertThat(bits(backwards)).isEqualTo(bits(sequential));
      assertThat(rebuilt.fingerprint()).isEqualTo(model.fingerprint());
      assertThat(bits(rebuilt.evaluateAll(c.customers()))).isEqualTo(bits(sequential));
      assertThat(rankingOf(model.rank(c.customers(), Execution.PARALLEL)))
          .isEqualTo(rankingOf(rebuilt.rank(c.customers(), Execution.SEQUENTIAL)));
    });
  }

  /** Evaluations with their scores' raw bits, so that equal lists are bit-identical. */
  private static List<Object> bits(List<Evaluation> evaluations) {
    List<Object> list = new ArrayList<>();
    for (Evaluation e : evaluations) {
      list.add(e);
      list.add(Double.doubleToRawLongBits(e.score()));
    }
    return list;
  }

  private static List<Object> rankingOf(List<Ranked<GeneratedAccount>> ranking) {
    List<Object> list = new ArrayList<>();
    for (Ranked<GeneratedAccount> r : ranking) {
      list.add(r.position());
      list.add(r.index());
      list.add(r.evaluation());
    }
    return list;
  }
}
