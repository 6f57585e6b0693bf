package org.kamscore.testkit;

import java.util.Locale;

/**
 * Argument and state checks that format their message only when they fail, with
 * {@link Locale#ROOT}, like the {@code Checks} helpers of kamscore core.
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

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
