package org.kamscore;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Primitive draws over a QuickTheories randomness source. Every draw shrinks toward its lower
 * bound, so shrunk cases prefer the first choices, moderate values and no rare events.
 */
final class Draw {
  private static final long STEPS = 1L << 30;

  private final RandomnessSource in;

  Draw(RandomnessSource in) {
    this.in = in;
  }

  int between(int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }

  /** True with about {@code percent} per cent probability; shrinks to false. */
  boolean rarely(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** A double in {@code [low, high]}, both finite; shrinks toward {@code low}. */
  double uniform(double low, double high) {
    double f = in.next(Constraint.between(0, STEPS)) / (double) STEPS;
    double x = low * (1.0 - f) + high * f;
    return Math.min(high, Math.max(low, x));
  }

  /** {@code 10^e} for {@code e} uniform in {@code [minExponent, maxExponent]}. */
  double power(double minExponent, double maxExponent) {
    return Math.min(Double.MAX_VALUE, Math.pow(10.0, uniform(minExponent, maxExponent)));
  }

  <E> E pick(List<E> choices) {
    return choices.get(between(0, choices.size() - 1));
  }

  /** A utility: often 0, 1 or 0.5, otherwise uniform in [0, 1]. */
  double utility() {
    switch (between(0, 5)) {
      case 0:
        return 0.5;
      case 1:
        return 0.0;
      case 2:
        return 1.0;
      default:
        return uniform(0.0, 1.0);
    }
  }
}
