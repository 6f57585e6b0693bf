package org.kamscore.spark;

import org.apache.spark.sql.Row;

/** A policy built on an executor, which turns the UDF's struct of attributes into results. */
interface RowPolicy {
  /**
   * Scores one customer.
   *
   * @param values the attributes in the shipped order, then the key if keyed
   * @return the result struct, of {@link Outputs#type(boolean)}
   */
  Row apply(Row values);
}
