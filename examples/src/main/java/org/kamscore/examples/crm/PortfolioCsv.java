package org.kamscore.examples.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/**
 * Reads and writes the portfolio CSV with Apache Commons CSV: a header line with the
 * {@link #COLUMNS}, then one customer per row.
 *
 * <p><b>Bad rows.</b> A row whose value is not a number, lies outside its column's domain, is
 * not one of its column's categories, is blank where a value is required, repeats the id of an
 * earlier good row, or that has too few or too many values is a <i>bad row</i>. Reading does
 * not stop at a bad row: it reads on, and returns the customers of the good rows together with
 * every bad row, each with its line number and, per problem, the column, the value found and
 * the rule it breaks. Good rows plus bad rows always equal the rows read; no row is dropped
 * silently. A caller scores the good rows and lists the bad ones at the end.
 *
 * <p>Only a file that cannot be split into rows stops reading, with an {@link IOException}:
 * a header that lacks a column, names a column twice or leaves one unnamed, or broken quoting,
 * after which no row boundary can be trusted. Header columns beyond the {@link #COLUMNS} are
 * ignored. Values are matched exactly (category labels are lower case); spaces around a value
 * are ignored. Empty lines are skipped and not counted as rows.
 *
 * @since 0.1.0
 */
public final class PortfolioCsv {
  /** The name of the committed portfolio, a resource of this package. */
  public static final String RESOURCE_NAME = "crm-portfolio.csv";

  static final String ID = "id";
  static final String NAME = "name";
  static final String INDUSTRY = "industry";
  static final String REVENUE = "revenue";
  static final String MARGIN = "contribution_margin";
  static final String GROWTH = "growth_rating";
  static final String RELEVANCE = "strategic_relevance";
  static final String MARKET_SHARE = "market_share";
  static final String CONTRACT_YEARS = "contract_years";
  static final String COOPERATION = "cooperation";
  static final String DISCOUNT = "discount_demanded";

  /** The columns of the portfolio CSV, in the order they are written. */
  public static final List<String> COLUMNS = List.of(ID, NAME, INDUSTRY, REVENUE, MARGIN, GROWTH,
      RELEVANCE, MARKET_SHARE, CONTRACT_YEARS, COOPERATION, DISCOUNT);

  private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
      .setHeader(COLUMNS.toArray(String[]::new))
      .setRecordSeparator('\n')
      .get();
  private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .get();

  private PortfolioCsv() {}

  /**
   * Reads the committed portfolio from the class path.
   *
   * @return the customers and bad rows
   * @throws IOException if the resource is missing or cannot be split into rows
   */
  public static PortfolioReading readCommitted() throws IOException {
    InputStream in = PortfolioCsv.class.getResourceAsStream(RESOURCE_NAME);
    if (in == null) {
      throw new IOException("resource " + RESOURCE_NAME + " must be on the class path next to "
          + PortfolioCsv.class.getName() + " but was: missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads a portfolio CSV file in UTF-8.
   *
   * @param file the file
   * @return the customers and bad rows
   * @throws IOException if the file cannot be read or split into rows
   */
  public static PortfolioReading read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads a portfolio CSV: the customers of the good rows and every bad row.
   *
   * @param in the CSV text, header first; closed when read
   * @return the customers and bad rows, which together are every row read
   * @throws IOException if the text cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(Reader in) throws IOException {
    List<CrmCustomer> customers = new ArrayList<>();
    List<BadRow> badRows = new ArrayList<>();
    Map<String, Long> firstLineOfId = new HashMap<>(); // looked up only, never iterated
    long rows = 0;
    try (CSVParser parser = parse(in)) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        rows++;
        long line = parser.getCurrentLineNumber() - lineBreaksIn(record);
        RowReader row = new RowReader(record, parser.getHeaderNames().size());
        CrmCustomer customer = customer(row);
        if (customer != null) {
          Long first = firstLineOfId.putIfAbsent(customer.id(), line);
          if (first != null) {
            row.problem(ID, customer.id(), "must be unique", "first on line " + first);
          }
        }
        List<BadRow.Problem> problems = row.problems();
        if (problems.isEmpty()) {
          customers.add(customer);
        } else {
          badRows.add(new BadRow(line, problems));
        }
      }
    } catch (UncheckedIOException e) {
      throw new IOException("portfolio CSV must be well-formed but was not after row " + rows
          + ": " + e.getCause().getMessage(), e.getCause());
    }
    return new PortfolioReading(customers, badRows, rows);
  }

  private static CSVParser parse(Reader in) throws IOException {
    try {
      return READ.parse(in);
    } catch (IllegalArgumentException e) {
      throw new IOException("header of the portfolio CSV must name each column once but was "
          + "not: " + e.getMessage(), e);
    }
  }

  private static void checkHeader(List<String> header) throws IOException {
    List<String> missing = new ArrayList<>(COLUMNS);
    missing.removeAll(header);
    if (!missing.isEmpty()) {
      throw new IOException("header of the portfolio CSV must contain the columns " + COLUMNS
          + " but lacked: " + missing);
    }
  }

  /** Reads every column, so that all problems of the row are found; null if there were any. */
  private static CrmCustomer customer(RowReader row) {
    String id = row.text(ID);
    String name = row.text(NAME);
    Industry industry = row.category(INDUSTRY, Industry.class);
    double revenue = row.number(REVENUE, 0, Double.POSITIVE_INFINITY);
    double margin = row.number(MARGIN, -1, 1);
    int growth = row.whole(GROWTH, 1, 5);
    Relevance relevance = row.category(RELEVANCE, Relevance.class);
    double marketShare = row.number(MARKET_SHARE, 0, 1);
    int contractYears = row.whole(CONTRACT_YEARS, 0, 99);
    Cooperation cooperation = row.category(COOPERATION, Cooperation.class);
    double discount = row.number(DISCOUNT, 0, 1);
    row.checkNoExtraValues();
    if (!row.problems().isEmpty()) {
      return null;
    }
    return new CrmCustomer(id, name, industry, revenue, margin, growth, relevance, marketShare,
        contractYears, cooperation, discount);
  }

  /** Line breaks inside quoted values, which put the end of a row below its first line. */
  private static long lineBreaksIn(CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  /**
   * Writes customers as portfolio CSV: the header, then one row per customer, numbers with fixed
   * decimals (revenue 0, ratios 3), lines ending in {@code \n}.
   *
   * @param customers the customers
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(List<CrmCustomer> customers, Appendable out) throws IOException {
    CSVPrinter printer = WRITE.print(out); // not closed: that would close out
    for (CrmCustomer c : customers) {
      printer.printRecord(c.id(), c.name(), c.industry().label(),
          Decimals.fixed(c.revenue(), 0), Decimals.fixed(c.contributionMargin(), 3),
          c.growthRating(), c.strategicRelevance().label(), Decimals.fixed(c.marketShare(), 3),
          c.contractYears(), c.cooperation().label(), Decimals.fixed(c.discountDemanded(), 3));
    }
    printer.flush();
  }

  /**
   * Returns customers as portfolio CSV text.
   *
   * @param customers the customers
   * @return the text, as {@link #write} writes it
   */
  public static String toCsv(List<CrmCustomer> customers) {
    StringBuilder csv = new StringBuilder();
    try {
      write(customers, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return csv.toString();
  }
}
