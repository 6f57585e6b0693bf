/**
 * Testing a key-account policy: assertions on evaluations, placements and models, properties
 * that every policy must have, checked on the user's own customers, and snapshots of a test
 * portfolio that catch the change nobody meant to make.
 *
 * <ul>
 *   <li>{@link org.kamscore.testkit.KamAssertions} is the entry point of the AssertJ
 *       assertions: {@code assertThat(evaluation).hasTier("A")}.
 *   <li>{@link org.kamscore.testkit.PolicyProperties} checks that a policy is monotonic,
 *       bounded, deterministic and respects its knock-out caps, over customers drawn by the
 *       user's own generator, and reports the smallest counterexample it finds with its seed.
 *   <li>{@link org.kamscore.testkit.PolicySnapshot} stores the tiers, cells and scores of a
 *       named test portfolio in a text file and, when the policy changes, says who moved where
 *       and which criteria moved them.
 * </ul>
 *
 * <p>Every failure is a plain {@link java.lang.AssertionError} (or one of its subclasses), so
 * the testkit works under JUnit Jupiter, any other test framework, or none.
 */
package org.kamscore.testkit;
