package org.kamscore;

/**
 * How a batch is evaluated. Both give bit-identical results in input order.
 *
 * @since 0.1.0
 */
public enum Execution {
  /** On the calling thread, one customer after another. */
  SEQUENTIAL,
  /** On the common fork-join pool; each customer is still evaluated alone. */
  PARALLEL
}
