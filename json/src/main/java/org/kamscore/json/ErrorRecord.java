package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.kamscore.ScoringException;

/**
 * A customer that a batch could not score, as a {@link ScoringException} reports it: the
 * model, the criterion or knock-out at fault, the customer's index, and the message, which
 * names the customer by index or declared id, never by its {@code toString()}.
 *
 * @param modelId the id of the model that could not score the customer
 * @param criterion the criterion or knock-out at fault, or empty if the customer was
 *     {@code null}
 * @param customerIndex the customer's index in its batch, or empty for a single evaluation
 * @param message the exception's message
 * @since 0.1.0
 */
public record ErrorRecord(String modelId, Optional<String> criterion, OptionalInt customerIndex,
    String message) {

  /**
   * Checks the record.
   *
   * @param modelId the id of the model that could not score the customer
   * @param criterion the criterion or knock-out at fault, or empty if the customer was
   *     {@code null}
   * @param customerIndex the customer's index in its batch, or empty for a single evaluation
   * @param message the exception's message
   * @throws IllegalArgumentException if the customer's index is negative
   */
  public ErrorRecord {
    requireNonNull(modelId, "modelId");
    requireNonNull(criterion, "criterion");
    requireNonNull(customerIndex, "customerIndex");
    requireNonNull(message, "message");
    Checks.requireArgument(customerIndex.orElse(0) >= 0,
        "customer index must not be negative but was: %s", customerIndex);
  }

  /**
   * Returns the record of a scoring failure.
   *
   * @param error the failure
   * @return its record
   */
  public static ErrorRecord of(ScoringException error) {
    requireNonNull(error, "error");
    return new ErrorRecord(error.modelId(), error.criterion(), error.customerIndex(),
        String.valueOf(error.getMessage()));
  }
}
