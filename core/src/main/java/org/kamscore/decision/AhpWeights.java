package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamscore.ScoringModel;

/**
 * Criterion weights derived from pairwise comparisons by the Analytic Hierarchy Process
 * (Saaty): the principal eigenvector of the comparison matrix, with its consistency; for
 * several raters, of the element-wise geometric mean of their matrices, the standard
 * aggregation of individual judgments in group AHP.
 *
 * <pre>{@code
 * AhpWeights ahp = AhpWeights.of(judgments);      // refuses a consistency ratio above 0.10
 * ahp.weights();                                   // {revenue-share=0.648, ...}
 * ahp.consistency().ratio();                       // 0.003
 * ScoringModel<Customer> model = ahp.applyTo(policy.toBuilder()).build();
 *
 * AhpWeights team = AhpWeights.ofGroup(List.of(anna, ben, carla));
 * team.raters();                                   // each rater's own consistency
 * }</pre>
 *
 * <p>Comparisons whose consistency ratio exceeds {@link Consistency#ACCEPTABLE} are refused:
 * Saaty's advice is to revise them. {@link #acceptingInconsistency(PairwiseComparisons)} and
 * {@link #ofGroupAcceptingInconsistency(List)} take them anyway, when the caller says so.
 * The eigenvector is computed deterministically (see {@link PairwiseComparisons}); the
 * geometric mean with {@link StrictMath}. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class AhpWeights {
  private final PairwiseComparisons comparisons;
  private final Map<String, Double> weights;
  private final Consistency consistency;
  private final List<Consistency> raters;

  private AhpWeights(PairwiseComparisons comparisons, double[] vector, Consistency consistency,
      List<Consistency> raters) {
    this.comparisons = comparisons;
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < vector.length; i++) {
      map.put(comparisons.criteria().get(i), vector[i]);
    }
    this.weights = Collections.unmodifiableMap(map);
    this.consistency = consistency;
    this.raters = List.copyOf(raters);
  }

  /**
   * Derives weights from one rater's comparisons, if they are consistent enough.
   *
   * @param comparisons the comparisons
   * @return the weights
   * @throws IllegalArgumentException if the consistency ratio exceeds 0.10
   */
  public static AhpWeights of(PairwiseComparisons comparisons) {
    return derive(comparisons, List.of(), false);
  }

  /**
   * Derives weights from one rater's comparisons whatever their consistency: the caller
   * accepts a ratio above 0.10 explicitly.
   *
   * @param comparisons the comparisons
   * @return the weights
   */
  public static AhpWeights acceptingInconsistency(PairwiseComparisons comparisons) {
    return derive(comparisons, List.of(), true);
  }

  /**
   * Derives weights from several raters' comparisons, aggregated by their element-wise
   * geometric mean, if the aggregate is consistent enough. Each rater's own consistency is
   * reported by {@link #raters()}, whatever it is.
   *
   * @param raters the raters' comparisons, at least one, all of the same criteria in the same
   *     order
   * @return the weights
   * @throws IllegalArgumentException if there is no rater, the raters compare different
   *     criteria, or the aggregate's consistency ratio exceeds 0.10
   */
  public static AhpWeights ofGroup(List<PairwiseComparisons> raters) {
    return group(raters, false);
  }

  /**
   * Derives weights from several raters' comparisons, aggregated by their element-wise
   * geometric mean, whatever the aggregate's consistency.
   *
   * @param raters the raters' comparisons, at least one, all of the same criteria in the same
   *     order
   * @return the weights
   * @throws IllegalArgumentException if there is no rater or the raters compare different
   *     criteria
   */
  public static AhpWeights ofGroupAcceptingInconsistency(List<PairwiseComparisons> raters) {
    return group(raters, true);
  }

  private static AhpWeights group(List<PairwiseComparisons> raters, boolean accepting) {
    requireNonNull(raters, "raters");
    Checks.requireArgument(!raters.isEmpty(), "number of raters must be at least 1 but was: 0");
    List<String> criteria = requireNonNull(raters.get(0), "rater 0").criteria();
    int n = criteria.size();
    List<Consistency> each = new ArrayList<>(raters.size());
    double[][] logs = new double[n][n];
    for (int r = 0; r < raters.size(); r++) {
      PairwiseComparisons rater = Checks.requireNonNull(raters.get(r), "rater %d", r);
      Checks.requireArgument(rater.criteria().equals(criteria),
          "criteria of rater %d must be %s, those of rater 0, but were: %s", r, criteria,
          rater.criteria());
      each.add(rater.consistency());
      double[][] a = rater.entries();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          logs[i][j] += StrictMath.log(a[i][j]);
        }
      }
    }
    double[][] mean = new double[n][n];
    for (int i = 0; i < n; i++) {
      mean[i][i] = 1.0;
      for (int j = i + 1; j < n; j++) {
        mean[i][j] = StrictMath.exp(logs[i][j] / raters.size());
        mean[j][i] = 1.0 / mean[i][j]; // reciprocal by construction
      }
    }
    return derive(PairwiseComparisons.trusted(criteria, mean), each, accepting);
  }

  private static AhpWeights derive(PairwiseComparisons comparisons, List<Consistency> raters,
      boolean accepting) {
    requireNonNull(comparisons, "comparisons");
    Eigen eigen = Eigen.of(comparisons.entries());
    Consistency consistency = eigen.consistency();
    Checks.requireArgument(accepting || consistency.isAcceptable(),
        "consistency ratio of the %scomparisons must be at most 0.10 but was: %s (revise them, "
            + "or accept it with %s)", raters.isEmpty() ? "" : "aggregated ",
        consistency.ratio(), raters.isEmpty()
            ? "AhpWeights.acceptingInconsistency" : "AhpWeights.ofGroupAcceptingInconsistency");
    return new AhpWeights(comparisons, eigen.vector(),
        consistency, raters.isEmpty() ? List.of(consistency) : raters);
  }

  /**
   * Returns the weights: the principal eigenvector, normalized to add up to 1.
   *
   * @return an unmodifiable map from criterion to weight, in the comparisons' order
   */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * Returns one criterion's weight.
   *
   * @param criterion the criterion's name
   * @return its weight, in {@code (0, 1)}
   * @throws IllegalArgumentException if the criterion was not compared
   */
  public double weight(String criterion) {
    PairwiseComparisons.indexOf(comparisons.criteria(), criterion); // checks the name
    return weights.get(criterion);
  }

  /**
   * Returns the comparisons the weights come from: the rater's, or the raters' aggregate.
   *
   * @return the comparisons
   */
  public PairwiseComparisons comparisons() {
    return comparisons;
  }

  /**
   * Returns the consistency of the comparisons the weights come from.
   *
   * @return the consistency
   */
  public Consistency consistency() {
    return consistency;
  }

  /**
   * Returns each rater's consistency, in the raters' order: one entry, the same as
   * {@link #consistency()}, for a single rater.
   *
   * @return an unmodifiable list
   */
  public List<Consistency> raters() {
    return raters;
  }

  /**
   * Sets the weight of every compared criterion on a model builder, through
   * {@link ScoringModel.Builder#weight(String, double)}; criteria not compared keep their
   * weights.
   *
   * <pre>{@code
   * ScoringModel<Customer> reweighted = ahp.applyTo(model.toBuilder()).build();
   * }</pre>
   *
   * @param <T> the customer type
   * @param builder the builder, such as {@code model.toBuilder()}
   * @return the builder
   * @throws IllegalArgumentException if a compared criterion is not declared on the builder
   */
  public <T> ScoringModel.Builder<T> applyTo(ScoringModel.Builder<T> builder) {
    requireNonNull(builder, "builder");
    weights.forEach(builder::weight); // a LinkedHashMap: in the comparisons' order
    return builder;
  }

  /**
   * Returns the weights and the consistency as lines, such as
   * <pre>
   * revenue-share          0.648
   * contribution-margin    0.230
   * growth-potential       0.122
   * consistency: CR 0.003 (CI 0.002, λmax 3.004)
   * </pre>
   *
   * @return the lines, each ending in a line break
   */
  public String toText() {
    int width = 0;
    for (String name : weights.keySet()) {
      width = Math.max(width, name.length());
    }
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      s.append(Checks.format("%-" + width + "s  %.3f", w.getKey(), w.getValue())).append('\n');
    }
    s.append("consistency: ").append(consistency).append('\n');
    if (raters.size() > 1) {
      for (int r = 0; r < raters.size(); r++) {
        s.append("rater ").append(r).append(": ").append(raters.get(r)).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * Returns a summary such as {@code AhpWeights[{revenue-share=0.648, ...}, CR 0.003 ...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AhpWeights[" + weights + ", " + consistency + "]";
  }
}
