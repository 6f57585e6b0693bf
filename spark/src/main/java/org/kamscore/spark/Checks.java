package org.kamscore.spark;

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

  /** Checks a name, such as a column's: not null, not blank; {@code what} names it. */
  static String requireName(String name, String what) {
    if (name == null) {
      throw new NullPointerException(what);
    }
    requireArgument(!name.isBlank(), "%s must not be blank but was: '%s'", what, name);
    return name;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
