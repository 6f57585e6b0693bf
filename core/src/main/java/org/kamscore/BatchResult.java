package org.kamscore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of evaluating a batch with
 * {@link ScoringModel#evaluateAllCollectingErrors(java.util.Collection, Execution)}: one
 * evaluation or one error per customer, nothing dropped.
 *
 * <pre>{@code
 * BatchResult result = model.evaluateAllCollectingErrors(customers, Execution.PARALLEL);
 * result.evaluations();   // the customers that could be scored, in input order
 * result.errors();        // the ones that could not, each naming its index and criterion
 * }</pre>
 *
 * <p>Instances are immutable. {@code evaluations().size() + errors().size() == size()}.
 *
 * @since 0.1.0
 */
public final class BatchResult {
  private final List<Optional<Evaluation>> outcomes;
  private final List<Evaluation> evaluations;
  private final List<ScoringException> errors;

  BatchResult(Evaluation[] evaluations, ScoringException[] errors) {
    List<Optional<Evaluation>> outcomes = new ArrayList<>(evaluations.length);
    List<Evaluation> good = new ArrayList<>(evaluations.length);
    List<ScoringException> bad = new ArrayList<>();
    for (int i = 0; i < evaluations.length; i++) {
      outcomes.add(Optional.ofNullable(evaluations[i]));
      if (evaluations[i] != null) {
        good.add(evaluations[i]);
      } else if (errors[i] != null) {
        bad.add(errors[i]);
      }
    }
    this.outcomes = List.copyOf(outcomes);
    this.evaluations = List.copyOf(good);
    this.errors = List.copyOf(bad);
  }

  /**
   * Returns the number of customers in the batch.
   *
   * @return the batch size
   */
  public int size() {
    return outcomes.size();
  }

  /**
   * Returns the evaluations of the customers that could be scored, in input order.
   *
   * @return an unmodifiable list
   */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /**
   * Returns the errors of the customers that could not be scored, in input order; each names
   * the customer's index and, where one was at fault, the criterion or knock-out.
   *
   * @return an unmodifiable list
   */
  public List<ScoringException> errors() {
    return errors;
  }

  /**
   * Tells whether any customer could not be scored.
   *
   * @return {@code true} if {@link #errors()} is not empty
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Returns the evaluation of the customer at an index of the batch.
   *
   * @param index the customer's index in the input
   * @return its evaluation, or empty if it could not be scored
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public Optional<Evaluation> evaluation(int index) {
    return outcomes.get(index);
  }

  /**
   * Returns a summary, such as {@code BatchResult[size=600, evaluations=597, errors=3]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "BatchResult[size=" + size() + ", evaluations=" + evaluations.size() + ", errors="
        + errors.size() + "]";
  }
}
