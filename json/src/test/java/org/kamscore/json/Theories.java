package org.kamscore.json;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of the module's properties: examples from the system property
 * {@code kamscore.properties.examples} (default 1000), the mutation fuzzer at least 10,000, and
 * a fixed seed, overridable with {@code kamscore.properties.seed}, so that failures reproduce.
 */
final class Theories {
  static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  static final int MUTATIONS = Math.max(10_000, EXAMPLES);
  static final long SEED = Long.getLong("kamscore.properties.seed", 0x6b616d736a736f6eL);

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(examples).withFixedSeed(SEED);
  }
}
