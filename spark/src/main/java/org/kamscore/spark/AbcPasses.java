package org.kamscore.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kamscore.portfolio.AbcClass;

/**
 * The second and third pass of {@link SparkAbc} over the customers in the analysis order: each
 * partition starts from the exact measure of all partitions before it, so every customer's
 * measure <i>ahead</i> is exact, and its class follows the rule of
 * {@link org.kamscore.portfolio.AbcAnalysis}.
 */
final class AbcPasses {
  private AbcPasses() {}

  /** The class rule: ahead below the end of A is A, below the end of B is B, else C. */
  static final class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    final BigDecimal total;
    private final BigDecimal endOfA;
    private final BigDecimal endOfB;
    /** Per partition, the exact measure of the partitions before it. */
    private final BigDecimal[] ahead;
    /** Per partition, the number of customers in the partitions before it. */
    private final long[] before;

    Rule(BigDecimal total, double cutoffA, double cutoffB, List<Totals> partitions) {
      this.total = total;
      this.endOfA = Exactly.limit(cutoffA).multiply(total);
      this.endOfB = Exactly.limit(cutoffB).multiply(total);
      this.ahead = new BigDecimal[partitions.size()];
      this.before = new long[partitions.size()];
      BigDecimal sum = BigDecimal.ZERO;
      long count = 0;
      for (Totals part : partitions) {
        ahead[part.partition] = sum;
        before[part.partition] = count;
        sum = sum.add(part.sum);
        count += part.count;
      }
    }

    AbcClass classOf(BigDecimal measureAhead) {
      return total.signum() == 0 ? AbcClass.C
          : measureAhead.compareTo(endOfA) < 0 ? AbcClass.A
          : measureAhead.compareTo(endOfB) < 0 ? AbcClass.B : AbcClass.C;
    }
  }

  /** Every customer's entry: position, key, measure, share, cumulative share and class. */
  static final class Entries implements Function2<Integer, Iterator<Row>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;
    private final Rule rule;

    Entries(Rule rule) {
      this.rule = rule;
    }

    @Override
    public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
      return new Iterator<>() {
        private BigDecimal ahead = rule.ahead[partition];
        private long position = rule.before[partition];

        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          double measure = row.getDouble(1) + 0.0; // -0.0 becomes 0.0
          BigDecimal exact = Exactly.of(measure);
          AbcClass abcClass = rule.classOf(ahead);
          ahead = ahead.add(exact);
          position++;
          return RowFactory.create(position, row.getString(0), measure,
              Exactly.ratio(exact, rule.total), Exactly.ratio(ahead, rule.total),
              abcClass.name());
        }
      };
    }
  }

  /** Per partition, the count and the exact measure of each class. */
  static final class Summary implements Function2<Integer, Iterator<Row>, Iterator<ClassTotals>> {
    private static final long serialVersionUID = 1L;
    private final Rule rule;

    Summary(Rule rule) {
      this.rule = rule;
    }

    @Override
    public Iterator<ClassTotals> call(Integer partition, Iterator<Row> rows) {
      ClassTotals totals = new ClassTotals();
      BigDecimal ahead = rule.ahead[partition];
      while (rows.hasNext()) {
        BigDecimal exact = Exactly.of(rows.next().getDouble(1));
        int c = rule.classOf(ahead).ordinal();
        totals.counts[c]++;
        totals.sums[c] = totals.sums[c].add(exact);
        ahead = ahead.add(exact);
      }
      return List.of(totals).iterator();
    }
  }

  /** The count and the exact measure of each class, in a partition or in all. */
  static final class ClassTotals implements Serializable {
    private static final long serialVersionUID = 1L;
    final long[] counts = new long[AbcClass.values().length];
    final BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};

    static ClassTotals combine(List<ClassTotals> parts) {
      ClassTotals all = new ClassTotals();
      for (ClassTotals part : parts) {
        for (int c = 0; c < all.counts.length; c++) {
          all.counts[c] += part.counts[c];
          all.sums[c] = all.sums[c].add(part.sums[c]);
        }
      }
      return all;
    }
  }
}
