package org.kamscore;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/** Runs a model over a collection, sequentially or in parallel, in input order. */
final class Batch<T> {
  /** Ranges of at most this many customers are evaluated by one task. */
  private static final int LEAF = 1024;

  private final ScoringModel<T> model;
  private final List<? extends T> customers;
  private final Evaluation[] evaluations;
  private final ScoringException[] errors;

  private Batch(ScoringModel<T> model, List<? extends T> customers) {
    this.model = model;
    this.customers = customers;
    this.evaluations = new Evaluation[customers.size()];
    this.errors = new ScoringException[customers.size()];
  }

  static <T> BatchResult run(ScoringModel<T> model, Collection<? extends T> customers,
      Execution execution, boolean failFast) {
    requireNonNull(customers, "customers");
    requireNonNull(execution, "execution");
    // a copy: null elements are reported, not lost, and the input may change meanwhile
    Batch<T> batch = new Batch<>(model, new ArrayList<>(customers));
    if (execution.isParallel()) {
      invoke(execution.pool().orElseThrow(), batch.new Range(0, batch.evaluations.length));
    } else {
      batch.evaluate(0, batch.evaluations.length, failFast);
    }
    return new BatchResult(batch.evaluations, batch.errors);
  }

  /**
   * Runs a task on the pool. On the common pool, from outside any pool, this thread takes part
   * as in a parallel stream and its forks go to the common pool: on two cores the common pool
   * has a single worker, so that {@code pool.invoke} would leave the batch to one thread while
   * this one waits.
   */
  private static void invoke(ForkJoinPool pool, RecursiveAction task) {
    ForkJoinPool current = ForkJoinTask.getPool(); // null outside any pool
    if (current == pool || current == null && pool == ForkJoinPool.commonPool()) {
      task.invoke();
    } else {
      pool.invoke(task);
    }
  }

  private void evaluate(int from, int to, boolean failFast) {
    for (int i = from; i < to; i++) {
      try {
        evaluations[i] = model.evaluateAt(customers.get(i), i);
      } catch (ScoringException e) {
        errors[i] = e;
        if (failFast) {
          return;
        }
      }
    }
  }

  /** Evaluates a range of the batch, halving it across the pool; every slot is its own. */
  private final class Range extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;

    Range(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from <= LEAF) {
        evaluate(from, to, false);
      } else {
        int middle = (from + to) >>> 1;
        invokeAll(new Range(from, middle), new Range(middle, to));
      }
    }
  }
}
