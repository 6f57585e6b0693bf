package org.kamscore.examples.crm;

import java.util.List;

/**
 * What reading a portfolio CSV gave: the customers of the good rows and the bad rows, which
 * together are every row read. Nothing is dropped silently.
 *
 * @param customers the customers of the good rows, in file order
 * @param badRows the bad rows, in file order
 * @param rowsRead the data rows read, header and empty lines not counted
 * @since 0.1.0
 */
public record PortfolioReading(List<CrmCustomer> customers, List<BadRow> badRows,
    long rowsRead) {

  /**
   * Copies the lists and checks that every row read is accounted for.
   *
   * @throws IllegalArgumentException if good plus bad rows differ from the rows read
   */
  public PortfolioReading {
    customers = List.copyOf(customers);
    badRows = List.copyOf(badRows);
    if (customers.size() + badRows.size() != rowsRead) {
      throw new IllegalArgumentException("good rows plus bad rows must equal the "
          + rowsRead + " rows read but was: " + customers.size() + " + " + badRows.size());
    }
  }
}
