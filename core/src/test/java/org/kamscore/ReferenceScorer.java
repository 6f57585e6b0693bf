package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The test tree's own scorer: what an evaluation of a generated model must say, worked out from
 * the documented semantics and the parameters the generator chose, independently of the
 * production code. Each criterion's utility comes from its {@link ReferenceScale}; a missing
 * value follows the declared policy (worst: utility 0; substitute: the substitute's utility);
 * the weight share is the weight over the exact sum of all weights; the maximum is the share
 * times 100; points are utility times maximum; points lost are maximum less points; the score
 * is the sum of the points; the reasons are the criteria that lost points, most first, ties in
 * declaration order. All of it is exact ({@link BigDecimal}; quotients and weights to 34
 * digits, n * 1e-34 relative at worst, nothing next to the tolerances).
 * {@link #check(Evaluation)} compares the production's doubles against it exactly where the
 * documentation promises exactness and otherwise within the rounding bounds derived below.
 *
 * <p>Tolerances. The production computes in doubles, each operation rounding by at most half
 * an ulp, a relative error of at most {@code u = 2^-53}; 100u is about 1.1e-14, and an ulp of
 * 100 is 1.28 * 100u.
 *
 * <ul>
 *   <li>Utility ({@link #UTILITY_TOLERANCE}, 8u): linear {@code (value - worst) / (best -
 *       worst)} and logarithmic (against the quotient of the same {@code StrictMath}
 *       logarithms) round three times a result in [0, 1]: at most 3u. Points {@code from + (v -
 *       x) / (x' - x) * (to - from)} round six times: at most 6u. Steps, levels, breakpoints and
 *       clamped values are exact.
 *   <li>Maximum of one of {@code n} criteria ({@link #maximumTolerance}, (4n + 8) * 100u):
 *       weight over the largest weight, a sum of n positive terms, a quotient and a product
 *       give (n + 2)u relative. Lifting the largest maximum until the maxima add up to 100 in
 *       doubles adds the shortfall of a rounded sum, at most (2n + 1) * 100u, and what that sum
 *       itself rounds, at most (n - 1) * 100u, plus up to two ulps of 100 from {@code nextUp}.
 *   <li>Points and points lost ({@link #pointsTolerance}, 2 * maximum + 10 * 100u): a utility
 *       error times at most 100, a maximum error, and two roundings of values at most 100.
 *   <li>Score ({@link #scoreTolerance}, n * (maximum + 10 * 100u)): n points, each off by at
 *       most the maximum error plus 9 * 100u, and n roundings of partial sums at most 100.
 * </ul>
 *
 * <p>Any real fault (a wrong sign, a wrong weight, an exclusive threshold, a utility squared)
 * is off by many orders of magnitude more: with 120 criteria the score tolerance is 1.3e-9.
 */
final class ReferenceScorer {
  private static final double U = 0x1p-53;
  /** How far a computed utility may be from the exact one; see the class comment. */
  static final double UTILITY_TOLERANCE = 8 * U;

  /**
   * What one criterion must contribute: its raw value scored, whether it was missing, the
   * value as text ({@code null}: the number itself), utility, share, maximum (share * 100),
   * points (utility * maximum) and points lost (maximum - points).
   */
  record Expected(String criterion, double value, boolean missing, String display,
      ReferenceScale.Utility utility, BigDecimal share, BigDecimal maximum, BigDecimal points,
      BigDecimal lost) {

    static Expected of(String criterion, double value, boolean missing, String display,
        ReferenceScale.Utility utility, BigDecimal share) {
      BigDecimal maximum = share.multiply(BigDecimal.valueOf(100));
      BigDecimal points = utility.value().multiply(maximum);
      return new Expected(criterion, value, missing, display, utility, share, maximum, points,
          maximum.subtract(points));
    }
  }

  private final List<Expected> criteria;
  /** Per criterion the first earlier criterion identical to it (same spec and value), or -1. */
  private final int[] twinOf;

  private ReferenceScorer(List<Expected> criteria, int[] twinOf) {
    this.criteria = criteria;
    this.twinOf = twinOf;
  }

  /**
   * The expected evaluation of a customer by a model declaring {@code specs}, criterion
   * {@code i} reading column {@code i}; no value may be missing under the reject policy.
   */
  static ReferenceScorer of(List<CriterionSpec> specs, GeneratedAccount customer) {
    int n = specs.size();
    // weights from Double.MIN_VALUE to MAX_VALUE have up to 1074 digits: rounded to 34
    BigDecimal[] weights = new BigDecimal[n];
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      weights[i] = new BigDecimal(specs.get(i).weight(), ReferenceScale.CONTEXT);
      total = total.add(weights[i], ReferenceScale.CONTEXT);
    }
    List<Expected> expected = new ArrayList<>();
    int[] twinOf = new int[n];
    for (int i = 0; i < n; i++) {
      CriterionSpec spec = specs.get(i);
      BigDecimal share = weights[i].divide(total, ReferenceScale.CONTEXT);
      expected.add(criterion(spec, customer.value(i), share));
      twinOf[i] = -1;
      for (int j = 0; j < i && twinOf[i] < 0; j++) {
        boolean sameValue = Double.compare(customer.value(j), customer.value(i)) == 0;
        if (sameValue && isTwin(specs.get(j), spec)) {
          twinOf[i] = j;
        }
      }
    }
    return new ReferenceScorer(expected, twinOf);
  }

  private static boolean isTwin(CriterionSpec a, CriterionSpec b) {
    return a.reference() == b.reference() && a.weight() == b.weight()
        && a.ifMissing().equals(b.ifMissing());
  }

  private static Expected criterion(CriterionSpec spec, double raw, BigDecimal share) {
    ReferenceScale scale = spec.reference();
    if (raw == raw) {
      return Expected.of(spec.name(), raw, false, display(spec, raw), scale.utility(raw), share);
    }
    MissingValue policy = spec.ifMissing();
    switch (policy.kind()) {
      case WORST:
        return Expected.of(spec.name(), Double.NaN, true, "missing",
            ReferenceScale.Utility.exactly(0.0), share);
      case SUBSTITUTE_VALUE:
        double substitute = policy.value().getAsDouble();
        return Expected.of(spec.name(), substitute, true, display(spec, substitute),
            scale.utility(substitute), share);
      case SUBSTITUTE_LEVEL:
        Object level = policy.level().orElseThrow();
        double index = scale.indexOf(level);
        return Expected.of(spec.name(), index, true, String.valueOf(level),
            scale.utility(index), share);
      default:
        throw new IllegalStateException(spec.name() + " rejects a missing value");
    }
  }

  private static String display(CriterionSpec spec, double raw) {
    return spec.isOrdinal() ? String.valueOf(spec.reference().level((int) raw)) : null;
  }

  /** The exact score: the sum of the points. */
  BigDecimal score() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Expected x : criteria) {
      sum = sum.add(x.points());
    }
    return sum;
  }

  static double maximumTolerance(int n) {
    return (4 * n + 8) * 100 * U;
  }

  static double pointsTolerance(int n) {
    return 2 * maximumTolerance(n) + 10 * 100 * U;
  }

  static double scoreTolerance(int n) {
    return n * (maximumTolerance(n) + 10 * 100 * U);
  }

  /** A tolerance as a double and exactly, and half of it. */
  private record Tolerance(double value, BigDecimal exact, double half, BigDecimal exactHalf) {
    static Tolerance of(double value) {
      return new Tolerance(value, new BigDecimal(value), value / 2, new BigDecimal(value / 2));
    }
  }

  /** Asserts that the evaluation says what this reference expects. */
  void check(Evaluation e) {
    int n = criteria.size();
    List<Contribution> actual = e.contributions();
    assertThat(actual).hasSize(n);
    double maximum = maximumTolerance(n);
    Tolerance[] tolerances = {Tolerance.of(UTILITY_TOLERANCE), Tolerance.of(maximum / 100 + U),
        Tolerance.of(maximum), Tolerance.of(pointsTolerance(n))};
    boolean perfect = true;
    boolean worthless = true;
    for (int i = 0; i < n; i++) {
      checkContribution(actual.get(i), criteria.get(i), tolerances);
      perfect &= criteria.get(i).utility().isOne();
      worthless &= criteria.get(i).utility().value().signum() == 0;
    }
    assertThat(e.score()).as("score").isBetween(0.0, 100.0);
    assertNear("score", "", e.score(), score(), Tolerance.of(scoreTolerance(n)));
    if (perfect) {
      assertThat(e.score()).as("score with every utility 1").isEqualTo(100.0);
    }
    if (worthless) {
      assertThat(Double.doubleToRawLongBits(e.score())).as("score with every utility 0")
          .isEqualTo(Double.doubleToRawLongBits(0.0));
    }
    checkReasons(e.reasons(), n);
  }

  /** Checks one contribution; plain comparisons, as this runs for every criterion. */
  private static void checkContribution(Contribution c, Expected x, Tolerance[] tolerances) {
    String name = x.criterion();
    require(c.criterion().equals(name), "criterion %s where %s was expected", c.criterion(), name);
    require(c.missing() == x.missing(), "missing of %s: %s", name, c.missing());
    require(Double.doubleToLongBits(c.value()) == Double.doubleToLongBits(x.value()),
        "value of %s: %s, expected %s", name, c.value(), x.value());
    if (x.display() != null) {
      require(c.displayValue().equals(x.display()), "display of %s: %s, expected %s", name,
          c.displayValue(), x.display());
    } else { // the number shown is the value, -0 shown as 0
      require(Double.parseDouble(c.displayValue()) == x.value(), "display of %s: %s, expected %s",
          name, c.displayValue(), x.value());
    }
    if (x.utility().exact()) {
      require(new BigDecimal(c.utility()).compareTo(x.utility().value()) == 0,
          "utility of %s: %s, expected exactly %s", name, c.utility(), x.utility().value());
    } else {
      assertNear("utility of ", name, c.utility(), x.utility().value(), tolerances[0]);
    }
    require(c.utility() >= 0.0 && c.utility() <= 1.0, "utility of %s: %s", name, c.utility());
    assertNear("weight share of ", name, c.weightShare(), x.share(), tolerances[1]);
    assertNear("maximum of ", name, c.maximum(), x.maximum(), tolerances[2]);
    assertNear("points of ", name, c.points(), x.points(), tolerances[3]);
    assertNear("points lost by ", name, c.pointsLost(), x.lost(), tolerances[3]);
    require(c.points() >= 0.0 && c.points() <= c.maximum(), "points of %s: %s of %s", name,
        c.points(), c.maximum());
    require(c.pointsLost() >= 0.0, "points lost by %s: %s", name, c.pointsLost());
  }

  private static void require(boolean holds, String template, Object... args) {
    if (!holds) {
      fail(template, args);
    }
  }

  /**
   * The reasons are the criteria that lost points, most first, ties in declaration order. A
   * criterion whose exact loss exceeds the points tolerance must be a reason; one with exact
   * utility 1 must not be. Of two reasons, the later may not have lost clearly more (beyond
   * twice the tolerance). Twins (identical criteria with identical values) lose the same
   * points, the earlier at most a rounding more if its maximum was lifted, so the earlier
   * comes first.
   */
  private void checkReasons(List<Contribution> reasons, int n) {
    BigDecimal tolerance = new BigDecimal(pointsTolerance(n));
    BigDecimal twice = tolerance.add(tolerance);
    int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int p = 0; p < reasons.size(); p++) {
      int i = indexOf(reasons.get(p).criterion());
      assertThat(i).as("reason %s is a criterion", reasons.get(p).criterion()).isNotNegative();
      assertThat(position[i]).as("reason %s once", reasons.get(p).criterion()).isNegative();
      position[i] = p;
    }
    for (int i = 0; i < n; i++) {
      Expected x = criteria.get(i);
      if (x.lost().compareTo(tolerance) > 0) {
        assertThat(position[i]).as("%s lost %s points: a reason", x.criterion(), x.lost())
            .isNotNegative();
      }
      if (x.utility().exact() && x.utility().isOne()) {
        assertThat(position[i]).as("%s lost nothing: no reason", x.criterion()).isNegative();
      }
      if (twinOf[i] >= 0 && position[i] >= 0) {
        assertThat(position[twinOf[i]]).as("%s, twin of %s, ranked after it", x.criterion(),
            criteria.get(twinOf[i]).criterion()).isBetween(0, position[i] - 1);
      }
    }
    for (int p = 0; p < reasons.size(); p++) {
      Expected before = criteria.get(indexOf(reasons.get(p).criterion()));
      for (int q = p + 1; q < reasons.size(); q++) {
        Expected after = criteria.get(indexOf(reasons.get(q).criterion()));
        assertThat(after.lost())
            .as("%s (lost %s) ranked after %s (lost %s)", after.criterion(), after.lost(),
                before.criterion(), before.lost())
            .isLessThanOrEqualTo(before.lost().add(twice));
      }
    }
  }

  private int indexOf(String criterion) {
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).criterion().equals(criterion)) {
        return i;
      }
    }
    return -1;
  }

  /** Asserts {@code |actual - expected| <= tolerance}, the difference taken exactly. */
  private static void assertNear(
      String what, String name, double actual, BigDecimal expected, Tolerance tolerance) {
    if (!isNear(actual, expected, tolerance)) {
      fail("%s%s: %s, expected %s within %s", what, name, actual, expected, tolerance.value());
    }
  }

  private static boolean isNear(double actual, BigDecimal expected, Tolerance tolerance) {
    if (!Double.isFinite(actual)) {
      return false;
    }
    // both within half the tolerance of 0, as the points of tiny weights are: near, without
    // the exact difference of numbers with hundreds of digits
    if (Math.abs(actual) <= tolerance.half()
        && expected.abs().compareTo(tolerance.exactHalf()) <= 0) {
      return true;
    }
    return new BigDecimal(actual).subtract(expected).abs().compareTo(tolerance.exact()) <= 0;
  }
}
