/**
 * Portfolio analytics over a collection of customers and a measure such as revenue: ABC
 * (Pareto) classes, concentration, and tier migration between two scoring models.
 *
 * <p>The entry points are {@link org.kamscore.portfolio.AbcAnalysis#of AbcAnalysis.of},
 * {@link org.kamscore.portfolio.Concentration#of Concentration.of} and
 * {@link org.kamscore.portfolio.TierMigration#of TierMigration.of}. Each takes the customers,
 * the measure or the models, and a declared key, such as the CRM id, that names every customer
 * and orders equal measures: results never depend on the input order, a hash or an identity.
 * Measures must be finite and not negative; a bad one is rejected naming the customer's index,
 * key and value. An exception thrown by the measure or the key function propagates unchanged.
 *
 * <p>Every boundary decision (an ABC class, a dependency, a concentration verdict) is made on
 * exact values, the rational numbers the doubles denote, against limits read as the decimals
 * they are written as: ten customers that each buy the same amount have shares of exactly
 * 10 %, whatever the amount. Reported shares are the exact values rounded to the nearest
 * double. No {@code toString()} of the package prints a customer: results name the declared
 * key.
 *
 * <pre>{@code
 * AbcAnalysis<Customer> abc = AbcAnalysis.of(customers, Customer::revenue, Customer::id);
 * Concentration<Customer> concentration =
 *     Concentration.of(customers, Customer::revenue, Customer::id);
 * TierMigration<Customer> migration =
 *     TierMigration.of(customers, policy2026v1, policy2026v2, Customer::id);
 * }</pre>
 */
package org.kamscore.portfolio;
