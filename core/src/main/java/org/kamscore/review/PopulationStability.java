package org.kamscore.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The population stability index (PSI) of one distribution between a reference cycle and a
 * current one: the score, the tiers, or one criterion's utilities. Made by {@link Drift}.
 *
 * <p>{@code PSI = sum over bins of (a - e) * ln(a / e)}, with {@code e} the bin's share of the
 * reference cycle and {@code a} its share of the current one, summed in bin order with
 * {@link StrictMath#log}. An empty bin's share is replaced by the
 * {@linkplain Drift.Builder#emptyBinShare(double) empty-bin share} (default 0.0001) before the
 * term is taken; shares are not renormalised. Every term is non-negative, so is the index; 0
 * means the same distribution.
 *
 * <p>Instances are immutable; two are equal when every field is, doubles compared bit for bit.
 *
 * @since 0.1.0
 */
public final class PopulationStability {
  private final String name;
  private final double value;
  private final DriftVerdict verdict;
  private final List<PsiBin> bins;
  private final List<Double> cuts;

  PopulationStability(String name, double value, DriftVerdict verdict, List<PsiBin> bins,
      double[] cuts) {
    this.name = name;
    this.value = value;
    this.verdict = verdict;
    this.bins = List.copyOf(bins);
    List<Double> list = new ArrayList<>(cuts.length);
    for (double cut : cuts) {
      list.add(cut);
    }
    this.cuts = List.copyOf(list);
  }

  /**
   * Returns what was measured.
   *
   * @return {@code "score"}, {@code "tier"}, or a criterion's name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the index.
   *
   * @return the population stability index, not negative
   */
  public double value() {
    return value;
  }

  /**
   * Returns the verdict on the index.
   *
   * @return the verdict
   */
  public DriftVerdict verdict() {
    return verdict;
  }

  /**
   * Returns the bins, in order: lowest values first, or best tier first.
   *
   * @return an unmodifiable list of the bins
   */
  public List<PsiBin> bins() {
    return bins;
  }

  /**
   * Returns the cut points between the bins of a score or utility distribution.
   *
   * @return an unmodifiable list of the cut points, ascending; empty for the tiers
   */
  public List<Double> cuts() {
    return cuts;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PopulationStability)) {
      return false;
    }
    PopulationStability p = (PopulationStability) o;
    return name.equals(p.name)
        && Double.doubleToLongBits(value) == Double.doubleToLongBits(p.value)
        && verdict == p.verdict && bins.equals(p.bins) && cuts.equals(p.cuts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, verdict, bins, cuts);
  }

  /**
   * Returns a summary such as {@code PopulationStability[score: 0.0421 STABLE, 10 bins]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PopulationStability[" + name + ": " + value + " " + verdict + ", " + bins.size()
        + " bins]";
  }
}
