package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kamscore.Contribution;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/**
 * How robust a model's weights are over a portfolio: per criterion, how far its weight can
 * move down and up, the other weights fixed, before any customer changes tier, and which
 * customers change first.
 *
 * <pre>{@code
 * WeightSensitivity sensitivity = WeightSensitivity.of(customers, model, Customer::id);
 * WeightRange range = sensitivity.range("revenue-share");
 * range.lower();       // 21.43: below this weight the first customer changes tier
 * range.firstDown();   // [C-03: A -> B at 21.43]
 * System.out.println(sensitivity.toText());
 * }</pre>
 *
 * <p><b>Exact crossings, no search.</b> Weights are relative: with criterion {@code j}'s
 * weight {@code w} and the others fixed, a customer's score is
 * {@code 100 * (a + w * u) / (s + w)}, where {@code u} is the customer's utility on {@code j},
 * {@code s} the sum of the other weights and {@code a} the sum of the other weights times the
 * customer's utilities. It is monotone in {@code w}, and it equals a threshold {@code t} at the
 * root of a linear equation, {@code w = (t * s - 100 * a) / (100 * u - t)}. Every such root
 * that is positive, that a change of tier follows (a knock-out's cap may hide the crossing),
 * and that lies on the side the score moves toward, is a crossing; the nearest one below and
 * above the current weight bound the range. A numerator or denominator whose terms cancel to
 * within a relative {@code 1e-12} counts as 0: a root at weight 0 (no crossing at a positive
 * weight), or a score that never reaches the threshold. The model itself adds the points in
 * declaration order and lifts a rounding shortfall of the shares, so at a bound the model's
 * scores agree with these roots up to rounding.
 *
 * <p>Customers are named by a declared key, unique in the portfolio; results do not depend on
 * the input order. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class WeightSensitivity {
  /** How close, relatively, two terms of a root's difference must be to count as equal. */
  private static final double ROUNDING = 1e-12;

  private final String model;
  private final int customers;
  private final List<WeightRange> ranges;

  private WeightSensitivity(String model, int customers, List<WeightRange> ranges) {
    this.model = model;
    this.customers = customers;
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Computes every criterion's weight range over a portfolio.
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param model the model
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique
   * @return the ranges, one per criterion in declaration order
   * @throws NullPointerException if an argument, a customer or a key is {@code null}
   * @throws IllegalArgumentException if a key repeats
   * @throws org.kamscore.ScoringException if the model cannot score a customer
   */
  public static <T> WeightSensitivity of(Collection<? extends T> customers,
      ScoringModel<? super T> model, Function<? super T, String> key) {
    requireNonNull(model, "model");
    Keyed<T> keyed = Keyed.of(customers, key);
    List<Evaluation> evaluations = model.evaluateAll(keyed.customers());
    List<Criterion> criteria = model.criteria();
    List<Tier> tiers = model.tiers().all();
    int n = criteria.size();
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = criteria.get(i).weight();
    }
    List<Customer> portfolio = new ArrayList<>();
    for (int c = 0; c < keyed.size(); c++) {
      Evaluation e = evaluations.get(c);
      double[] u = new double[n];
      List<Contribution> contributions = e.contributions();
      for (int i = 0; i < n; i++) {
        u[i] = contributions.get(i).utility();
      }
      portfolio.add(new Customer(keyed.key(c), u, e.score(), e.tier().rank(),
          Ladder.capRank(model, e)));
    }
    portfolio.sort(Comparator.comparing(Customer::key)); // results in key order
    List<WeightRange> ranges = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      ranges.add(range(criteria.get(j), j, weights, portfolio, tiers));
    }
    return new WeightSensitivity(model.id() + " " + model.version(), keyed.size(), ranges);
  }

  private static WeightRange range(Criterion criterion, int j, double[] weights,
      List<Customer> portfolio, List<Tier> tiers) {
    double w0 = weights[j];
    double others = 0.0;
    for (int i = 0; i < weights.length; i++) {
      others += i == j ? 0.0 : weights[i];
    }
    double lower = 0.0;
    double upper = Double.POSITIVE_INFINITY;
    List<TierCrossing> down = new ArrayList<>();
    List<TierCrossing> up = new ArrayList<>();
    for (Customer customer : portfolio) {
      TierCrossing below = null;
      TierCrossing above = null;
      for (TierCrossing crossing : customer.crossings(j, weights, others, tiers)) {
        if (crossing.weight() < w0 || crossing.weight() == w0 && customer.fallsAt(crossing)
            == customer.slope(j, weights, others) > 0.0) {
          below = below == null || crossing.weight() > below.weight() ? crossing : below;
        } else {
          above = above == null || crossing.weight() < above.weight() ? crossing : above;
        }
      }
      if (below != null && below.weight() >= lower) {
        if (below.weight() > lower) {
          down.clear();
          lower = below.weight();
        }
        down.add(below);
      }
      if (above != null && above.weight() <= upper) {
        if (above.weight() < upper) {
          up.clear();
          upper = above.weight();
        }
        up.add(above);
      }
    }
    return new WeightRange(criterion.name(), w0, criterion.weightShare(), others, lower, upper,
        down, up);
  }

  /**
   * Returns the weight range of every criterion.
   *
   * @return an unmodifiable list, in the model's declaration order
   */
  public List<WeightRange> ranges() {
    return ranges;
  }

  /**
   * Returns the weight range of one criterion.
   *
   * @param criterion the criterion's name
   * @return its range
   * @throws IllegalArgumentException if the model has no criterion of that name
   */
  public WeightRange range(String criterion) {
    requireNonNull(criterion, "criterion");
    for (WeightRange range : ranges) {
      if (range.criterion().equals(criterion)) {
        return range;
      }
    }
    throw new IllegalArgumentException(Checks.format(
        "criterion must be one of model %s but was: '%s'", model, criterion));
  }

  /**
   * Returns one line per criterion, as {@link WeightRange#toText()}, after a heading.
   *
   * @return the text, each line ending in a line break
   */
  public String toText() {
    StringBuilder s = new StringBuilder(Checks.format(
        "weight sensitivity of %s over %d customers", model, customers)).append('\n');
    for (WeightRange range : ranges) {
      s.append(range.toText()).append('\n');
    }
    return s.toString();
  }

  /**
   * Returns a summary such as
   * {@code WeightSensitivity[attractiveness 2026.1, 8 customers, 4 criteria]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WeightSensitivity[" + model + ", " + customers + " customers, " + ranges.size()
        + " criteria]";
  }

  /** What the crossings of one customer need: its utilities, score, tier and cap. */
  private record Customer(String key, double[] utilities, double score, int rank, int cap) {

    /** The other criteria's weights times this customer's utilities. */
    double others(int j, double[] weights) {
      double a = 0.0;
      for (int i = 0; i < weights.length; i++) {
        a += i == j ? 0.0 : weights[i] * utilities[i];
      }
      return a;
    }

    /** The sign of the score's derivative in criterion j's weight: {@code u * s - a}. */
    double slope(int j, double[] weights, double others) {
      return utilities[j] * others - others(j, weights);
    }

    /** Whether a crossing drops this customer: its tier gets worse. */
    boolean fallsAt(TierCrossing crossing) {
      return crossing.to().rank() > crossing.from().rank();
    }

    /** Whether {@code x - y = difference} is within rounding of 0, relatively. */
    private static boolean isRounding(double difference, double x, double y) {
      return Math.abs(difference) <= ROUNDING * Math.max(Math.abs(x), Math.abs(y));
    }

    /** Every threshold crossing whose change of tier shows despite a knock-out's cap. */
    List<TierCrossing> crossings(int j, double[] weights, double others, List<Tier> tiers) {
      double u = utilities[j];
      double a = others(j, weights);
      double slope = u * others - a;
      List<TierCrossing> crossings = new ArrayList<>();
      if (slope == 0.0) {
        return crossings; // the score does not depend on the weight
      }
      for (int k = 0; k + 1 < tiers.size(); k++) {
        if (!Ladder.matters(k, cap)) {
          continue;
        }
        double t = tiers.get(k).minimumScore();
        double numerator = t * others - 100.0 * a;
        double denominator = 100.0 * u - t;
        // a difference within rounding of 0 is 0: a root at weight 0, or none at all
        if (isRounding(numerator, t * others, 100.0 * a)
            || isRounding(denominator, 100.0 * u, t)) {
          continue;
        }
        double w = numerator / denominator;
        if (!(w > 0.0 && w < Double.POSITIVE_INFINITY)) {
          continue;
        }
        boolean reaches = score >= t;
        // the crossing lies where the score moves: down from a reached threshold, up to one
        // that is not; a root on the other side is rounding at a score on the threshold
        boolean below = w < weights[j];
        boolean above = w > weights[j];
        if (below && reaches != slope > 0.0 || above && reaches != slope < 0.0) {
          continue;
        }
        int to = Math.max(reaches ? k + 1 : k, cap);
        if (to != rank) {
          crossings.add(new TierCrossing(key, w, tiers.get(rank), tiers.get(to)));
        }
      }
      return crossings;
    }
  }
}
