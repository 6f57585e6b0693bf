package org.kamscore.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;

/** A scoring model on an executor: one evaluation per row, or the error that stopped it. */
final class ModelRows implements RowPolicy {
  private static final int WIDTH = Outputs.COMPUTED + 1;

  private final ScoringModel<Row> model;
  private final int reasons;

  ModelRows(ScoringModel<Row> model, int reasons) {
    this.model = model;
    this.reasons = reasons;
  }

  @Override
  public Row apply(Row values) {
    Object[] out = new Object[WIDTH];
    try {
      Outputs.put(model.evaluate(values), reasons, out, 0);
    } catch (ScoringException e) {
      out[WIDTH - 1] = e.getMessage();
    }
    return RowFactory.create(out);
  }
}
