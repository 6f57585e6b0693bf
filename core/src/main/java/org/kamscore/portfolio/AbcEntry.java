package org.kamscore.portfolio;

/**
 * One customer's line in an {@link AbcAnalysis}: its place in the analysis order (measure
 * descending, equal measures by key ascending), its measure, its share of the total, the
 * cumulative share up to and including it, and its class.
 *
 * @param <T> the customer type
 * @param position the place in the analysis order, 1 for the largest measure
 * @param key the customer's declared key
 * @param customer the customer
 * @param measure the customer's measure, finite and not negative
 * @param share the measure divided by the total, or 0 if the total is 0
 * @param cumulativeShare the sum of the measures of positions 1 to {@code position}, summed in
 *     that order, divided by the total, or 0 if the total is 0
 * @param abcClass the customer's class
 * @since 0.1.0
 */
public record AbcEntry<T>(int position, String key, T customer, double measure, double share,
    double cumulativeShare, AbcClass abcClass) {}
