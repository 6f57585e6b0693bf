package org.kamscore.testkit;

import static org.kamscore.testkit.Checks.requireArgument;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The raw values {@link PolicyProperties} tries for a criterion: an interval, an interval of
 * whole numbers, an interval drawn on a logarithmic scale, or a list of values. Every bound is
 * finite. Immutable.
 *
 * <p><b>Drawing.</b> One draw in sixteen is the lowest value, one the highest and one the
 * {@linkplain #simplest() simplest}, so that the edges are always tried; the others are
 * uniform (for {@link #logarithmic} uniform in the logarithm).
 *
 * <p><b>Shrinking.</b> A counterexample's values move toward simpler ones inside the same
 * values: zero if it is one of them, else the value written with the fewest decimal digits,
 * then with the fewest significant digits, then nearest to zero: 250000 rather than 247311.5,
 * 0.1 rather than 0.0001, 1 rather than 1000000.
 *
 * @since 0.1.0
 */
public final class Values {
  private static final double LARGEST_WHOLE = 0x1p53;

  private enum Kind { BETWEEN, LOGARITHMIC, INTEGERS, LISTED }

  private final Kind kind;
  private final double min;
  private final double max;
  private final double[] listed;

  private Values(Kind kind, double min, double max, double[] listed) {
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.listed = listed;
  }

  /**
   * Values from {@code min} to {@code max}, both inclusive, drawn uniformly.
   *
   * @param min the least value, finite
   * @param max the greatest value, finite, at least {@code min}
   * @return the values
   * @throws IllegalArgumentException if a bound is not finite or {@code max < min}
   */
  public static Values between(double min, double max) {
    checkBounds(min, max);
    return new Values(Kind.BETWEEN, min, max, null);
  }

  /**
   * Positive values from {@code min} to {@code max}, both inclusive, drawn uniformly in their
   * logarithm: as many between 1,000 and 10,000 as between 100,000 and 1,000,000, which suits
   * revenues that span orders of magnitude.
   *
   * @param min the least value, positive and finite
   * @param max the greatest value, finite, at least {@code min}
   * @return the values
   * @throws IllegalArgumentException if {@code min} is not positive, a bound is not finite or
   *     {@code max < min}
   */
  public static Values logarithmic(double min, double max) {
    requireArgument(min > 0.0, "min of logarithmic values must be positive but was: %s",
        Numbers.shortest(min));
    checkBounds(min, max);
    return new Values(Kind.LOGARITHMIC, min, max, null);
  }

  /**
   * The whole numbers from {@code min} to {@code max}, both inclusive, drawn uniformly: for
   * counts, ratings, and the level positions of an ordinal criterion.
   *
   * @param min the least value, at least {@code -2^53}
   * @param max the greatest value, at most {@code 2^53}, at least {@code min}
   * @return the values
   * @throws IllegalArgumentException if a bound lies beyond {@code 2^53} in magnitude, where
   *     not every whole number is a double, or {@code max < min}
   */
  public static Values integers(long min, long max) {
    requireArgument(Math.abs((double) min) <= LARGEST_WHOLE && Math.abs((double) max)
        <= LARGEST_WHOLE, "bounds of integers must lie in [-2^53, 2^53] but were: [%s, %s]",
        min, max);
    requireArgument(max >= min, "max must be at least min %s but was: %s", min, max);
    return new Values(Kind.INTEGERS, min, max, null);
  }

  /**
   * Exactly the values listed, each drawn with the same chance.
   *
   * @param values the values, finite, at least one; repeated values count once
   * @return the values
   * @throws NullPointerException if {@code values} is {@code null}
   * @throws IllegalArgumentException if {@code values} is empty or holds a value that is not
   *     finite
   */
  public static Values of(double... values) {
    requireArgument(values.length > 0, "values must not be empty but was: []");
    for (int i = 0; i < values.length; i++) {
      requireArgument(Double.isFinite(values[i]), "value %s must be finite but was: %s", i,
          Numbers.shortest(values[i]));
    }
    double[] sorted = Arrays.stream(values).map(v -> v + 0.0).sorted().distinct().toArray();
    return new Values(Kind.LISTED, sorted[0], sorted[sorted.length - 1], sorted);
  }

  private static void checkBounds(double min, double max) {
    requireArgument(Double.isFinite(min) && Double.isFinite(max),
        "bounds must be finite but were: [%s, %s]", Numbers.shortest(min),
        Numbers.shortest(max));
    requireArgument(max >= min, "max must be at least min %s but was: %s",
        Numbers.shortest(min), Numbers.shortest(max));
  }

  /** Draws one value. */
  double draw(SplittableRandom random) {
    int pick = random.nextInt(16);
    if (pick < 3) {
      return pick == 0 ? min : pick == 1 ? max : simplest();
    }
    switch (kind) {
      case LISTED:
        return listed[random.nextInt(listed.length)];
      case INTEGERS:
        return min + random.nextLong((long) (max - min) + 1);
      case LOGARITHMIC:
        double low = StrictMath.log(min);
        return clamp(StrictMath.exp(low + (StrictMath.log(max) - low) * random.nextDouble()));
      default:
        double u = random.nextDouble();
        return clamp(min * (1.0 - u) + max * u);
    }
  }

  private double clamp(double value) {
    return Math.max(min, Math.min(max, value));
  }

  /** Tells whether a value is one of these. */
  boolean contains(double value) {
    if (kind == Kind.LISTED) {
      return Arrays.binarySearch(listed, value + 0.0) >= 0;
    }
    return value >= min && value <= max && (kind != Kind.INTEGERS || value == Math.rint(value));
  }

  /** The simplest of all these values. */
  double simplest() {
    return simplestIn(min, max);
  }

  /** The simplest of these values in {@code [lo, hi]}, or {@code NaN} if none lies there. */
  double simplestIn(double lo, double hi) {
    if (kind != Kind.LISTED) {
      return Numbers.simplest(Math.max(lo, min), Math.min(hi, max), kind == Kind.INTEGERS);
    }
    double best = Double.NaN;
    for (double value : listed) {
      if (value >= lo && value <= hi && (Double.isNaN(best) || Numbers.simpler(value, best))) {
        best = value;
      }
    }
    return best;
  }

  /**
   * Returns a description such as {@code between(0, 0.8)} or {@code integers(1, 5)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    if (kind == Kind.LISTED) {
      StringBuilder s = new StringBuilder("of(");
      for (int i = 0; i < listed.length; i++) {
        s.append(i == 0 ? "" : ", ").append(Numbers.shortest(listed[i]));
      }
      return s.append(')').toString();
    }
    return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + Numbers.shortest(min) + ", "
        + Numbers.shortest(max) + ")";
  }
}
