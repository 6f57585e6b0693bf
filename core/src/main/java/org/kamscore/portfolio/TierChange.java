package org.kamscore.portfolio;

import org.kamscore.Tier;

/**
 * A customer whose tier label differs between the two models of a {@link TierMigration}, with
 * both tiers and both scores.
 *
 * @param <T> the customer type
 * @param key the customer's declared key
 * @param customer the customer
 * @param from the tier awarded by the first model
 * @param to the tier awarded by the second model
 * @param fromScore the score under the first model
 * @param toScore the score under the second model
 * @since 0.1.0
 */
public record TierChange<T>(String key, T customer, Tier from, Tier to, double fromScore,
    double toScore) {}
