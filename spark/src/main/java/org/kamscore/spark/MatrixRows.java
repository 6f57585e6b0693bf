package org.kamscore.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kamscore.ScoringException;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/** A portfolio matrix on an executor: one placement per row, or the error that stopped it. */
final class MatrixRows implements RowPolicy {
  private static final int AXIS = Outputs.COMPUTED;
  private static final int WIDTH = 2 * AXIS + 5;

  private final PortfolioMatrix<Row> matrix;
  private final int reasons;

  MatrixRows(PortfolioMatrix<Row> matrix, int reasons) {
    this.matrix = matrix;
    this.reasons = reasons;
  }

  @Override
  public Row apply(Row values) {
    Object[] out = new Object[WIDTH];
    try {
      Placement placement = matrix.classify(values);
      Outputs.put(placement.rowEvaluation(), reasons, out, 0);
      Outputs.put(placement.columnEvaluation(), reasons, out, AXIS);
      out[2 * AXIS] = placement.rowBand().label();
      out[2 * AXIS + 1] = placement.columnBand().label();
      out[2 * AXIS + 2] = placement.cell().name();
      out[2 * AXIS + 3] = placement.cell().treatment().orElse(null);
    } catch (ScoringException e) {
      out[WIDTH - 1] = e.getMessage();
    }
    return RowFactory.create(out);
  }
}
