package org.kamscore.examples;

import java.util.List;
import org.kamscore.examples.Customer.Relevance;

/** A small hand-made portfolio of B2B customers for the examples. */
public final class Portfolio {
  private Portfolio() {}

  /**
   * Returns eight customers of a bedroom-furniture maker.
   *
   * @return the customers
   */
  public static List<Customer> sample() {
    return List.of(
        new Customer("C-1001", "Wohnwelt Furniture Chain", 3_900_000, 0.30, 0.22, 4,
            Relevance.HIGH, 4, true, 0.12),
        new Customer("C-1002", "Nordhaus Interiors", 850_000, 0.065, 0.31, 3,
            Relevance.MEDIUM, 2, true, 0.06),
        new Customer("C-1003", "Bettenland Online", 1_200_000, 0.09, 0.18, 5,
            Relevance.HIGH, 1, false, 0.15),
        new Customer("C-1004", "Hotel Group Alpina", 640_000, 0.05, 0.35, 4,
            Relevance.HIGH, 5, true, 0.08),
        new Customer("C-1005", "Discount Möbel Markt", 2_100_000, 0.16, 0.07, 2,
            Relevance.LOW, 1, false, 0.32),
        new Customer("C-1006", "Schreinerei Huber", 90_000, 0.007, 0.38, 2,
            Relevance.LOW, 0, false, 0.02),
        new Customer("C-1007", "Studio Kontor", 310_000, 0.024, 0.27, 3,
            Relevance.MEDIUM, 3, false, 0.05),
        new Customer("C-1008", "Senioren-Residenz Mainau", 420_000, 0.032, 0.29, 3,
            Relevance.MEDIUM, 2, true, 0.04));
  }
}
