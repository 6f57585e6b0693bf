package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kamscore.Contribution;
import org.kamscore.Criterion;
import org.kamscore.CriterionScale;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/**
 * Which raw values of an evaluated customer's criteria reach a score threshold, the other
 * criteria as evaluated: the needed utility exactly ({@link ScoreFunction#leastUtility}), then
 * the scale's inverse ({@link CriterionScale#valueFor(double)}), then a check by re-scoring
 * with {@link ScoringModel#replay}, nudging the utility up by ulps should rounding leave the
 * re-scored value short. Knock-outs are taken as evaluated: a changed criterion is not assumed
 * to change which knock-outs the customer fails.
 */
final class Reach {
  /** Nudges after which a value that still re-scores short is a bug, not rounding. */
  private static final int NUDGES = 64;

  private final ScoringModel<?> model;
  private final Evaluation evaluation;
  private final List<Criterion> criteria;
  private final List<Contribution> contributions;
  private final ScoreFunction function;

  Reach(ScoringModel<?> model, Evaluation evaluation) {
    this.model = requireNonNull(model, "model");
    this.evaluation = requireNonNull(evaluation, "evaluation");
    Checks.requireArgument(model.fingerprint().equals(evaluation.fingerprint()),
        "evaluation must come from model '%s' %s (fingerprint %s) but came from: '%s' %s "
            + "(fingerprint %s)", model.id(), model.version(), model.fingerprint(),
        evaluation.modelId(), evaluation.modelVersion(), evaluation.fingerprint());
    this.criteria = model.criteria();
    this.contributions = evaluation.contributions();
    this.function = new ScoreFunction(contributions);
    double again = function.score(function.utilities());
    Checks.requireState(Double.doubleToLongBits(again)
            == Double.doubleToLongBits(evaluation.score()),
        "score re-added from the contributions must be the evaluated %s but was: %s",
        evaluation.score(), again);
  }

  Evaluation evaluation() {
    return evaluation;
  }

  List<Criterion> criteria() {
    return criteria;
  }

  int size() {
    return criteria.size();
  }

  /** The knock-outs the customer failed whose cap lies below a tier, in declaration order. */
  List<KnockOut> failedBelow(Tier tier) {
    List<KnockOut> blocking = new ArrayList<>();
    for (KnockOut knockOut : model.knockOuts()) {
      if (evaluation.failedKnockOuts().contains(knockOut.name())
          && Ladder.rankOf(model.tiers().all(), knockOut.cap()) > tier.rank()) {
        blocking.add(knockOut);
      }
    }
    return List.copyOf(blocking);
  }

  /**
   * Criterion {@code j} alone raised to reach a threshold the score falls short of: the worst
   * value that reaches it, or none if the criterion's best value does not.
   */
  CriterionChange raise(int j, double threshold) {
    double[] u = function.utilities();
    double best = Scales.best(scaleOf(j));
    if (!(function.scoreWith(u, j, best) >= threshold)) {
      return none(j);
    }
    double needed = function.leastUtility(u, j, threshold, u[j], best);
    u[j] = needed;
    return changes(u, new int[] {j}, threshold).get(0);
  }

  /**
   * Criterion {@code j} alone lowered as far as the score stays at a threshold it reaches:
   * the worst value that still reaches it, or none if even the criterion's worst value does.
   */
  CriterionChange hold(int j, double threshold) {
    double[] u = function.utilities();
    double worst = Scales.worst(scaleOf(j));
    if (function.scoreWith(u, j, worst) >= threshold) {
      return none(j);
    }
    double needed = function.leastUtility(u, j, threshold, worst, u[j]);
    u[j] = needed;
    return changes(u, new int[] {j}, threshold).get(0);
  }

