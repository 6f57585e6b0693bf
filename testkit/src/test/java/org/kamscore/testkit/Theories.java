package org.kamscore.testkit;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of the testkit's own properties: the number of examples from the
 * system property {@code kamscore.properties.examples} (default 1000), divided by
 * {@code cost} for properties that run a whole check per example, and a fixed seed,
 * overridable with {@code kamscore.properties.seed}.
 */
final class Theories {
  static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  static final long SEED = Long.getLong("kamscore.properties.seed", 0x6b616d73636f7265L);

  private Theories() {}

  static QuickTheory qt() {
    return qt(1);
  }

  static QuickTheory qt(int cost) {
    return QuickTheory.qt().withExamples(Math.max(1, EXAMPLES / cost)).withFixedSeed(SEED);
  }
}
