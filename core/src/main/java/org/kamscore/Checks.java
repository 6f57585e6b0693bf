package org.kamscore;

import java.util.Locale;

/** Argument and state checks that format their message only when they fail. */
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

  /** Checks a utility and returns it with -0.0 turned into 0.0, so no score shows "-0". */
  static double requireUtility(double utility, String what) {
    requireArgument(utility >= 0.0 && utility <= 1.0,
        "%s must be a utility in [0, 1] but was: %s", what, utility);
    return utility + 0.0;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** A number as people write it: whole numbers without ".0", others as Java prints them. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
