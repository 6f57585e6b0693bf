package org.kamscore.examples.crm;

import java.util.Locale;

/**
 * Formats numbers with a fixed number of decimals through integer arithmetic, so that the text
 * is the same on every JDK: it never depends on {@code Double.toString} or on how a JDK's
 * {@code Formatter} rounds a binary fraction.
 */
final class Decimals {
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Decimals() {}

  /**
   * Rounds a value to a number of decimals, half up, and returns the double nearest to that
   * decimal, the one {@link Double#parseDouble} reads back from {@link #fixed}.
   */
  static double round(double value, int decimals) {
    return Math.round(value * POWERS[decimals]) / (double) POWERS[decimals];
  }

  /** Formats a finite value rounded half up to {@code decimals} places, such as {@code 0.250}. */
  static String fixed(double value, int decimals) {
    long units = Math.round(value * POWERS[decimals]);
    String sign = units < 0 ? "-" : "";
    long abs = Math.abs(units);
    if (decimals == 0) {
      return sign + abs;
    }
    long power = POWERS[decimals];
    return String.format(Locale.ROOT, "%s%d.%0" + decimals + "d", sign, abs / power, abs % power);
  }
}
