package org.kamscore.decision;

import java.util.Locale;

/**
 * Argument and state checks that format their message, with {@link Locale#ROOT}, only when
 * they fail: this package's copy of the helper every package of the module has.
 */
final class Checks {
  private Checks() {}

  static void requireArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  static void requireState(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalStateException(format(template, args));
    }
  }

  static void requireNotNull(Object reference, String template, Object... args) {
    if (reference == null) {
      throw new NullPointerException(format(template, args));
    }
  }

  static <V> V requireNotNullValue(V reference, String template, Object... args) {
    requireNotNull(reference, template, args);
    return reference;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
