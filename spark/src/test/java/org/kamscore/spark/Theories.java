package org.kamscore.spark;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The QuickTheories settings of the module's properties: examples from the system property
 * {@code kamscore.properties.examples} (default 1000) and a fixed seed, overridable with
 * {@code kamscore.properties.seed}, so that failures reproduce; and the measures the
 * properties draw.
 */
final class Theories {
  static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  static final long SEED = Long.getLong("kamscore.properties.seed", 0x6b616d737061726bL);

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(examples).withFixedSeed(SEED);
  }

  /**
   * A measure: finite and not negative, of any magnitude from its bits (subnormals and the
   * largest doubles included), a small integer (so that sums hit limits exactly), a revenue
   * in cents, or 0.
   */
  static double measure(RandomnessSource in) {
    switch ((int) in.next(Constraint.between(0, 3))) {
      case 0:
        return Double.longBitsToDouble(in.next(Constraint.between(0, 0x7fefffffffffffffL)));
      case 1:
        return in.next(Constraint.between(0, 20));
      case 2:
        return in.next(Constraint.between(0, 100_000_000)) / 100.0;
      default:
        return 0.0;
    }
  }
}
