package org.kamscore.testkit;

import java.util.SplittableRandom;

/**
 * Where a run's seed comes from, and one independent random stream per property and
 * variation, so that each check reproduces on its own whatever else ran before it.
 */
final class Seeds {
  /** "kamscore" in ASCII: the seed when neither the builder nor the system property sets one. */
  static final long DEFAULT = 0x6b616d73636f7265L;

  private Seeds() {}

  /**
   * The seed of the builder if set, else of the system property, else {@link #DEFAULT}; the
   * property value {@code random} draws a fresh seed.
   *
   * @throws IllegalArgumentException if the system property is neither a number nor random
   */
  static long resolve(Long configured) {
    if (configured != null) {
      return configured;
    }
    String property = System.getProperty(PolicyProperties.SEED_PROPERTY);
    if (property == null || property.isBlank()) {
      return DEFAULT;
    }
    if (property.strip().equals("random")) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.decode(property.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Checks.format(
          "system property %s must be a long or 'random' but was: '%s'",
          PolicyProperties.SEED_PROPERTY, property), e);
    }
  }

  /** The random stream of one property ({@code kind}) and variation (index, or -1). */
  static SplittableRandom stream(long seed, int kind, int variation) {
    return new SplittableRandom(mix(seed ^ mix(((long) kind << 32) ^ (variation + 1L))));
  }

  /** MurmurHash3's 64-bit finalizer: nearby inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
