package org.kamscore;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a customer cannot be scored: a missing value under the {@link MissingValue#reject()}
 * policy, a level the scale does not declare, an extractor that threw, or a {@code null} customer
 * in a batch.
 *
 * <p>The message names the model, the criterion or knock-out, the offending value and the
 * customer's index in the batch or the id declared with
 * {@link ScoringModel.Builder#customerId(java.util.function.Function)}; it never contains a
 * customer's {@code toString()}, which often holds personal data.
 *
 * @since 0.1.0
 */
public final class ScoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the model that could not score the customer. */
  private final String modelId;
  /** The criterion or knock-out whose value was bad, or null. */
  private final String criterion;
  /** The customer's index in the batch, or -1 for a single evaluation. */
  private final int customerIndex;

  ScoringException(String message, String modelId, String criterion, int customerIndex,
      Throwable cause) {
    super(message, cause);
    this.modelId = modelId;
    this.criterion = criterion;
    this.customerIndex = customerIndex;
  }

  /**
   * Returns the id of the model that could not score the customer.
   *
   * @return the model id
   */
  public String modelId() {
    return modelId;
  }

  /**
   * Returns the criterion or knock-out whose value was bad.
   *
   * @return its name, or empty if the customer itself was bad
   */
  public Optional<String> criterion() {
    return Optional.ofNullable(criterion);
  }

  /**
   * Returns the customer's index in the batch.
   *
   * @return the index, or empty for a single evaluation
   */
  public OptionalInt customerIndex() {
    return customerIndex < 0 ? OptionalInt.empty() : OptionalInt.of(customerIndex);
  }
}
