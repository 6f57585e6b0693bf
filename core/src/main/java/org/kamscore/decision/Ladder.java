package org.kamscore.decision;

import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;

/** Reads a model's ladder: tier ranks and the caps of the knock-outs an evaluation failed. */
final class Ladder {
  private Ladder() {}

  /** The rank of a tier label in a ladder. */
  static int rankOf(List<Tier> tiers, String label) {
    for (Tier tier : tiers) {
      if (tier.label().equals(label)) {
        return tier.rank();
      }
    }
    throw new IllegalStateException(Checks.format(
        "tier label must be one of the ladder's but was: '%s'", label));
  }

  /**
   * The rank an evaluation's failed knock-outs cap its tier at: the worst of their caps, or 0
   * (the top tier, no cap) if it failed none.
   */
  static int capRank(ScoringModel<?> model, Evaluation evaluation) {
    int cap = 0;
    if (!evaluation.failedKnockOuts().isEmpty()) {
      List<Tier> tiers = model.tiers().all();
      for (KnockOut knockOut : model.knockOuts()) {
        if (evaluation.failedKnockOuts().contains(knockOut.name())) {
          cap = Math.max(cap, rankOf(tiers, knockOut.cap()));
        }
      }
    }
    return cap;
  }

  /**
   * Whether crossing the threshold of tier {@code k} changes the tier awarded under a cap:
   * the score's rank moves between {@code k} and {@code k + 1}, and the awarded rank is the
   * worse of the score's and the cap, so only a cap at or above {@code k} lets it show.
   */
  static boolean matters(int k, int capRank) {
    return capRank <= k;
  }
}
