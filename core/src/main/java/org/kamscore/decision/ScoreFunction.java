package org.kamscore.decision;

import java.util.List;
import org.kamscore.Contribution;

/**
 * An evaluation's score as a function of its criteria's utilities: per criterion utility times
 * its most points, added in declaration order and clamped at 100. These are the operations a
 * {@link org.kamscore.ScoringModel} scores with, in the same order, so with the evaluated
 * utilities it gives the evaluated score bit for bit, and with other utilities the score that
 * re-scoring would give. Immutable.
 */
final class ScoreFunction {
  private final double[] utilities;
  private final double[] maximum;

  ScoreFunction(List<Contribution> contributions) {
    int n = contributions.size();
    this.utilities = new double[n];
    this.maximum = new double[n];
    for (int i = 0; i < n; i++) {
      utilities[i] = contributions.get(i).utility() + 0.0; // no -0.0: bits order the utilities
      maximum[i] = contributions.get(i).maximum();
    }
  }

  /** The evaluated utilities, a copy. */
  double[] utilities() {
    return utilities.clone();
  }

  double utility(int i) {
    return utilities[i];
  }

  double maximum(int i) {
    return maximum[i];
  }

  /** The score of some utilities, one per criterion. */
  double score(double[] u) {
    double sum = 0.0;
    for (int i = 0; i < u.length; i++) {
      sum += u[i] * maximum[i];
    }
    return sum > 100.0 ? 100.0 : sum;
  }

  /** The score of {@code u} with criterion {@code j}'s utility replaced. */
  double scoreWith(double[] u, int j, double utility) {
    double kept = u[j];
    u[j] = utility;
    double score = score(u);
    u[j] = kept;
    return score;
  }

  /**
   * The least utility of criterion {@code j}, the others at {@code u}, whose score reaches a
   * threshold, given a utility that falls short and one that reaches it (both in [0, 1]).
   *
   * <p>Algebra gives the answer up to rounding: the other criteria's points fixed, criterion
   * {@code j} must give {@code threshold - others} points, so a utility of that divided by its
   * most points. Rounding may leave that guess a few ulps off either way, so the answer is
   * bracketed around the guess by steps of 1, 2, 4, ... ulps and then narrowed over the
   * doubles between (non-negative doubles are ordered as their bits). As the score is
   * monotone in each utility, the result is exact: the utility reaches the threshold and the
   * double just below it does not.
   */
  double leastUtility(double[] u, int j, double threshold, double fails, double reaches) {
    double others = 0.0;
    for (int i = 0; i < u.length; i++) {
      others += i == j ? 0.0 : u[i] * maximum[i];
    }
    double guess = (threshold - others) / maximum[j];
    double low = fails;
    double high = reaches;
    if (guess > low && guess < high) { // not NaN, and inside the bracket
      if (scoreWith(u, j, guess) >= threshold) {
        high = guess;
        for (double step = Math.ulp(guess); ; step *= 2) {
          double below = guess - step;
          if (!(below > low)) {
            break;
          }
          if (scoreWith(u, j, below) < threshold) {
            low = below;
            break;
          }
          high = below;
        }
      } else {
        low = guess;
        for (double step = Math.ulp(guess); ; step *= 2) {
          double above = guess + step;
          if (!(above < high)) {
            break;
          }
          if (scoreWith(u, j, above) >= threshold) {
            high = above;
            break;
          }
          low = above;
        }
      }
    }
    long lo = Double.doubleToLongBits(low);
    long hi = Double.doubleToLongBits(high);
    while (hi - lo > 1) {
      long middle = lo + (hi - lo) / 2;
      if (scoreWith(u, j, Double.longBitsToDouble(middle)) >= threshold) {
        hi = middle;
      } else {
        lo = middle;
      }
    }
    return Double.longBitsToDouble(hi);
  }
}
