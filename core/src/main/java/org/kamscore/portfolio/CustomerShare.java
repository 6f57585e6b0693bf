package org.kamscore.portfolio;

/**
 * One customer's share of the total measure in a {@link Concentration}, with its place in the
 * analysis order (measure descending, equal measures by key ascending).
 *
 * @param <T> the customer type
 * @param position the place in the analysis order, 1 for the largest measure
 * @param key the customer's declared key
 * @param customer the customer
 * @param measure the customer's measure, finite and not negative
 * @param share the measure divided by the total, in {@code [0, 1]}
 * @since 0.1.0
 */
public record CustomerShare<T>(int position, String key, T customer, double measure,
    double share) {}
