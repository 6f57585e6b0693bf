package org.kamscore.chart;

import java.util.Locale;

/**
 * Argument checks of the chart package; they format their message, with {@link Locale#ROOT},
 * only when they fail. Messages read {@code <what> must <rule> but was: <value>}, as in the
 * other packages.
 */
final class Checks {
  private Checks() {}

  static void requireArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /** Returns a text that is neither {@code null} (NPE naming {@code what}) nor blank. */
  static String requireText(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what);
    }
    requireArgument(!text.isBlank(), "%s must not be blank but was: '%s'", what, text);
    return text;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
