package org.kamscore;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of every property: the number of examples from the system property
 * {@code kamscore.properties.examples} (default 1000) and a fixed seed, overridable with
 * {@code kamscore.properties.seed}, so that every failure reproduces.
 */
final class Theories {
  static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  static final long SEED = Long.getLong("kamscore.properties.seed", 0x6b616d73636f7265L);

  private Theories() {}

  static QuickTheory qt() {
    return qt(EXAMPLES);
  }

  /** The same settings with another number of examples, such as the fuzzer's own. */
  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(examples).withFixedSeed(SEED);
  }
}
