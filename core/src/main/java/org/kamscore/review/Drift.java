package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.kamscore.Evaluation;

/**
 * Portfolio drift between two review cycles: the population stability index (PSI) of the score
 * distribution, of the tier distribution, and of each criterion's utilities.
 *
 * <pre>{@code
 * Drift drift = Drift.builder()
 *     .scoreBins(20, 40, 60, 80)      // default: the reference cycle's deciles
 *     .build();
 * DriftReport report = drift.between(lastYear, thisYear);
 * report.score().value();             // 0.042
 * report.score().verdict();           // STABLE
 * report.criterion("revenue-share").verdict();
 * }</pre>
 *
 * <p><b>Bins.</b> Scores fall in bins {@code [0, c1), [c1, c2), ..., [ck, 100]}: a score equal
 * to a cut point falls in the bin above it, as in matrix bands. The cut points are declared
 * ({@link Builder#scoreBins(double...)}), or else the deciles of the reference cycle's scores:
 * for {@code k = 1..9} the score at 0-based index {@code floor(k * n / 10)} of the {@code n}
 * reference scores sorted ascending, with cut points at 0, and repeats, dropped (so a
 * reference whose scores are all alike gives one cut, at that score, or none if it is 0: one
 * bin and an index of 0). Each criterion's
 * utilities are binned the same way on {@code [0, 1]} ({@link Builder#utilityBins(double...)},
 * or the deciles of the reference cycle's utilities of that criterion). The tiers are their own
 * bins, best first; a tier that neither cycle holds adds nothing and is left out.
 *
 * <p><b>Empty bins.</b> A bin with no evaluation in a cycle would make {@code ln(a / e)}
 * infinite; its share is replaced by the empty-bin share (default 0.0001, see
 * {@link PopulationStability}) and the other shares are left as counted.
 *
 * <p><b>Verdicts.</b> {@link DriftVerdict#STABLE} below the moderate bound (default 0.10),
 * {@link DriftVerdict#MODERATE} from it up to the significant bound (default 0.25) inclusive,
 * {@link DriftVerdict#SIGNIFICANT} above.
 *
 * <p><b>Size.</b> The index compares shares, so it needs enough evaluations in every bin: with
 * the reference deciles each bin holds a tenth of the reference, and in a portfolio of a few
 * dozen customers one customer changing bins moves the index a lot. For a small portfolio,
 * declare a few coarse bins, such as the tier thresholds, and read the verdicts with care.
 *
 * <p>Both cycles must hold at least one evaluation and share their criteria and tier labels.
 * The result does not depend on the order of the evaluations. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Drift {
  private final double[] scoreCuts;
  private final double[] utilityCuts;
  private final double moderate;
  private final double significant;
  private final double emptyBinShare;

  private Drift(Builder builder) {
    this.scoreCuts = builder.scoreCuts;
    this.utilityCuts = builder.utilityCuts;
    this.moderate = builder.moderate;
    this.significant = builder.significant;
    this.emptyBinShare = builder.emptyBinShare;
  }

  /**
   * Starts a drift measure with the defaults: deciles of the reference cycle, verdict bounds
   * 0.10 and 0.25, empty-bin share 0.0001.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these settings, to derive a variant; each setting may be made
   * once more on it. This drift measure is unchanged.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.scoreCuts = scoreCuts;
    builder.utilityCuts = utilityCuts;
    builder.moderate = moderate;
    builder.significant = significant;
    builder.emptyBinShare = emptyBinShare;
    return builder;
  }

  /**
   * Measures the drift between two cycles.
   *
   * @param reference the reference cycle, such as last year's review
   * @param current the current cycle
   * @return the drift of the score, the tiers and every criterion
   * @throws NullPointerException if a cycle is {@code null}
   * @throws IllegalArgumentException if a cycle is empty, or the cycles differ in their
   *     criteria or tier labels
   */
  public DriftReport between(Cycle reference, Cycle current) {
    requireNonNull(reference, "reference");
    requireNonNull(current, "current");
    return measure(reference.evaluations(), reference.shape(), current.evaluations(),
        current.shape());
  }

  /**
   * Measures the drift between the evaluations of two cycles; no customer ids are needed.
   *
   * @param reference the reference cycle's evaluations, such as last year's review
   * @param current the current cycle's evaluations
   * @return the drift of the score, the tiers and every criterion
   * @throws NullPointerException if a collection or an evaluation is {@code null}
   * @throws IllegalArgumentException if a collection is empty, or the evaluations differ in
   *     their criteria or tier labels
   */
  public DriftReport between(Collection<Evaluation> reference,
      Collection<Evaluation> current) {
    List<Evaluation> before = List.copyOf(requireNonNull(reference, "reference"));
    List<Evaluation> after = List.copyOf(requireNonNull(current, "current"));
    return measure(before, Shape.of(before, i -> "evaluation " + i + " of the reference cycle"),
        after, Shape.of(after, i -> "evaluation " + i + " of the current cycle"));
  }

  private DriftReport measure(List<Evaluation> reference, Shape referenceShape,
      List<Evaluation> current, Shape currentShape) {
    Checks.requireArgument(!reference.isEmpty(),
        "reference cycle must hold at least one evaluation but held: 0");
    Checks.requireArgument(!current.isEmpty(),
        "current cycle must hold at least one evaluation but held: 0");
    currentShape.requireLike(referenceShape, "current", "reference");
    double[] before = new double[reference.size()];
    double[] after = new double[current.size()];
    for (int i = 0; i < before.length; i++) {
      before[i] = reference.get(i).score();
    }
    for (int i = 0; i < after.length; i++) {
      after[i] = current.get(i).score();
    }
    PopulationStability score = numeric("score", before, after, scoreCuts, 100.0);
    PopulationStability tiers = tiers(reference, referenceShape, current, currentShape);
    List<String> names = referenceShape.criteria();
    List<PopulationStability> criteria = new ArrayList<>(names.size());
    for (int c = 0; c < names.size(); c++) {
      for (int i = 0; i < before.length; i++) {
        before[i] = reference.get(i).contributions().get(c).utility();
      }
      for (int i = 0; i < after.length; i++) {
        after[i] = current.get(i).contributions().get(c).utility();
      }
      criteria.add(numeric(names.get(c), before, after, utilityCuts, 1.0));
    }
    return new DriftReport(reference.size(), current.size(), score, tiers, criteria);
  }

  private PopulationStability numeric(String name, double[] before, double[] after,
      double[] cuts, double top) {
    Binning binning = cuts == null ? Binning.deciles(before, top) : new Binning(cuts, top);
    int[] referenceCounts = new int[binning.size()];
    int[] currentCounts = new int[binning.size()];
    for (double value : before) {
      referenceCounts[binning.of(value)]++;
    }
    for (double value : after) {
      currentCounts[binning.of(value)]++;
    }
    List<String> labels = new ArrayList<>(binning.size());
    for (int b = 0; b < binning.size(); b++) {
      labels.add(binning.label(b));
    }
    return index(name, labels, referenceCounts, before.length, currentCounts, after.length,
        binning.cuts());
  }

  private PopulationStability tiers(List<Evaluation> reference, Shape referenceShape,
      List<Evaluation> current, Shape currentShape) {
    int ranks = Math.max(referenceShape.tierRanks(), currentShape.tierRanks());
    int[] referenceByRank = new int[ranks];
    int[] currentByRank = new int[ranks];
    for (Evaluation e : reference) {
      referenceByRank[e.tier().rank()]++;
    }
    for (Evaluation e : current) {
      currentByRank[e.tier().rank()]++;
    }
    List<String> labels = new ArrayList<>(ranks);
    int[] referenceCounts = new int[ranks];
    int[] currentCounts = new int[ranks];
    for (int rank = 0; rank < ranks; rank++) {
      String label = referenceShape.tier(rank) != null ? referenceShape.tier(rank)
          : currentShape.tier(rank);
      if (label != null) {
        referenceCounts[labels.size()] = referenceByRank[rank];
        currentCounts[labels.size()] = currentByRank[rank];
        labels.add(label);
      }
    }
    return index("tier", labels, Arrays.copyOf(referenceCounts, labels.size()),
        reference.size(), Arrays.copyOf(currentCounts, labels.size()), current.size(),
        new double[0]);
  }

  /** The index over counted bins, summed in bin order. */
  private PopulationStability index(String name, List<String> labels, int[] referenceCounts,
      int referenceSize, int[] currentCounts, int currentSize, double[] cuts) {
    List<PsiBin> bins = new ArrayList<>(labels.size());
    double psi = 0.0;
    for (int b = 0; b < labels.size(); b++) {
      double e = (double) referenceCounts[b] / referenceSize;
      double a = (double) currentCounts[b] / currentSize;
      double expected = referenceCounts[b] == 0 ? emptyBinShare : e;
      double actual = currentCounts[b] == 0 ? emptyBinShare : a;
      double term = (actual - expected) * StrictMath.log(actual / expected);
      psi += term;
      bins.add(new PsiBin(labels.get(b), referenceCounts[b], currentCounts[b], e, a, term));
    }
    return new PopulationStability(name, psi, verdict(psi), bins, cuts);
  }

  private DriftVerdict verdict(double psi) {
    if (psi < moderate) {
      return DriftVerdict.STABLE;
    }
    return psi <= significant ? DriftVerdict.MODERATE : DriftVerdict.SIGNIFICANT;
  }

  /**
   * Returns a summary such as {@code Drift[score bins: reference deciles, utility bins:
   * reference deciles, verdicts 0.1/0.25, empty-bin share 1.0E-4]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Drift[score bins: " + describe(scoreCuts) + ", utility bins: "
        + describe(utilityCuts) + ", verdicts " + moderate + "/" + significant
        + ", empty-bin share " + emptyBinShare + "]";
  }

  private static String describe(double[] cuts) {
    return cuts == null ? "reference deciles" : "cuts " + Arrays.toString(cuts);
  }

  /**
   * Declares a {@link Drift}. Each setting is given once; {@link #build()} leaves the builder
   * unchanged. Builders are not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private double[] scoreCuts;
    private double[] utilityCuts;
    private double moderate = 0.10;
    private double significant = 0.25;
    private double emptyBinShare = 0.0001;
    private boolean scoreCutsSet;
    private boolean utilityCutsSet;
    private boolean verdictsSet;
    private boolean emptyBinShareSet;

    private Builder() {}

    /**
     * Declares the score bins by their cut points, instead of the reference cycle's deciles.
     *
     * @param cuts at least one cut point, strictly increasing and inside {@code (0, 100)}
     * @return this builder
     * @throws IllegalArgumentException if there is no cut point, a cut point is not inside
     *     {@code (0, 100)}, or a cut point is not above the one before
     * @throws IllegalStateException if the score bins were already set on this builder
     */
    public Builder scoreBins(double... cuts) {
      double[] copy = requireCuts(cuts, "score", 100.0);
      Checks.requireState(!scoreCutsSet, "score bins were already set to %s",
          describe(scoreCuts));
      scoreCuts = copy;
      scoreCutsSet = true;
      return this;
    }

    /**
     * Declares the bins of every criterion's utilities by their cut points, instead of the
     * reference cycle's deciles.
     *
     * @param cuts at least one cut point, strictly increasing and inside {@code (0, 1)}
     * @return this builder
     * @throws IllegalArgumentException if there is no cut point, a cut point is not inside
     *     {@code (0, 1)}, or a cut point is not above the one before
     * @throws IllegalStateException if the utility bins were already set on this builder
     */
    public Builder utilityBins(double... cuts) {
      double[] copy = requireCuts(cuts, "utility", 1.0);
      Checks.requireState(!utilityCutsSet, "utility bins were already set to %s",
          describe(utilityCuts));
      utilityCuts = copy;
      utilityCutsSet = true;
      return this;
    }

    private static double[] requireCuts(double[] cuts, String what, double top) {
      double[] copy = requireNonNull(cuts, "cuts").clone();
      Checks.requireArgument(copy.length > 0,
          "number of %s cut points must be at least 1 but was: 0", what);
      for (int i = 0; i < copy.length; i++) {
        Checks.requireArgument(copy[i] > 0.0 && copy[i] < top,
            "%s cut point must be inside (0, %s) but was: %s", what, Numbers.number(top),
            copy[i]);
        Checks.requireArgument(i == 0 || copy[i] > copy[i - 1],
            "%s cut point must be above the previous cut point %s but was: %s", what,
            i == 0 ? null : copy[i - 1], copy[i]);
      }
      return copy;
    }

    /**
     * Sets the verdict bounds: stable below {@code moderate}, moderate from {@code moderate} up
     * to {@code significant} inclusive, significant above.
     *
     * @param moderate the least index that is moderate drift, default 0.10
     * @param significant the greatest index that is still moderate, default 0.25
     * @return this builder
     * @throws IllegalArgumentException unless {@code 0 < moderate < significant}, both finite
     * @throws IllegalStateException if the verdict bounds were already set on this builder
     */
    public Builder verdicts(double moderate, double significant) {
      Checks.requireArgument(moderate > 0.0 && moderate < significant
              && significant < Double.POSITIVE_INFINITY,
          "verdict bounds must satisfy 0 < moderate < significant < infinity but were: "
              + "moderate = %s, significant = %s", moderate, significant);
      Checks.requireState(!verdictsSet,
          "verdict bounds were already set to moderate = %s, significant = %s", this.moderate,
          this.significant);
      this.moderate = moderate;
      this.significant = significant;
      verdictsSet = true;
      return this;
    }

    /**
     * Sets the share that replaces the share of an empty bin, so that its term stays finite.
     *
     * @param share the share, inside {@code (0, 1)}; default 0.0001
     * @return this builder
     * @throws IllegalArgumentException if {@code share} is not inside {@code (0, 1)}
     * @throws IllegalStateException if the share was already set on this builder
     */
    public Builder emptyBinShare(double share) {
      Checks.requireArgument(share > 0.0 && share < 1.0,
          "empty-bin share must be inside (0, 1) but was: %s", share);
      Checks.requireState(!emptyBinShareSet, "empty-bin share was already set to %s",
          emptyBinShare);
      emptyBinShare = share;
      emptyBinShareSet = true;
      return this;
    }

    /**
     * Builds the drift measure. The builder is unchanged.
     *
     * @return the drift measure
     */
    public Drift build() {
      return new Drift(this);
    }
  }
}
