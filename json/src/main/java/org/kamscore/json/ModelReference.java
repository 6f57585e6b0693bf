package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * Which model made a decision: its id, version and fingerprint, as a decision record stores
 * them. Replaying a record needs a model of the same fingerprint.
 *
 * @param id the model's id
 * @param version the model's version
 * @param fingerprint the model's fingerprint, 64 lower-case hex digits
 * @since 0.1.0
 */
public record ModelReference(String id, String version, String fingerprint) {

  /**
   * Checks the reference.
   *
   * @param id the model's id
   * @param version the model's version
   * @param fingerprint the model's fingerprint, 64 lower-case hex digits
   * @throws IllegalArgumentException if {@code id} or {@code version} is blank, or
   *     {@code fingerprint} is not 64 lower-case hex digits
   */
  public ModelReference {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(fingerprint, "fingerprint");
    Checks.requireArgument(!id.isBlank(), "model id must not be blank but was: '%s'", id);
    Checks.requireArgument(!version.isBlank(),
        "model version must not be blank but was: '%s'", version);
    Checks.requireArgument(fingerprint.matches("[0-9a-f]{64}"),
        "fingerprint must be 64 lower-case hex digits but was: '%s'", fingerprint);
  }

  /**
   * Returns the reference of a model.
   *
   * @param model the model
   * @return its id, version and fingerprint
   */
  public static ModelReference of(ScoringModel<?> model) {
    requireNonNull(model, "model");
    return new ModelReference(model.id(), model.version(), model.fingerprint());
  }

  /**
   * Returns the reference of the model that made an evaluation.
   *
   * @param evaluation the evaluation
   * @return its model's id, version and fingerprint
   */
  public static ModelReference of(Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    return new ModelReference(
        evaluation.modelId(), evaluation.modelVersion(), evaluation.fingerprint());
  }

  /**
   * Tells whether a model has this reference's fingerprint, the condition for replaying.
   *
   * @param model the model
   * @return {@code true} if the fingerprints are equal
   */
  public boolean matches(ScoringModel<?> model) {
    return fingerprint.equals(requireNonNull(model, "model").fingerprint());
  }
}
