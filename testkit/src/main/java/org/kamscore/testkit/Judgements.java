package org.kamscore.testkit;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.matrix.Placement;

/**
 * The properties of one case, each written from the documented rules rather than from the
 * code that implements them: what is wrong, one line each, or nothing.
 */
final class Judgements {
  private Judgements() {}

  /** A better value never lowers a score, a tier, or a band of the matrix. */
  static List<String> monotone(Outcome worse, Outcome better) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < worse.evaluations().size(); i++) {
      Evaluation was = worse.evaluations().get(i);
      Evaluation is = better.evaluations().get(i);
      if (is.score() < was.score()) {
        lines.add(Checks.format("score of %s: %s -> %s", Policy.name(was),
            Numbers.shortest(was.score()), Numbers.shortest(is.score())));
      }
      if (is.tier().rank() > was.tier().rank()) {
        lines.add(Checks.format("tier of %s: %s -> %s", Policy.name(was), was.tier().label(),
            is.tier().label()));
      }
    }
    Placement was = worse.placement();
    Placement is = better.placement();
    if (was != null && is.rowBand().index() < was.rowBand().index()) {
      lines.add(Checks.format("row band: %s -> %s", was.rowBand().label(),
          is.rowBand().label()));
    }
    if (was != null && is.columnBand().index() < was.columnBand().index()) {
      lines.add(Checks.format("column band: %s -> %s", was.columnBand().label(),
          is.columnBand().label()));
    }
    return lines;
  }

  /** Every score, by {@code evaluate} and by {@code score}, lies in [0, 100]. */
  static <T> List<String> bounded(Policy<T> policy, T customer, Outcome outcome) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < outcome.evaluations().size(); i++) {
      Evaluation e = outcome.evaluations().get(i);
      if (!(e.score() >= 0.0 && e.score() <= 100.0)) {
        lines.add(Checks.format("score of %s is outside [0, 100]: %s", Policy.name(e),
            Numbers.shortest(e.score())));
      }
      double fast = policy.models().get(i).score(customer);
      if (!(fast >= 0.0 && fast <= 100.0)) {
        lines.add(Checks.format("score() of %s is outside [0, 100]: %s", Policy.name(e),
            Numbers.shortest(fast)));
      }
    }
    return lines;
  }

  /**
   * The tier is the best one whose threshold the score reaches, lowered to the cap of every
   * failed knock-out, and no lower.
   */
  static <T> List<String> knockOutCaps(Policy<T> policy, Outcome outcome) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < outcome.evaluations().size(); i++) {
      ScoringModel<T> model = policy.models().get(i);
      Evaluation e = outcome.evaluations().get(i);
      List<Tier> ladder = model.tiers().all();
      int reached = ladder.size() - 1;
      while (reached > 0 && e.score() >= ladder.get(reached - 1).minimumScore()) {
        reached--;
      }
      if (e.scoreTier().rank() != reached) {
        lines.add(Checks.format("tier of the score of %s is %s but the score %s reaches %s",
            Policy.name(e), e.scoreTier().label(), Numbers.shortest(e.score()),
            ladder.get(reached).label()));
      }
      int expected = reached;
      String capping = null;
      for (String failed : e.failedKnockOuts()) {
        int cap = capRank(model, ladder, failed);
        if (cap < 0) {
          lines.add(Checks.format("failed knock-out '%s' is not a knock-out of %s", failed,
              Policy.name(e)));
        } else if (cap > expected) {
          expected = cap;
          capping = failed;
        }
      }
      if (e.tier().rank() < expected && capping != null) {
        lines.add(Checks.format("tier of %s is %s, above %s, the cap of failed knock-out '%s'",
            Policy.name(e), e.tier().label(), ladder.get(expected).label(), capping));
      } else if (e.tier().rank() != expected) {
        lines.add(Checks.format("tier of %s is %s but must be %s: the tier of its score%s",
            Policy.name(e), e.tier().label(), ladder.get(expected).label(),
            e.failedKnockOuts().isEmpty() ? "" : " and the caps of its failed knock-outs"));
      }
    }
    return lines;
  }

  /** The rank of the tier a knock-out caps at, or -1 if the model has no such knock-out. */
  private static int capRank(ScoringModel<?> model, List<Tier> ladder, String knockOut) {
    for (KnockOut k : model.knockOuts()) {
      if (k.name().equals(knockOut)) {
        for (Tier tier : ladder) {
          if (tier.label().equals(k.cap())) {
            return tier.rank();
          }
        }
      }
    }
    return -1;
  }
}
