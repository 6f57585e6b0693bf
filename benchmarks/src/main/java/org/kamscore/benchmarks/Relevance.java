package org.kamscore.benchmarks;

/** Strategic relevance of a customer, worst first. */
public enum Relevance {
  /** No reference value. */
  NONE,
  /** Known in its region. */
  REGIONAL,
  /** Known in its industry. */
  INDUSTRY,
  /** A lighthouse customer that opens markets. */
  LIGHTHOUSE
}
