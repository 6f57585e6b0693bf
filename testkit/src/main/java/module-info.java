/**
 * kamscore testkit: AssertJ assertions, ready-made policy properties and snapshot tests for
 * teams that unit-test their own key-account policy. A test-scope dependency; it needs AssertJ,
 * and neither a test framework nor a property-testing library.
 *
 * <p>The entry points are {@link org.kamscore.testkit.KamAssertions},
 * {@link org.kamscore.testkit.PolicyProperties} and {@link org.kamscore.testkit.PolicySnapshot}.
 */
module org.kamscore.testkit {
  requires transitive org.kamscore;
  requires transitive org.assertj.core;

  exports org.kamscore.testkit;
}
