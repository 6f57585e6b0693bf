package org.kamscore.benchmarks;

/**
 * The scorecard of {@link Workload} as a developer would write it by hand: plain arithmetic
 * over the customer's fields, no library. It is the speed limit of the benchmarks.
 *
 * <p>It sums the same terms in the same order with the same operations as kamscore, so its
 * scores are bit-identical; the point maxima are normalized as kamscore normalizes weights
 * (divided by the largest, then by their sum, times 100).
 */
public final class HandWritten {
  static final double MINIMUM_REVENUE = 250_000;
  static final double MAXIMUM_DISCOUNT = 0.30;
  static final double TIER_A = 75;
  static final double TIER_B = 50;
  /** The score at which both matrix axes change from low to high. */
  static final double BAND_CUT = 50;

  private static final double[] MAX = maximumPoints(Workload.WEIGHTS);
  private static final double[] POSITION_MAX = maximumPoints(Workload.POSITION_WEIGHTS);
  private static final double LOG_WORST = StrictMath.log(10_000);
  private static final double LOG_SPAN = StrictMath.log(10_000_000) - LOG_WORST;
  private static final double[] RELEVANCE = {0.0, 1.0 / 3, 2.0 / 3, 1.0};

  private HandWritten() {}

  /**
   * Scores a customer's attractiveness.
   *
   * @param c the customer
   * @return the score in {@code [0, 100]}
   */
  public static double score(Customer c) {
    double sum = 0.0;
    sum += revenue(c.revenue()) * MAX[0];
    sum += revenueShare(c.revenueShare()) * MAX[1];
    sum += margin(c.margin()) * MAX[2];
    sum += growth(c.growthRating()) * MAX[3];
    sum += contractYears(c.contractYears()) * MAX[4];
    sum += relevance(c.relevance()) * MAX[5];
    sum += yesNo(c.jointProjects()) * MAX[6];
    sum += discount(c.discount()) * MAX[7];
    return sum > 100.0 ? 100.0 : sum;
  }

  /**
   * Scores the supplier's position with a customer.
   *
   * @param c the customer
   * @return the score in {@code [0, 100]}
   */
  public static double positionScore(Customer c) {
    double sum = 0.0;
    sum += shareOfWallet(c.shareOfWallet()) * POSITION_MAX[0];
    sum += relationshipYears(c.relationshipYears()) * POSITION_MAX[1];
    sum += yesNo(c.preferredSupplier()) * POSITION_MAX[2];
    return sum > 100.0 ? 100.0 : sum;
  }

  /**
   * The tier of an attractiveness score, capped at C by a failed knock-out.
   *
   * @param c the customer
   * @param score the customer's attractiveness score
   * @return {@code "A"}, {@code "B"} or {@code "C"}
   */
  public static String tier(Customer c, double score) {
    if (knockedOut(c)) {
      return "C";
    }
    return score >= TIER_A ? "A" : score >= TIER_B ? "B" : "C";
  }

  static boolean knockedOut(Customer c) {
    return !(c.revenue() >= MINIMUM_REVENUE) || !(c.discount() <= MAXIMUM_DISCOUNT);
  }

  /**
   * Whether the customer sits in the attractive row: a failed knock-out of the attractiveness
   * model caps it at the lowest band, whatever its score.
   *
   * @param c the customer
   * @param attractiveness the attractiveness score
   * @return {@code true} for the high band
   */
  static boolean attractive(Customer c, double attractiveness) {
    return !knockedOut(c) && attractiveness >= BAND_CUT;
  }

  /**
   * The key-account matrix cell of a customer's two scores.
   *
   * @param c the customer
   * @param attractiveness the attractiveness score
   * @param position the position score
   * @return {@code "key account"}, {@code "develop"}, {@code "maintain"} or {@code "reduce"}
   */
  public static String cell(Customer c, double attractiveness, double position) {
    boolean attractive = attractive(c, attractiveness);
    boolean strong = position >= BAND_CUT;
    if (attractive) {
      return strong ? "key account" : "develop";
    }
    return strong ? "maintain" : "reduce";
  }

  // the criteria's utilities, each in [0, 1]

  static double revenue(double v) {
    if (v <= 10_000) {
      return 0.0;
    }
    if (v >= 10_000_000) {
      return 1.0;
    }
    double u = (StrictMath.log(v) - LOG_WORST) / LOG_SPAN;
    return u <= 0.0 ? 0.0 : u > 1.0 ? 1.0 : u;
  }

  static double revenueShare(double v) {
    return v <= 0.0 ? 0.0 : v >= 0.30 ? 1.0 : v / 0.30;
  }

  static double margin(double v) {
    return v <= 0.0 ? 0.0 : v >= 0.40 ? 1.0 : v / 0.40;
  }

  static double growth(double v) {
    if (v <= 1) {
      return 0.0;
    }
    if (v >= 5) {
      return 1.0;
    }
    return v < 3 ? interpolate(v, 1, 3, 0.0, 0.5) : interpolate(v, 3, 5, 0.5, 1.0);
  }

  private static double interpolate(double v, double x0, double x1, double u0, double u1) {
    double u = u0 + (v - x0) / (x1 - x0) * (u1 - u0);
    return Math.min(Math.max(u, u0), u1);
  }

  static double contractYears(double v) {
    return v >= 5 ? 1.0 : v >= 2 ? 0.5 : 0.0;
  }

  static double relevance(Relevance r) {
    return RELEVANCE[r.ordinal()];
  }

  static double yesNo(boolean b) {
    return b ? 1.0 : 0.0;
  }

  static double discount(double v) {
    return v <= 0.0 ? 1.0 : v >= 0.25 ? 0.0 : (v - 0.25) / -0.25;
  }

  static double shareOfWallet(double v) {
    return v <= 0.0 ? 0.0 : v >= 0.50 ? 1.0 : v / 0.50;
  }

  static double relationshipYears(double v) {
    return v >= 10 ? 1.0 : v >= 3 ? 0.5 : 0.0;
  }

  static double[] maximumPoints(double[] weights) {
    double largest = 0.0;
    for (double w : weights) {
      largest = Math.max(largest, w);
    }
    double total = 0.0;
    for (double w : weights) {
      total += w / largest;
    }
    double[] maximum = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      maximum[i] = weights[i] / largest / total * 100.0;
    }
    return maximum;
  }
}
