package org.kamscore.examples;

/**
 * A B2B customer as a CRM might hold it.
 *
 * @param id the CRM key
 * @param name the customer's name
 * @param revenue annual revenue with this customer, in euros
 * @param revenueShare the customer's share of the supplier's revenue, 0..1
 * @param margin contribution margin ratio, 0..1
 * @param growth expected growth, rated 1..5
 * @param relevance strategic relevance
 * @param contractYears years of contract left
 * @param jointProjects whether the customer runs joint projects with the supplier
 * @param discount the discount the customer demands, 0..1
 */
// README:customer:begin
public record Customer(
    String id,
    String name,
    double revenue,
    double revenueShare,
    double margin,
    int growth,
    Relevance relevance,
    double contractYears,
    boolean jointProjects,
    double discount) {
// README:customer:end

  /** Strategic relevance of a customer, worst first. */
  public enum Relevance {
    /** No reference value. */
    LOW,
    /** Regional reference value. */
    MEDIUM,
    /** A lighthouse customer that opens markets. */
    HIGH
  }
}
