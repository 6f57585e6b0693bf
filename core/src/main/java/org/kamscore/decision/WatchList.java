package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tier;
import org.kamscore.matrix.Axis;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The customers closest to a boundary — a tier threshold, or a band cut of a portfolio matrix —
 * above and below it, with their distance in points, nearest first: who is about to move.
 *
 * <pre>{@code
 * WatchList tiers = WatchList.of(customers, model, Customer::id);
 * tiers.closest(10);          // the ten nearest entries, either side
 * tiers.below();              // customers short of a threshold, the nearest first
 * WatchList cells = WatchList.of(customers, matrix, Customer::id);   // band cuts
 * }</pre>
 *
 * <p>Per customer and per kind of boundary there are at most two entries: the nearest
 * boundary above its score ({@link WatchEntry.Side#BELOW}, the points to gain) and the nearest
 * at or below it ({@link WatchEntry.Side#ABOVE}, the points it may lose; losing more crosses).
 * A tier threshold counts only if crossing it changes the tier awarded: for a customer whose
 * failed knock-outs cap its tier, thresholds above the cap's do not. Band cuts are measured on
 * the axis's score, and likewise count only if crossing them changes the band awarded: not
 * those above the band that the customer's failed knock-outs cap it at on that axis. Entries are ranked by distance ascending, then key, then kind of boundary
 * (tier, row, column), then side; results do not depend on the input order. Instances are
 * immutable.
 *
 * @since 0.1.0
 */
public final class WatchList {
  private static final Comparator<WatchEntry> RANKING =
      Comparator.comparingDouble(WatchEntry::distance)
          .thenComparing(WatchEntry::key)
          .thenComparing(WatchEntry::boundary)
          .thenComparing(WatchEntry::side);

  private final List<WatchEntry> entries;

  private WatchList(List<WatchEntry> entries) {
    List<WatchEntry> sorted = new ArrayList<>(entries);
    sorted.sort(RANKING);
    this.entries = List.copyOf(sorted);
  }

  /**
   * Lists the customers of a portfolio by their distance to the model's tier thresholds.
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param model the model whose tiers to watch
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique
   * @return the watch list
   * @throws NullPointerException if an argument, a customer or a key is {@code null}
   * @throws IllegalArgumentException if a key repeats
   * @throws org.kamscore.ScoringException if the model cannot score a customer
   */
  public static <T> WatchList of(Collection<? extends T> customers,
      ScoringModel<? super T> model, Function<? super T, String> key) {
    requireNonNull(model, "model");
    Keyed<T> keyed = Keyed.of(customers, key);
    List<Evaluation> evaluations = model.evaluateAll(keyed.customers());
    List<Tier> tiers = model.tiers().all();
    List<WatchEntry> entries = new ArrayList<>();
    for (int c = 0; c < keyed.size(); c++) {
      Evaluation e = evaluations.get(c);
      int cap = Ladder.capRank(model, e);
      Tier above = null; // the nearest threshold above the score
      Tier below = null; // the nearest threshold at or below it
      for (int k = 0; k + 1 < tiers.size(); k++) {
        if (!Ladder.matters(k, cap)) {
          continue;
        }
        Tier tier = tiers.get(k);
        if (e.score() >= tier.minimumScore()) {
          below = below == null ? tier : below;
        } else {
          above = tier;
        }
      }
      near(entries, keyed.key(c), WatchEntry.Boundary.TIER, e.score(),
          above == null ? null : above.label(), above == null ? 0.0 : above.minimumScore(),
          below == null ? null : below.label(), below == null ? 0.0 : below.minimumScore());
    }
    return new WatchList(entries);
  }

  /**
   * The entries of one customer near one kind of boundary: the nearest boundary above its
   * score and the nearest at or below it, each given by its label and score, or a null label.
   */
  private static void near(List<WatchEntry> entries, String key, WatchEntry.Boundary boundary,
      double score, String aboveLabel, double above, String belowLabel, double below) {
    if (aboveLabel != null) {
      entries.add(new WatchEntry(key, boundary, aboveLabel, above, score,
          WatchEntry.Side.BELOW, above - score));
    }
    if (belowLabel != null) {
      entries.add(new WatchEntry(key, boundary, belowLabel, below, score,
          WatchEntry.Side.ABOVE, score - below));
    }
  }

  /**
   * Lists the customers of a portfolio by their distance to the band cuts of a matrix's rows
   * and columns.
   *
   * @param <T> the customer type
   * @param customers the customers, none {@code null}
   * @param matrix the matrix whose band cuts to watch
   * @param key reads a customer's key, such as its CRM id: not {@code null}, unique
   * @return the watch list
   * @throws NullPointerException if an argument, a customer or a key is {@code null}
   * @throws IllegalArgumentException if a key repeats
   * @throws org.kamscore.ScoringException if an axis model cannot score a customer
   */
  public static <T> WatchList of(Collection<? extends T> customers, PortfolioMatrix<T> matrix,
      Function<? super T, String> key) {
    requireNonNull(matrix, "matrix");
    Keyed<T> keyed = Keyed.of(customers, key);
    List<Placement> placements = matrix.classifyAll(keyed.customers()).placements();
    List<WatchEntry> entries = new ArrayList<>();
    for (int c = 0; c < keyed.size(); c++) {
      Placement p = placements.get(c);
      cuts(entries, keyed.key(c), WatchEntry.Boundary.ROW_BAND, matrix.rows(),
          p.rowEvaluation());
      cuts(entries, keyed.key(c), WatchEntry.Boundary.COLUMN_BAND, matrix.columns(),
          p.columnEvaluation());
    }
    return new WatchList(entries);
  }

  /**
   * The nearest cut above an axis score and the nearest at or below it, named by the band
   * above; only cuts whose crossing changes the band awarded, so none above the band that the
   * customer's failed knock-outs cap it at.
   */
  private static void cuts(List<WatchEntry> entries, String key, WatchEntry.Boundary boundary,
      Axis<?> axis, Evaluation evaluation) {
    List<Band> all = axis.bands().all();
    int cap = all.size() - 1;
    for (String knockOut : evaluation.failedKnockOuts()) {
      Band band = axis.caps().get(knockOut);
      cap = Math.min(cap, band == null ? 0 : band.index());
    }
    double score = evaluation.score();
    Band above = null; // the band starting at the nearest cut above the score
    Band below = null; // the band starting at the nearest cut at or below it
    for (int b = 1; b <= cap; b++) {
      Band band = all.get(b);
      if (score >= band.lower()) {
        below = band;
      } else if (above == null) {
        above = band;
      }
    }
    near(entries, key, boundary, score,
        above == null ? null : above.label(), above == null ? 0.0 : above.lower(),
        below == null ? null : below.label(), below == null ? 0.0 : below.lower());
  }

  /**
   * Returns every entry, nearest first.
   *
   * @return an unmodifiable list, ranked
   */
  public List<WatchEntry> entries() {
    return entries;
  }

  /**
   * Returns the nearest entries, either side.
   *
   * @param count how many entries at most
   * @return an unmodifiable list of the first {@code count} entries, ranked
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<WatchEntry> closest(int count) {
    Checks.requireArgument(count >= 0, "count must not be negative but was: %d", count);
    return entries.subList(0, Math.min(count, entries.size()));
  }

  /**
   * Returns the entries of customers at or above a boundary, who would fall below it by losing
   * points, nearest first.
   *
   * @return an unmodifiable list, ranked
   */
  public List<WatchEntry> above() {
    return entries.stream().filter(e -> e.side() == WatchEntry.Side.ABOVE).toList();
  }

  /**
   * Returns the entries of customers below a boundary, who would reach it by gaining points,
   * nearest first.
   *
   * @return an unmodifiable list, ranked
   */
  public List<WatchEntry> below() {
    return entries.stream().filter(e -> e.side() == WatchEntry.Side.BELOW).toList();
  }

  /**
   * Returns the nearest entries as lines, as {@link WatchEntry#toText()}.
   *
   * @param count how many entries at most
   * @return the lines, each ending in a line break
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public String toText(int count) {
    StringBuilder s = new StringBuilder();
    for (WatchEntry entry : closest(count)) {
      s.append(entry.toText()).append('\n');
    }
    return s.toString();
  }

  /**
   * Returns a summary such as {@code WatchList[12 entries, nearest C-07 at 0.5]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WatchList[" + entries.size() + " entries"
        + (entries.isEmpty() ? "" : ", nearest " + entries.get(0).key() + " at "
            + entries.get(0).distance()) + "]";
  }
}
