package org.kamscore;

/**
 * A customer's place in a ranking made by {@link ScoringModel#rank(java.util.Collection)}.
 *
 * @param <T> the customer type
 * @param position the place in the ranking, 1 for the highest score
 * @param index the customer's index in the input
 * @param customer the customer
 * @param evaluation the customer's evaluation
 * @since 0.1.0
 */
public record Ranked<T>(int position, int index, T customer, Evaluation evaluation) {}
