package org.kamscore.review;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.matrix.Axis;
import org.kamscore.matrix.Band;

/**
 * One axis of a {@link StableMatrix}: its bands as a ladder in rank order (rank 0 the top band),
 * the model's fingerprint, and the hysteresis. Immutable.
 */
final class StableAxis {
  private final String what;
  private final Axis<?> axis;
  private final Margins margins;
  private final Hysteresis hysteresis;

  private StableAxis(String what, Axis<?> axis, Margins margins, int minimumCycles) {
    this.what = what;
    this.axis = axis;
    this.margins = margins.inherit();
    this.hysteresis = margins.build(minimumCycles);
  }

  /** The margins of an axis being declared: one threshold per cut, named by the band above. */
  static Margins margins(String what, Axis<?> axis) {
    List<Band> bands = axis.bands().all();
    List<Double> cuts = axis.bands().cuts();
    List<String> labels = new ArrayList<>(bands.size());
    double[] thresholds = new double[cuts.size()];
    for (int rank = 0; rank < bands.size(); rank++) {
      labels.add(bands.get(bands.size() - 1 - rank).label());
      if (rank < thresholds.length) {
        thresholds[rank] = cuts.get(cuts.size() - 1 - rank);
      }
    }
    String setting = what.substring(0, what.indexOf(' ')) + " margins";
    return new Margins(what, "above a cut", setting, labels, thresholds);
  }

  static StableAxis of(String what, Axis<?> axis, Margins margins, int minimumCycles) {
    return new StableAxis(what, axis, margins, minimumCycles);
  }

  Margins inheritMargins() {
    return margins.inherit();
  }

  /** Checks that an evaluation comes from this axis's model; once per customer, boxing nothing. */
  void requireModel(Evaluation evaluation) {
    if (!evaluation.fingerprint().equals(axis.model().fingerprint())) {
      throw new IllegalArgumentException(Checks.format(
          "%s evaluation's model must be '%s' %s with fingerprint %s but was: '%s' %s with "
              + "fingerprint %s", what.substring(0, what.indexOf(' ')), axis.model().id(),
          axis.model().version(), axis.model().fingerprint(), evaluation.modelId(),
          evaluation.modelVersion(), evaluation.fingerprint()));
    }
  }

  /**
   * Decides the band of an axis. A customer that failed a knock-out of the axis's model is
   * never put above the band the matrix placed it in.
   */
  StableBand decide(Evaluation evaluation, Band plainBand, String previousBand, int cycles) {
    int previous = previousBand == null ? -1 : hysteresis.previousRank(previousBand, cycles);
    int plainRank = rankOf(plainBand);
    int capRank = evaluation.failedKnockOuts().isEmpty() ? 0 : plainRank;
    Outcome outcome = hysteresis.decide(evaluation.score(), capRank, previous, cycles);
    return new StableBand(evaluation, band(outcome.rank()), plainBand,
        previous < 0 ? null : band(previous), outcome, cycles, hysteresis);
  }

  private Band band(int rank) {
    List<Band> bands = axis.bands().all();
    return bands.get(bands.size() - 1 - rank);
  }

  private int rankOf(Band band) {
    return axis.bands().size() - 1 - band.index();
  }

  void describe(StringBuilder s) {
    hysteresis.describe(s);
  }
}
