package org.kamscore;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * How a batch is evaluated: on the calling thread, or split across a fork-join pool. Every
 * execution gives bit-identical results in input order; each customer is still evaluated
 * alone.
 *
 * <pre>{@code
 * model.evaluateAll(customers, Execution.PARALLEL);            // the common pool
 * ForkJoinPool scoring = new ForkJoinPool(4);                  // a service's own pool
 * model.evaluateAll(customers, Execution.parallel(scoring));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Execution {
  /** On the calling thread, one customer after another. */
  public static final Execution SEQUENTIAL = new Execution(null, false);

  /** On the common fork-join pool, {@link ForkJoinPool#commonPool()}. */
  public static final Execution PARALLEL = new Execution(null, true);

  /** The pool of a parallel execution; null for the common pool, which is looked up late. */
  private final ForkJoinPool pool;
  private final boolean parallel;

  private Execution(ForkJoinPool pool, boolean parallel) {
    this.pool = pool;
    this.parallel = parallel;
  }

  /**
   * Splits a batch across a pool of the caller's, such as a service's own scoring pool, so
   * that a large batch does not occupy the common pool. The results are those of
   * {@link #SEQUENTIAL}, bit for bit.
   *
   * @param pool the pool to run on
   * @return the execution
   * @throws NullPointerException if {@code pool} is {@code null}
   */
  public static Execution parallel(ForkJoinPool pool) {
    return new Execution(requireNonNull(pool, "pool"), true);
  }

  /**
   * Tells whether the batch is split across a pool.
   *
   * @return {@code true} unless this is {@link #SEQUENTIAL}
   */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * Returns the pool a parallel execution splits a batch across, so that code running a batch
   * of its own, such as {@link org.kamscore.matrix.PortfolioMatrix#classifyAll(java.util.Collection,
   * Execution)}, occupies the same pool.
   *
   * @return the caller's pool for {@link #parallel(ForkJoinPool)}, the common pool (looked up
   *     now) for {@link #PARALLEL}, empty for {@link #SEQUENTIAL}
   * @since 0.1.0
   */
  public Optional<ForkJoinPool> pool() {
    if (!parallel) {
      return Optional.empty();
    }
    return Optional.of(pool == null ? ForkJoinPool.commonPool() : pool);
  }

  /**
   * Returns {@code SEQUENTIAL}, {@code PARALLEL} or {@code parallel(<pool>)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return !parallel ? "SEQUENTIAL" : pool == null ? "PARALLEL" : "parallel(" + pool + ")";
  }
}
