package org.kamscore.json;

import java.util.Locale;

/**
 * Argument checks of this module that format their message, with {@link Locale#ROOT}, only when
 * they fail. Messages read {@code <what> must <rule> but was: <value>}, as in core.
 */
final class Checks {
  private Checks() {}

  static void requireArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
