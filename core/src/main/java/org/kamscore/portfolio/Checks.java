package org.kamscore.portfolio;

import java.util.Locale;

/**
 * Argument and state checks of the portfolio package, the same as the core package's: they
 * format their message, with {@link Locale#ROOT}, only when they fail, and read
 * {@code <what> must <rule> but was: <value>}. Domain rules live in the classes that use them.
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

  /** Returns a name that is neither {@code null} (NPE naming {@code what}) nor blank. */
  static String requireName(String name, String what) {
    if (name == null) {
      throw new NullPointerException(what);
    }
    requireArgument(!name.isBlank(), "%s must not be blank but was: '%s'", what, name);
    return name;
  }

  static double requireFinite(double value, String what) {
    requireArgument(Double.isFinite(value), "%s must be finite but was: %s", what, value);
    return value;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
