package org.kamscore;

import java.util.Arrays;
import java.util.List;

/**
 * A generated customer: one raw value per criterion column. A numeric column holds the raw
 * value, an ordinal column the index of its level; {@code NaN} is a missing value.
 */
final class GeneratedAccount {
  private final double[] values;
  /** A column whose reading throws, or -1: a failing extractor, for the failure properties. */
  private final int failing;

  GeneratedAccount(double[] values) {
    this(values, -1);
  }

  private GeneratedAccount(double[] values, int failing) {
    this.values = values.clone();
    this.failing = failing;
  }

  double value(int column) {
    if (column == failing) {
      throw new IllegalStateException("column " + column + " cannot be read");
    }
    return values[column];
  }

  /** This customer, but reading column {@code column} throws. */
  GeneratedAccount failingAt(int column) {
    return new GeneratedAccount(values, column);
  }

  /** The level an ordinal column names, or {@code null} if the value is missing. */
  <E> E level(List<E> levels, int column) {
    double index = value(column);
    return index != index ? null : levels.get((int) index);
  }

  GeneratedAccount with(int column, double value) {
    double[] changed = values.clone();
    changed[column] = value;
    return new GeneratedAccount(changed, failing);
  }

  @Override
  public String toString() {
    return "GeneratedAccount" + Arrays.toString(values);
  }
}
