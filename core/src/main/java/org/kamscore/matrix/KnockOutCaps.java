package org.kamscore.matrix;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamscore.KnockOut;
import org.kamscore.ScoringModel;

/**
 * The knock-out caps declared for one axis of a {@link PortfolioMatrix.Builder}: knock-out
 * name to band label, in declaration order. Each cap is given once, except that a builder from
 * {@link PortfolioMatrix#toBuilder()} may change each inherited cap once. Names and labels are
 * checked against the axis's model and bands when the matrix is built.
 */
final class KnockOutCaps {
  private final String axis;
  private final Map<String, String> declared = new LinkedHashMap<>();
  private final Set<String> inherited = new HashSet<>(); // only looked up, never iterated

  /** Starts the caps of an axis named {@code "row"} or {@code "column"} in messages. */
  KnockOutCaps(String axis) {
    this.axis = axis;
  }

  /** Takes over the caps of a built matrix, each of which may be changed once. */
  void inherit(Map<String, String> caps) {
    declared.putAll(caps);
    inherited.addAll(caps.keySet());
  }

  /** Declares a knock-out's cap band; a second declaration of the same knock-out fails. */
  void declare(String knockOut, String band) {
    String earlier = declared.get(knockOut);
    if (earlier != null && !inherited.remove(knockOut)) {
      throw new IllegalStateException(Checks.format(
          "%s cap of knock-out '%s' was already set to '%s'", axis, knockOut, earlier));
    }
    declared.put(knockOut, band);
  }

  /** Returns the caps as declared, in declaration order. */
  Map<String, String> declared() {
    return new LinkedHashMap<>(declared);
  }

  /**
   * Checks every cap against the axis's model and bands, and makes the axis: every knock-out
   * of the model capped at its declared band, or at the lowest band.
   *
   * @throws IllegalStateException if a cap names a knock-out the model does not have, or a
   *     band the bands do not have
   */
  <T> Axis<T> axis(ScoringModel<T> model, Bands bands) {
    List<String> knockOuts = model.knockOuts().stream().map(KnockOut::name).toList();
    for (Map.Entry<String, String> cap : declared.entrySet()) {
      if (!knockOuts.contains(cap.getKey())) {
        throw new IllegalStateException(Checks.format(
            "%s knock-out must be one of %s of model '%s' but was: '%s'",
            axis, knockOuts, model.id(), cap.getKey()));
      }
      if (!bands.has(cap.getValue())) {
        throw new IllegalStateException(Checks.format(
            "%s cap of knock-out '%s' must be one of the %s bands %s but was: '%s'",
            axis, cap.getKey(), axis, bands.labels(), cap.getValue()));
      }
    }
    LinkedHashMap<String, Band> caps = new LinkedHashMap<>();
    for (String knockOut : knockOuts) {
      String band = declared.get(knockOut);
      caps.put(knockOut, band == null ? bands.all().get(0) : bands.band(band));
    }
    return new Axis<>(model, bands, caps);
  }
}
