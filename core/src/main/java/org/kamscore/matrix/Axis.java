package org.kamscore.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kamscore.ScoringModel;

/**
 * One axis of a {@link PortfolioMatrix}: a scoring model whose 0–100 score is cut into
 * {@link Bands}, and the band each of the model's knock-outs caps the axis at. A customer that
 * fails a knock-out sits at most in that knock-out's cap band, whatever its score: by default
 * the lowest band, or the band named with
 * {@link PortfolioMatrix.Builder#knockOutCapsRowAt(String, String)} and
 * {@link PortfolioMatrix.Builder#knockOutCapsColumnAt(String, String)}. Because scoring models
 * and value-bound knock-outs are monotone, so is the band of a customer on an axis. Axes are
 * made by the matrix builder; instances are immutable.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Axis<T> {
  private final ScoringModel<T> model;
  private final Bands bands;
  private final Map<String, Band> caps;
  /** The knock-outs' names and their caps' positions, in declaration order, for batches. */
  private final String[] knockOuts;
  private final int[] capIndexes;

  /** Creates an axis; {@code caps} holds every knock-out of the model in declaration order. */
  Axis(ScoringModel<T> model, Bands bands, LinkedHashMap<String, Band> caps) {
    this.model = model;
    this.bands = bands;
    this.caps = Collections.unmodifiableMap(new LinkedHashMap<>(caps));
    this.knockOuts = caps.keySet().toArray(new String[0]);
    this.capIndexes = caps.values().stream().mapToInt(Band::index).toArray();
  }

  /**
   * Returns the scoring model.
   *
   * @return the model whose score gives the band
   */
  public ScoringModel<T> model() {
    return model;
  }

  /**
   * Returns the bands of the model's score.
   *
   * @return the bands
   */
  public Bands bands() {
    return bands;
  }

  /**
   * Returns every knock-out of the model with the band it caps this axis at: a customer that
   * fails the knock-out sits in that band or below.
   *
   * @return an unmodifiable map from knock-out name to cap band, in the model's declaration
   *     order; empty if the model has no knock-outs
   */
  public Map<String, Band> caps() {
    return caps;
  }

  /** Returns the cap of a knock-out of the model; the lowest band for an unknown name. */
  private int capOf(String knockOut) {
    Band cap = caps.get(knockOut);
    return cap == null ? 0 : cap.index();
  }

  /**
   * Returns the failed knock-outs whose cap lies below the band of the score, in declaration
   * order; no allocation when none failed.
   *
   * @param failed the failed knock-outs of an evaluation by this axis's model
   * @param scoreBand the position of the band of its score
   */
  List<String> cappedBy(List<String> failed, int scoreBand) {
    if (failed.isEmpty()) {
      return List.of();
    }
    List<String> cappedBy = new ArrayList<>(failed.size());
    for (String knockOut : failed) {
      if (capOf(knockOut) < scoreBand) {
        cappedBy.add(knockOut);
      }
    }
    return cappedBy;
  }

  /**
   * Returns the position of the band of a customer whose score lies in {@code scoreBand} and
   * who failed these knock-outs of the model: the lowest of the score's band and their caps,
   * as {@link #capped(List, int)} gives it, but without allocating.
   */
  int band(int scoreBand, List<String> failed) {
    int band = scoreBand;
    for (int f = 0; f < failed.size(); f++) {
      String knockOut = failed.get(f);
      int k = 0;
      while (k < knockOuts.length && !knockOuts[k].equals(knockOut)) {
        k++;
      }
      band = Math.min(band, k < knockOuts.length ? capIndexes[k] : 0); // unknown: as capOf
    }
    return band;
  }

  /** Returns the position of the band: the lowest of the score's band and these caps. */
  int capped(List<String> cappedBy, int scoreBand) {
    int band = scoreBand;
    for (String knockOut : cappedBy) {
      band = Math.min(band, capOf(knockOut));
    }
    return band;
  }

  /**
   * Tells whether another object is an axis over the same model instance, with equal bands
   * and caps.
   *
   * @param o the object to compare with
   * @return {@code true} if {@code o} is an equal axis
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Axis)) {
      return false;
    }
    Axis<?> other = (Axis<?>) o;
    return model == other.model && bands.equals(other.bands) && caps.equals(other.caps);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(model), bands, caps);
  }

  /**
   * Returns a description such as {@code customer-attractiveness 2026.1 (low < 50.0 <= high)},
   * followed by the knock-out caps if the model has knock-outs, as in
   * {@code ...(low < 50.0 <= high; knock-out caps: minimum-revenue -> low)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(model.id()).append(' ').append(model.version())
        .append(" (").append(bands);
    String separator = "; knock-out caps: ";
    for (Map.Entry<String, Band> cap : caps.entrySet()) {
      s.append(separator).append(cap.getKey()).append(" -> ").append(cap.getValue().label());
      separator = ", ";
    }
    return s.append(')').toString();
  }
}
