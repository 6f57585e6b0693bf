package org.kamscore;

import java.util.Arrays;
import java.util.List;

/**
 * A generated customer: one raw value per criterion column. A numeric column holds the raw
 * value, an ordinal column the index of its level; {@code NaN} is a missing value.
 */
final class GeneratedAccount {
  private final double[] values;

  GeneratedAccount(double[] values) {
    this.values = values.clone();
  }

  double value(int column) {
    return values[column];
  }

  /** The level an ordinal column names, or {@code null} if the value is missing. */
  <E> E level(List<E> levels, int column) {
    double index = values[column];
    return index != index ? null : levels.get((int) index);
  }

  GeneratedAccount with(int column, double value) {
    double[] changed = values.clone();
    changed[column] = value;
    return new GeneratedAccount(changed);
  }

  @Override
  public String toString() {
    return "GeneratedAccount" + Arrays.toString(values);
  }
}
