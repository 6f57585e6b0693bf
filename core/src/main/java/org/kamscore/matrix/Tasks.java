package org.kamscore.matrix;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs numbered steps of a batch on the calling thread, or as tasks of an execution's pool.
 * Each step must write only its own part of what it shares, so that both give one result.
 */
final class Tasks {
  /** The pool, or null to run on the calling thread. */
  private final ForkJoinPool pool;

  Tasks(ForkJoinPool pool) {
    this.pool = pool;
  }

  boolean isParallel() {
    return pool != null;
  }

  /** Runs {@code step} for {@code 0 .. count-1}: in order, or halving the range across the pool. */
  void forEach(int count, IntConsumer step) {
    if (pool == null) {
      for (int k = 0; k < count; k++) {
        step.accept(k);
      }
    } else {
      run(new Steps(0, count, step));
    }
  }

  /**
   * Runs a task on the pool. On the common pool, from outside any pool, this thread takes part
   * as in a parallel stream, and its forks go to the common pool: on two cores the common pool
   * has a single worker, so that {@code pool.invoke} would run the batch on one thread while
   * this one waits.
   */
  private void run(RecursiveAction task) {
    ForkJoinPool current = ForkJoinTask.getPool(); // null outside any pool
    if (current == pool || current == null && pool == ForkJoinPool.commonPool()) {
      task.invoke();
    } else {
      pool.invoke(task);
    }
  }

  /** Runs a step for {@code [from, to)}, halving the range across the pool. */
  private static final class Steps extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final transient IntConsumer step;

    Steps(int from, int to, IntConsumer step) {
      this.from = from;
      this.to = to;
      this.step = step;
    }

    @Override
    protected void compute() {
      if (to - from == 1) {
        step.accept(from);
      } else if (to - from > 1) {
        int middle = (from + to) >>> 1;
        invokeAll(new Steps(from, middle, step), new Steps(middle, to, step));
      }
    }
  }
}
