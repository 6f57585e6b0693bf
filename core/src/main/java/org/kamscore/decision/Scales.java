package org.kamscore.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.kamscore.CriterionScale;
import org.kamscore.Direction;
import org.kamscore.LevelScale;
import org.kamscore.Scale;

/** What decision support reads from a criterion's scale: its utility range, raw values, text. */
final class Scales {
  private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);

  private Scales() {}

  /** The best utility any raw value earns. */
  static double best(CriterionScale scale) {
    if (scale instanceof LevelScale<?> levels) {
      double best = 0.0;
      for (double u : levels.utilities()) {
        best = Math.max(best, u);
      }
      return best;
    }
    Scale s = (Scale) scale;
    return Math.max(s.utility(Double.NEGATIVE_INFINITY), s.utility(Double.POSITIVE_INFINITY))
        + 0.0;
  }

  /** The worst utility any raw value earns. */
  static double worst(CriterionScale scale) {
    if (scale instanceof LevelScale<?> levels) {
      double worst = 1.0;
      for (double u : levels.utilities()) {
        worst = Math.min(worst, u);
      }
      return worst + 0.0;
    }
    Scale s = (Scale) scale;
    return Math.min(s.utility(Double.NEGATIVE_INFINITY), s.utility(Double.POSITIVE_INFINITY))
        + 0.0;
  }

  /** The utility of a raw value: a number, or a level's position. */
  static double utility(CriterionScale scale, double raw) {
    if (scale instanceof LevelScale<?> levels) {
      return levels.utilities().get((int) raw);
    }
    return ((Scale) scale).utility(raw);
  }

  /**
   * A raw value to reach as text: a level's name, or the number to four significant digits,
   * rounded toward the scale's better side (after rounding to ten, which takes away the
   * rounding noise of binary fractions): 0.18742857 to raise to reads 0.1875.
   */
  static String target(CriterionScale scale, double raw) {
    if (scale instanceof LevelScale<?> levels) {
      List<?> all = levels.levels();
      return String.valueOf(all.get((int) raw));
    }
    return rounded(raw, scale.direction() == Direction.HIGHER_IS_BETTER);
  }

  /** A number to four significant digits, rounded up or down, as people write it. */
  static String rounded(double value, boolean up) {
    if (Double.isInfinite(value) || value == Math.rint(value) && Math.abs(value) < 1e15) {
      return number(value);
    }
    BigDecimal shown = new BigDecimal(value).round(SHOWN)
        .round(new MathContext(4, up ? RoundingMode.CEILING : RoundingMode.FLOOR))
        .stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= 1e-4 && magnitude < 1e15 ? shown.toPlainString() : shown.toString();
  }

  /**
   * A number as text: whole numbers without ".0", others rounded to 10 significant digits, so
   * that a value such as 0.27000000000000003, which rounding left beside 0.27, reads 0.27.
   */
  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal shown = new BigDecimal(value).round(SHOWN).stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= 1e-4 && magnitude < 1e15 ? shown.toPlainString() : shown.toString();
  }

  /** The verb of a change toward a better value: raise, or lower on a lower-is-better scale. */
  static String verb(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? "raise" : "lower";
  }
}
