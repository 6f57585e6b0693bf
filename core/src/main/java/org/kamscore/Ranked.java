package org.kamscore;

import java.util.Objects;

/**
 * A customer's place in a ranking made by {@link ScoringModel#rank(java.util.Collection)}.
 * Immutable; its {@link #toString()} names the index, never the customer.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Ranked<T> {
  private final int position;
  private final int index;
  private final T customer;
  private final Evaluation evaluation;

  Ranked(int position, int index, T customer, Evaluation evaluation) {
    Checks.requireArgument(position >= 1, "position must be at least 1 but was: %s", position);
    Checks.requireArgument(index >= 0, "index must not be negative but was: %s", index);
    this.position = position;
    this.index = index;
    this.customer = Objects.requireNonNull(customer, "customer");
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
  }

  /**
   * Returns the place in the ranking.
   *
   * @return the position, 1 for the highest score
   */
  public int position() {
    return position;
  }

  /**
   * Returns the customer's index in the input.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  public T customer() {
    return customer;
  }

  /**
   * Returns the customer's evaluation.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ranked)) {
      return false;
    }
    Ranked<?> r = (Ranked<?>) o;
    return position == r.position && index == r.index && customer.equals(r.customer)
        && evaluation.equals(r.evaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, index, customer, evaluation);
  }

  /**
   * Returns a summary such as {@code Ranked[#1, index 4, score 82.5, tier A]}, which names the
   * customer by its index, never by its {@code toString()}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Ranked[#" + position + ", index " + index + ", score " + evaluation.score()
        + ", tier " + evaluation.tier().label() + "]";
  }
}
