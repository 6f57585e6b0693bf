package org.kamscore;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/** Runs a model over a collection, sequentially or in parallel, in input order. */
final class Batch {
  private Batch() {}

  static <T> BatchResult run(ScoringModel<T> model, Collection<? extends T> customers,
      Execution execution, boolean failFast) {
    requireNonNull(customers, "customers");
    requireNonNull(execution, "execution");
    List<? extends T> list = new ArrayList<>(customers); // null elements are reported, not lost
    Evaluation[] evaluations = new Evaluation[list.size()];
    ScoringException[] errors = new ScoringException[list.size()];
    if (execution == Execution.SEQUENTIAL) {
      for (int i = 0; i < list.size(); i++) {
        if (!evaluate(model, list, i, evaluations, errors) && failFast) {
          break;
        }
      }
    } else {
      IntStream.range(0, list.size()).parallel()
          .forEach(i -> evaluate(model, list, i, evaluations, errors));
    }
    return new BatchResult(evaluations, errors);
  }

  private static <T> boolean evaluate(ScoringModel<T> model, List<? extends T> list, int i,
      Evaluation[] evaluations, ScoringException[] errors) {
    try {
      evaluations[i] = model.evaluateAt(list.get(i), i);
      return true;
    } catch (ScoringException e) {
      errors[i] = e;
      return false;
    }
  }
}
