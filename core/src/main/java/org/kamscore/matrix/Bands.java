package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;
import static org.kamscore.matrix.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ordered bands that cut the 0–100 score of a matrix axis at one or more cut points.
 *
 * <pre>{@code
 * Bands.cutAt(50)                                  // low | high
 * Bands.cutAt(33, 67)                              // low | medium | high
 * Bands.cutAt(20, 40, 60, 80).labelled("E", "D", "C", "B", "A")
 * }</pre>
 *
 * <p>A score equal to a cut point belongs to the band <em>above</em> the cut: with
 * {@code cutAt(50)}, 49.99 is {@code low} and 50 is {@code high}. The lowest band starts at 0
 * and the top band ends at 100, both inclusive. The band of a score never falls as the score
 * rises.
 *
 * <p>Default labels, lowest band first: two bands {@code low, high}; three {@code low, medium,
 * high}; four {@code low, medium-low, medium-high, high}; five {@code very low, low, medium,
 * high, very high}; six or more {@code band 1, band 2, ...}. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class Bands {
  private static final List<List<String>> DEFAULT_LABELS = List.of(
      List.of("low", "high"),
      List.of("low", "medium", "high"),
      List.of("low", "medium-low", "medium-high", "high"),
      List.of("very low", "low", "medium", "high", "very high"));

  private final double[] cuts;
  private final List<Band> bands;

  private Bands(double[] cuts, List<String> labels) {
    this.cuts = cuts;
    List<Band> all = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      all.add(new Band(labels.get(i), i, i == 0 ? 0.0 : cuts[i - 1],
          i == cuts.length ? 100.0 : cuts[i]));
    }
    this.bands = List.copyOf(all);
  }

  /**
   * Cuts the score at the given points, with the default labels.
   *
   * @param cuts the cut points, at least one, strictly increasing and inside {@code (0, 100)}
   * @return the bands, one more than there are cut points
   * @throws IllegalArgumentException if there is no cut point, a cut point is not inside
   *     {@code (0, 100)}, or a cut point is not above the previous one
   */
  public static Bands cutAt(double... cuts) {
    double[] copy = requireNonNull(cuts, "cuts").clone();
    requireArgument(copy.length > 0, "number of cut points must be at least 1 but was: 0");
    for (int i = 0; i < copy.length; i++) {
      requireArgument(copy[i] > 0.0 && copy[i] < 100.0,
          "cut point must be inside (0, 100) but was: %s", copy[i]);
      requireArgument(i == 0 || copy[i] > copy[i - 1],
          "cut point must be above the previous cut point %s but was: %s",
          i == 0 ? null : copy[i - 1], copy[i]);
    }
    return new Bands(copy, defaultLabels(copy.length + 1));
  }

  private static List<String> defaultLabels(int count) {
    if (count - 2 < DEFAULT_LABELS.size()) {
      return DEFAULT_LABELS.get(count - 2);
    }
    List<String> labels = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      labels.add("band " + i);
    }
    return labels;
  }

  /**
   * Returns the same cuts with explicit labels.
   *
   * @param labels one label per band, lowest band first, unique and not blank
   * @return new bands; these are unchanged
   * @throws IllegalArgumentException if the number of labels differs from the number of bands,
   *     or a label is blank or repeated
   */
  public Bands labelled(String... labels) {
    requireNonNull(labels, "labels");
    requireArgument(labels.length == bands.size(),
        "number of labels must be %d, one per band, but was: %d", bands.size(), labels.length);
    for (int i = 0; i < labels.length; i++) {
      Checks.requireName(labels[i], "band label");
      for (int j = 0; j < i; j++) {
        requireArgument(!labels[i].equals(labels[j]),
            "band label must be unique but was repeated: '%s'", labels[i]);
      }
    }
    return new Bands(cuts, List.of(labels));
  }

  /**
   * Returns the band of a score: the band above the highest cut point the score reaches.
   *
   * @param score a score in {@code [0, 100]}
   * @return the band that contains the score
   * @throws IllegalArgumentException if {@code score} is not in {@code [0, 100]}
   */
  public Band of(double score) {
    return bands.get(indexOf(score));
  }

  /**
   * Returns the position of a score's band, with no allocation: this runs once per customer
   * and axis, so the message is built (and the score boxed) only when the check fails.
   */
  int indexOf(double score) {
    if (!(score >= 0.0 && score <= 100.0)) {
      throw new IllegalArgumentException(
          Checks.format("score must be in [0, 100] but was: %s", score));
    }
    int i = 0;
    while (i < cuts.length && score >= cuts[i]) {
      i++;
    }
    return i;
  }

  /**
   * Returns the band of a label.
   *
   * @param label a label of these bands
   * @return the band
   * @throws IllegalArgumentException if no band has that label
   */
  public Band band(String label) {
    requireNonNull(label, "label");
    for (Band band : bands) {
      if (band.label().equals(label)) {
        return band;
      }
    }
    throw new IllegalArgumentException(Checks.format(
        "band label must be one of %s but was: '%s'", labels(), label));
  }

  boolean has(String label) {
    return bands.stream().anyMatch(b -> b.label().equals(label));
  }

  /**
   * Returns the bands, lowest first.
   *
   * @return an unmodifiable list of the bands
   */
  public List<Band> all() {
    return bands;
  }

  /**
   * Returns the labels, lowest band first.
   *
   * @return an unmodifiable list of the labels
   */
  public List<String> labels() {
    return bands.stream().map(Band::label).toList();
  }

  /**
   * Returns the cut points, in increasing order.
   *
   * @return an unmodifiable list of the cut points
   */
  public List<Double> cuts() {
    return Arrays.stream(cuts).boxed().toList();
  }

  /**
   * Returns the number of bands.
   *
   * @return the number of cut points plus one
   */
  public int size() {
    return bands.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bands && Arrays.equals(((Bands) o).cuts, cuts)
        && ((Bands) o).labels().equals(labels());
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(cuts) + labels().hashCode();
  }

  /**
   * Returns a readable description, such as {@code low < 50.0 <= high}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(bands.get(0).label());
    for (int i = 0; i < cuts.length; i++) {
      s.append(" < ").append(cuts[i]).append(" <= ").append(bands.get(i + 1).label());
    }
    return s.toString();
  }
}
