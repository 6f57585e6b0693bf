package org.kamscore.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.kamscore.Evaluation;
import org.kamscore.Execution;
import org.kamscore.ScoringModel;

/**
 * Scores one batch of customers every way the library offers and finds the first result that
 * is not bit for bit the same: the generator drawing the batch twice from one seed, each
 * customer alone ({@code evaluate} twice, {@code score}), the batch sequentially, in parallel
 * on the common pool and on a pool of its own, and reversed by a model rebuilt with
 * {@code toBuilder().build()}; for a matrix also {@code classify}.
 *
 * @param <T> the customer type
 */
final class Determinism<T> {
  private final Policy<T> policy;

  Determinism(Policy<T> policy) {
    this.policy = policy;
  }

  /** A difference: the customer's index in the batch (-1 for none), what differs, and both. */
  static final class Difference {
    private final int index;
    private final String what;
    private final String first;
    private final String second;

    Difference(int index, String what, String first, String second) {
      this.index = index;
      this.what = what;
      this.first = first;
      this.second = second;
    }

    int index() {
      return index;
    }

    String what() {
      return what;
    }

    String first() {
      return first;
    }

    String second() {
      return second;
    }
  }

  /**
   * The first difference, or {@code null} if every way agrees.
   *
   * @param again the same batch drawn a second time from the same seed
   */
  Difference compare(List<T> batch, List<T> again) {
    List<List<Evaluation>> all = new ArrayList<>();
    for (ScoringModel<T> model : policy.models()) {
      List<Evaluation> sequential = model.evaluateAll(batch);
      all.add(sequential);
      Difference d = differ(sequential, model.evaluateAll(again), "the customer generator drew"
          + " a customer that scores differently from the same seed");
      d = d != null ? d : alone(model, batch, sequential);
      d = d != null ? d : differ(sequential, model.evaluateAll(batch, Execution.PARALLEL),
          "evaluateAll(customers, Execution.PARALLEL) differs from evaluateAll(customers)");
      d = d != null ? d : ownPool(model, batch, sequential);
      d = d != null ? d : rebuilt(model, batch, sequential);
      if (d != null) {
        return d;
      }
    }
    if (policy.isMatrix()) {
      for (int i = 0; i < batch.size(); i++) {
        Outcome placed = policy.evaluate(batch.get(i));
        if (!placed.evaluations().equals(List.of(all.get(0).get(i), all.get(1).get(i)))) {
          return new Difference(i, "classify(customer) differs from the axis models'"
              + " evaluateAll(customers)", placed.explain(),
              "rows: " + all.get(0).get(i).explain() + "columns: " + all.get(1).get(i).explain());
        }
      }
    }
    return null;
  }

  private Difference alone(ScoringModel<T> model, List<T> batch, List<Evaluation> sequential) {
    for (int i = 0; i < batch.size(); i++) {
      Evaluation single = model.evaluate(batch.get(i));
      if (!single.equals(sequential.get(i))) {
        return new Difference(i, "evaluate(customer) differs from evaluateAll(customers)",
            single.explain(), sequential.get(i).explain());
      }
      Evaluation twice = model.evaluate(batch.get(i));
      if (!twice.equals(single)) {
        return new Difference(i, "evaluate(customer) differs when called twice",
            single.explain(), twice.explain());
      }
      double fast = model.score(batch.get(i));
      if (Double.doubleToLongBits(fast) != Double.doubleToLongBits(single.score())) {
        return new Difference(i, "score(customer) differs from evaluate(customer).score()",
            "score() " + Numbers.shortest(fast) + " (" + Double.toHexString(fast) + ")\n",
            single.explain());
      }
    }
    return null;
  }

  private Difference ownPool(ScoringModel<T> model, List<T> batch, List<Evaluation> sequential) {
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      return differ(sequential, model.evaluateAll(batch, Execution.parallel(pool)),
          "evaluateAll(customers, Execution.parallel(pool)) differs from evaluateAll(customers)");
    } finally {
      pool.shutdown();
    }
  }

  private Difference rebuilt(ScoringModel<T> model, List<T> batch, List<Evaluation> sequential) {
    ScoringModel<T> rebuilt = model.toBuilder().build();
    if (!rebuilt.fingerprint().equals(model.fingerprint())) {
      return new Difference(-1, "the model rebuilt by toBuilder().build() has another"
          + " fingerprint", model.fingerprint() + "\n", rebuilt.fingerprint() + "\n");
    }
    List<T> reversed = new ArrayList<>(batch);
    Collections.reverse(reversed);
    List<Evaluation> evaluations = new ArrayList<>(rebuilt.evaluateAll(reversed));
    Collections.reverse(evaluations);
    return differ(sequential, evaluations, "the batch in reverse order, by the model rebuilt"
        + " with toBuilder().build(), differs from evaluateAll(customers)");
  }

  private static Difference differ(List<Evaluation> expected, List<Evaluation> actual,
      String what) {
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return new Difference(i, what, expected.get(i).explain(), actual.get(i).explain());
      }
    }
    return null;
  }
}
