package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What reading a portfolio CSV gave: the customers of the good rows and the bad rows, which
 * together are every row read. Nothing is dropped silently.
 *
 * @param customers the customers of the good rows, in file order
 * @param badRows the bad rows, in file order
 * @param rowsRead the data rows read, header and empty lines not counted
 * @param format the format the rows were read in: what was declared and what was detected;
 *     the decimal separator stays undetermined if no value needed it
 * @since 0.1.0
 */
public record PortfolioReading(List<CrmCustomer> customers, List<BadRow> badRows,
    long rowsRead, ExportFormat format) {

  /**
   * Copies the lists and checks that every row read is accounted for.
   *
   * @throws NullPointerException if a reference is {@code null}
   * @throws IllegalArgumentException if good plus bad rows differ from the rows read
   */
  public PortfolioReading {
    requireNonNull(format, "format");
    customers = List.copyOf(customers);
    badRows = List.copyOf(badRows);
    if (customers.size() + badRows.size() != rowsRead) {
      throw new IllegalArgumentException("good rows plus bad rows must equal the "
          + rowsRead + " rows read but was: " + customers.size() + " + " + badRows.size());
    }
  }
}
