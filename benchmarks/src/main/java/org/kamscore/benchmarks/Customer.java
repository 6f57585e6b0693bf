package org.kamscore.benchmarks;

/**
 * A B2B customer of the benchmark workload: the eight attractiveness values and the three
 * values of the supplier's position.
 *
 * @param revenue annual revenue with the customer
 * @param revenueShare the customer's share of the supplier's revenue
 * @param margin contribution margin ratio
 * @param growthRating expected growth, rated 1.0 to 5.0
 * @param contractYears years of the current contract
 * @param relevance strategic relevance
 * @param jointProjects whether the customer runs joint projects with the supplier
 * @param discount discount the customer demands; lower is better
 * @param shareOfWallet the supplier's share of the customer's purchases
 * @param relationshipYears years of the relationship
 * @param preferredSupplier whether the supplier is listed as preferred
 */
public record Customer(
    double revenue,
    double revenueShare,
    double margin,
    double growthRating,
    double contractYears,
    Relevance relevance,
    boolean jointProjects,
    double discount,
    double shareOfWallet,
    double relationshipYears,
    boolean preferredSupplier) {}
