package org.kamscore.examples;

import java.util.List;
import org.kamscore.examples.Customer.Relevance;

/** A small hand-made portfolio of B2B customers for the examples. */
public final class Portfolio {
  private Portfolio() {}

  /**
   * Returns the twelve customers of a bedroom-furniture maker; the furniture chain C-1001 buys
   * 30 % of its revenue.
   *
   * @return the customers
   */
  public static List<Customer> sample() {
    return List.of(
        new Customer("C-1001", "Wohnwelt Furniture Chain", 3_900_000, 0.300, 0.25, 4,
            Relevance.HIGH, 4, true, 0.10),
        new Customer("C-1002", "Nordhaus Interiors", 850_000, 0.065, 0.31, 3,
            Relevance.MEDIUM, 2, true, 0.06),
        new Customer("C-1003", "Bettenland Online", 1_200_000, 0.092, 0.18, 5,
            Relevance.HIGH, 1, false, 0.15),
        new Customer("C-1004", "Hotel Group Alpina", 640_000, 0.049, 0.35, 4,
            Relevance.HIGH, 5, true, 0.08),
        new Customer("C-1005", "Discount Möbel Markt", 2_100_000, 0.162, 0.07, 2,
            Relevance.LOW, 1, false, 0.32),
        new Customer("C-1006", "Schreinerei Huber", 90_000, 0.007, 0.38, 2,
            Relevance.LOW, 0, false, 0.02),
        new Customer("C-1007", "Studio Kontor", 310_000, 0.024, 0.27, 3,
            Relevance.MEDIUM, 3, false, 0.05),
        new Customer("C-1008", "Senioren-Residenz Mainau", 420_000, 0.032, 0.29, 3,
            Relevance.MEDIUM, 2, true, 0.04),
        new Customer("C-1009", "Landhaus Möbel GmbH", 1_100_000, 0.085, 0.21, 2,
            Relevance.MEDIUM, 3, false, 0.11),
        new Customer("C-1010", "Boardinghouse Rhein", 780_000, 0.060, 0.24, 4,
            Relevance.LOW, 1, true, 0.09),
        new Customer("C-1011", "Kaufhaus Lindner", 950_000, 0.073, 0.16, 1,
            Relevance.MEDIUM, 2, false, 0.18),
        new Customer("C-1012", "Pflegeheim St. Anna", 660_000, 0.051, 0.28, 3,
            Relevance.LOW, 4, true, 0.07));
  }
}
