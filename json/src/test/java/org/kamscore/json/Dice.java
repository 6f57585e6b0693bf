package org.kamscore.json;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Draws over a QuickTheories randomness source; each shrinks toward its first choice. */
final class Dice {
  private final RandomnessSource in;

  Dice(RandomnessSource in) {
    this.in = in;
  }

  int between(int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }

  boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  <E> E pick(List<E> choices) {
    return choices.get(between(0, choices.size() - 1));
  }

  /** Any finite double of any magnitude and sign, from its bits. */
  double anyFinite() {
    double d;
    do {
      d = Double.longBitsToDouble(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE)));
    } while (!Double.isFinite(d));
    return d;
  }

  /**
   * A double of a policy: a small integer, a short decimal, or one with all 17 digits, of a
   * magnitude from 1e-6 to 1e7.
   */
  double number() {
    switch (between(0, 3)) {
      case 0:
        return between(0, 1000);
      case 1:
        return between(0, 100_000) / 1000.0;
      default:
        return Math.pow(10, between(-6_000_000, 7_000_000) / 1e6);
    }
  }

  /** Ascending utilities in [0, 1], some equal, often starting at 0 and ending at 1. */
  double[] utilities(int n) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = chance(30) ? between(0, 4) / 4.0 : between(0, 1_000_000) / 1e6;
    }
    java.util.Arrays.sort(u);
    if (chance(50)) {
      u[0] = 0.0;
      u[n - 1] = 1.0;
    }
    return u;
  }

  /** A name: plain, or text that YAML and JSON must quote or escape. */
  String name(String plain) {
    if (!chance(20)) {
      return plain;
    }
    return pick(List.of("true", "2026.1", "1e5", "null", "~", "- x", "a: b", "#x", "'q'",
        "\"dq\"", "ünïcödé ✓", "tab\there", "line\nbreak", "x".repeat(90), "0x1F", "yes",
        "[a]", "{b}", "&anchor", "*alias", "!tag", "%x", "@x", "`x`", " padded ", "C:\\dir"))
        + plain;
  }
}
