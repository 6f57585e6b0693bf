package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;

import org.kamscore.ScoringModel;

/**
 * One axis of a {@link PortfolioMatrix}: a scoring model whose 0–100 score is cut into
 * {@link Bands}. Because scoring models are monotone, so is the band of a customer on an axis.
 *
 * @param <T> the customer type
 * @param model the scoring model
 * @param bands the bands of its score
 * @since 0.1.0
 */
public record Axis<T>(ScoringModel<T> model, Bands bands) {

  /**
   * Creates an axis.
   *
   * @param model the scoring model
   * @param bands the bands of its score
   */
  public Axis {
    requireNonNull(model, "model");
    requireNonNull(bands, "bands");
  }

  /**
   * Returns a description such as {@code customer-attractiveness 2026.1 (low < 50.0 <= high)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return model.id() + " " + model.version() + " (" + bands + ")";
  }
}
