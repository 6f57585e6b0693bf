package org.kamscore.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;

/**
 * What one pass over a partition of keys and measures finds: how many customers, the exact
 * sum of their measures (and of their squares, if asked), null keys, and the bad measure of
 * the least key, so that the message does not depend on how the data is split.
 */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  final int partition;
  long count;
  long nullKeys;
  String badKey;
  String badValue;
  BigDecimal sum = BigDecimal.ZERO;
  BigDecimal squares = BigDecimal.ZERO;

  Totals(int partition) {
    this.partition = partition;
  }

  /** The totals of several partitions together, as of partition -1. */
  static Totals combine(List<Totals> parts) {
    Totals all = new Totals(-1);
    for (Totals part : parts) {
      all.count += part.count;
      all.nullKeys += part.nullKeys;
      all.sum = all.sum.add(part.sum);
      all.squares = all.squares.add(part.squares);
      all.bad(part.badKey, part.badValue);
    }
    return all;
  }

  private void bad(String key, String value) {
    if (key != null && (badKey == null || key.compareTo(badKey) < 0)) {
      badKey = key;
      badValue = value;
    }
  }

  /** Computes the totals of each partition of rows (key, measure). */
  static final class Pass implements Function2<Integer, Iterator<Row>, Iterator<Totals>> {
    private static final long serialVersionUID = 1L;
    private final boolean squares;

    Pass(boolean squares) {
      this.squares = squares;
    }

    @Override
    public Iterator<Totals> call(Integer partition, Iterator<Row> rows) {
      Totals totals = new Totals(partition);
      while (rows.hasNext()) {
        Row row = rows.next();
        totals.count++;
        String key = row.getString(0);
        if (key == null) {
          totals.nullKeys++;
          continue;
        }
        Object value = row.get(1);
        double measure = value == null ? Double.NaN : (Double) value;
        if (!(measure >= 0.0 && measure < Double.POSITIVE_INFINITY)) {
          totals.bad(key, String.valueOf(value));
          continue;
        }
        BigDecimal exact = Exactly.of(measure);
        totals.sum = totals.sum.add(exact);
        if (squares) {
          totals.squares = totals.squares.add(exact.multiply(exact));
        }
      }
      return List.of(totals).iterator();
    }
  }
}