  /**
   * Several criteria raised together to reach a threshold: the candidates with the most points
   * still to give first, each raised to its scale's best value, until one more would reach the
   * threshold; that last one is raised only as far as needed.
   *
   * @return the changes in that order, or an empty list if all candidates together fall short
   */
  List<CriterionChange> plan(List<Integer> candidates, double threshold) {
    double[] u = function.utilities();
    List<Integer> order = new ArrayList<>();
    for (int j : candidates) {
      if (gain(j) > 0.0) {
        order.add(j);
      }
    }
    // most points still to give first; ties in declaration order (the sort is stable)
    order.sort(Comparator.comparingDouble((Integer j) -> gain(j)).reversed());
    for (int k = 0; k < order.size(); k++) {
      int j = order.get(k);
      double best = Scales.best(scaleOf(j));
      if (function.scoreWith(u, j, best) >= threshold) {
        u[j] = function.leastUtility(u, j, threshold, u[j], best);
        int[] changed = new int[k + 1];
        for (int i = 0; i <= k; i++) {
          changed[i] = order.get(i);
        }
        return changes(u, changed, threshold);
      }
      u[j] = best;
    }
    return List.of();
  }

  /** The points criterion {@code j} can still give: up to its scale's best utility. */
  double gain(int j) {
    return (Scales.best(scaleOf(j)) - function.utility(j)) * function.maximum(j);
  }

  /**
   * The changes of criteria {@code changed} to the utilities {@code u}, as raw values, checked
   * by re-scoring: if rounding left the re-scored value short of the threshold, the last
   * changed criterion's utility is nudged up by ulps.
   */
  private List<CriterionChange> changes(double[] u, int[] changed, double threshold) {
    double[] raws = new double[changed.length];
    for (int k = 0; k < changed.length; k++) {
      raws[k] = valueFor(changed[k], u[changed[k]]);
    }
    int last = changed[changed.length - 1];
    double best = Scales.best(scaleOf(last));
    for (int nudge = 0; rescore(changed, raws) < threshold; nudge++) {
      double reached = Math.max(u[last], Scales.utility(scaleOf(last), raws[raws.length - 1]));
      Checks.requireState(nudge < NUDGES && reached < best,
          "value of criterion '%s' must re-score to at least %s but re-scored: %s",
          criteria.get(last).name(), threshold, rescore(changed, raws));
      u[last] = Math.nextUp(reached);
      raws[raws.length - 1] = valueFor(last, u[last]);
    }
    List<CriterionChange> list = new ArrayList<>(changed.length);
    for (int k = 0; k < changed.length; k++) {
      int j = changed[k];
      CriterionScale scale = scaleOf(j);
      list.add(new CriterionChange(contributions.get(j), criteria.get(j).actionable(),
          scale.direction(), raws[k], Scales.utility(scale, raws[k]), u[j],
          // infinite only where every value reaches: a missing value scored below the scale
          Double.isInfinite(raws[k]) ? "any value" : Scales.target(scale, raws[k])));
    }
    return List.copyOf(list);
  }

  /** The score of the evaluated raw values with some replaced, by the model's replay. */
  double rescore(int[] changed, double[] raws) {
    Double[] values = new Double[contributions.size()];
    for (int i = 0; i < values.length; i++) {
      Contribution c = contributions.get(i);
      values[i] = c.missing() ? Double.NaN : c.value();
    }
    for (int k = 0; k < changed.length; k++) {
      values[changed[k]] = raws[k];
    }
    return model.replay(Arrays.asList(values), evaluation.failedKnockOuts()).score();
  }

  private double valueFor(int j, double utility) {
    return scaleOf(j).valueFor(utility).orElseThrow(() -> new IllegalStateException(
        Checks.format("utility %s of criterion '%s' must be reachable by its scale but was not",
            utility, criteria.get(j).name())));
  }

  private CriterionChange none(int j) {
    return CriterionChange.none(contributions.get(j), criteria.get(j).actionable(),
        scaleOf(j).direction());
  }

  private CriterionScale scaleOf(int j) {
    return criteria.get(j).scale();
  }
}
