package org.kamscore.portfolio;

import java.util.Locale;

/** Argument checks that format their message, with {@link Locale#ROOT}, only when they fail. */
final class Checks {
  private Checks() {}

  static void requireArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  static void requireNotNull(Object reference, String template, Object... args) {
    if (reference == null) {
      throw new NullPointerException(format(template, args));
    }
  }

  /**
   * Checks a pair of cut-offs on the 0..1 share scale: {@code 0 < lower < upper <= 1}, or
   * {@code < 1} unless {@code upperMayBeOne}.
   */
  static void requireCutoffs(String what, String lowerName, double lower, String upperName,
      double upper, boolean upperMayBeOne) {
    boolean upperFits = upperMayBeOne ? upper <= 1.0 : upper < 1.0;
    requireArgument(lower > 0.0 && lower < upper && upperFits,
        "%s must satisfy 0 < %s < %s %s 1 but were: %s = %s, %s = %s", what, lowerName, upperName,
        upperMayBeOne ? "<=" : "<", lowerName, lower, upperName, upper);
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
