package org.kamscore.review;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of the review properties, as in the core package: the number of
 * examples from {@code kamscore.properties.examples} (default 1000) and a fixed seed,
 * overridable with {@code kamscore.properties.seed}.
 */
final class Theories {
  private Theories() {}

  static QuickTheory qt() {
    return QuickTheory.qt()
        .withExamples(Integer.getInteger("kamscore.properties.examples", 1000))
        .withFixedSeed(Long.getLong("kamscore.properties.seed", 0x6b616d73636f7265L));
  }
}
