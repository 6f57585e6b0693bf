package org.kamscore.decision;

import java.util.Locale;

/**
 * Argument and state checks that format their message, with {@link Locale#ROOT}, only when
 * they fail; messages read {@code <what> must <rule> but was: <value>}. Every exported package
 * has this same copy ({@code ChecksCopiesTest} keeps them equal): sharing one would take a
 * public "internal" package. Domain rules, such as what a utility is, belong to the classes
 * that use them.
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

  static <V> V requireNonNull(V reference, String template, Object... args) {
    if (reference == null) {
      throw new NullPointerException(format(template, args));
    }
    return reference;
  }

  /** Checks a name or label: not null, not blank; {@code what} names it in the message. */
  static String requireName(String name, String what) {
    if (name == null) {
      throw new NullPointerException(what);
    }
    requireArgument(!name.isBlank(), "%s must not be blank but was: '%s'", what, name);
    return name;
  }

  /** Checks a finite value; the template and its arguments name it in the message. */
  static double requireFinite(double value, String template, Object... args) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          format(template, args) + " must be finite but was: " + value);
    }
    return value;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
