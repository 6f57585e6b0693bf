package org.kamscore.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The scoring UDF: a named class that carries the shipped document, never a model or a lambda.
 * Each deserialized copy looks its policy up once in the JVM's {@link ExecutorPolicies}, which
 * builds it at the first call in that JVM.
 */
final class PolicyUdf implements UDF1<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final ShippedPolicy shipped;
  /** This copy's policy, looked up at its first row; not serialized. */
  private transient RowPolicy policy;

  PolicyUdf(ShippedPolicy shipped) {
    this.shipped = shipped;
  }

  @Override
  public Row call(Row values) {
    RowPolicy built = policy;
    if (built == null) {
      built = ExecutorPolicies.of(shipped);
      policy = built;
    }
    return built.apply(values);
  }
}
