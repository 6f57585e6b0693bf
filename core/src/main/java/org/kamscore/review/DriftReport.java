package org.kamscore.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The drift between two review cycles, made by {@link Drift}: the population stability of the
 * score, of the tiers, and of each criterion's utilities.
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class DriftReport {
  private final int referenceSize;
  private final int currentSize;
  private final PopulationStability score;
  private final PopulationStability tiers;
  private final List<PopulationStability> criteria;

  DriftReport(int referenceSize, int currentSize, PopulationStability score,
      PopulationStability tiers, List<PopulationStability> criteria) {
    this.referenceSize = referenceSize;
    this.currentSize = currentSize;
    this.score = score;
    this.tiers = tiers;
    this.criteria = List.copyOf(criteria);
  }

  /**
   * Returns the drift of the score distribution.
   *
   * @return the score's population stability
   */
  public PopulationStability score() {
    return score;
  }

  /**
   * Returns the drift of the tier distribution.
   *
   * @return the tiers' population stability, one bin per tier held in either cycle
   */
  public PopulationStability tiers() {
    return tiers;
  }

  /**
   * Returns the drift of every criterion's utilities.
   *
   * @return an unmodifiable list, one per criterion in declaration order
   */
  public List<PopulationStability> criteria() {
    return criteria;
  }

  /**
   * Returns the drift of one criterion's utilities.
   *
   * @param name the criterion's name
   * @return its population stability
   * @throws NullPointerException if {@code name} is {@code null}
   * @throws IllegalArgumentException if the cycles have no criterion of that name
   */
  public PopulationStability criterion(String name) {
    requireNonNull(name, "name");
    List<String> names = new ArrayList<>(criteria.size());
    for (PopulationStability c : criteria) {
      if (c.name().equals(name)) {
        return c;
      }
      names.add(c.name());
    }
    throw new IllegalArgumentException(Checks.format(
        "criterion must be one of %s but was: '%s'", names, name));
  }

  /**
   * Returns the most severe verdict of the score, the tiers and every criterion.
   *
   * @return the worst verdict
   */
  public DriftVerdict verdict() {
    DriftVerdict worst = score.verdict().compareTo(tiers.verdict()) >= 0
        ? score.verdict() : tiers.verdict();
    for (PopulationStability c : criteria) {
      if (c.verdict().compareTo(worst) > 0) {
        worst = c.verdict();
      }
    }
    return worst;
  }

  /**
   * Returns the number of evaluations in the reference cycle.
   *
   * @return the reference size, at least 1
   */
  public int referenceSize() {
    return referenceSize;
  }

  /**
   * Returns the number of evaluations in the current cycle.
   *
   * @return the current size, at least 1
   */
  public int currentSize() {
    return currentSize;
  }

  /**
   * Returns a summary such as
   * {@code DriftReport[500 -> 520 evaluations, score 0.042 STABLE, tier 0.013 STABLE, ...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DriftReport[").append(referenceSize).append(" -> ")
        .append(currentSize).append(" evaluations");
    List<PopulationStability> all = new ArrayList<>();
    all.add(score);
    all.add(tiers);
    all.addAll(criteria);
    for (PopulationStability p : all) {
      s.append(", ").append(p.name()).append(' ').append(p.value()).append(' ')
          .append(p.verdict());
    }
    return s.append(']').toString();
  }
}
