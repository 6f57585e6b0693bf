package org.kamscore.testkit;

import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Placement;

/**
 * The entry point of the testkit's AssertJ assertions on key-account policies. Import it
 * statically next to AssertJ's own {@code Assertions}; the more specific overloads here win.
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.within;
 * import static org.kamscore.testkit.KamAssertions.assertThat;
 *
 * assertThat(model.evaluate(customer)).hasTier("A").hasScoreCloseTo(63.5, within(0.01));
 * assertThat(matrix.classify(customer)).isInCell("key account");
 * assertThat(model).hasFingerprint("3f2a...");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KamAssertions {
  private KamAssertions() {}

  /**
   * Starts assertions on an evaluation.
   *
   * @param actual the evaluation
   * @return its assertions
   */
  public static EvaluationAssert assertThat(Evaluation actual) {
    return new EvaluationAssert(actual);
  }

  /**
   * Starts assertions on a placement in a portfolio matrix.
   *
   * @param actual the placement
   * @return its assertions
   */
  public static PlacementAssert assertThat(Placement actual) {
    return new PlacementAssert(actual);
  }

  /**
   * Starts assertions on a scoring model.
   *
   * @param <T> the customer type
   * @param actual the model
   * @return its assertions
   */
  public static <T> ScoringModelAssert<T> assertThat(ScoringModel<T> actual) {
    return new ScoringModelAssert<>(actual);
  }
}
