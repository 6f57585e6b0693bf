package org.kamscore.testkit;

/**
 * Makes the testkit's assertion errors: with expected and actual values for an IDE's diff
 * view where opentest4j (which JUnit and AssertJ use) is on the class path, a plain
 * {@link AssertionError} where it is not. The testkit never links to opentest4j.
 */
final class Failures {
  private static final String WITH_VALUES = "org.opentest4j.AssertionFailedError";

  private Failures() {}

  /** An assertion error that carries both texts, if the test framework can show them. */
  static AssertionError withValues(String message, String expected, String actual) {
    try {
      Class<?> type = Class.forName(WITH_VALUES, false, Failures.class.getClassLoader());
      return (AssertionError) type.getConstructor(String.class, Object.class, Object.class)
          .newInstance(message, expected, actual);
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return new AssertionError(message);
    }
  }
}
