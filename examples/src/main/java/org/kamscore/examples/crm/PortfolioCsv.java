package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes the portfolio CSV with Apache Commons CSV: a header line with the
 * {@link #COLUMNS}, then one customer per row.
 *
 * <p><b>Your own export.</b> Reading detects, unless an {@link ExportFormat} declares them, the
 * encoding (a byte-order mark, else UTF-8, else Windows-1252), the delimiter ({@code ,}
 * {@code ;} tab {@code |}) and the decimal separator (a decimal point or, as Excel writes it in
 * German, a decimal comma such as {@code 0,246}); see {@link ExportFormat} for the rules. So a
 * German Excel export, {@code ;}-separated with decimal commas and umlauts in Windows-1252 or
 * UTF-8 with a byte-order mark, reads as it is. Thousands separators are allowed in groups of
 * three ({@code 1.234.567,5}); a value that is a number with either decimal separator but not
 * the same number ({@code 1.234}) is a bad row unless the file's other values or the declared
 * format decide which it is: never a silent guess.
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
 * bytes its encoding cannot read, a header that lacks a column (the message shows the columns
 * found and the delimiter and encoding used), names a column twice or leaves one unnamed,
 * broken quoting, after which no row boundary can be trusted, or decimal numbers written with
 * a decimal point in some rows and a decimal comma in others. Header columns beyond the
 * {@link #COLUMNS} are ignored. Values are matched exactly (category labels are lower case);
 * spaces around a value are ignored. Empty lines are skipped and not counted as rows.
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
    return read(in, ExportFormat.detect());
  }

  /**
   * Reads a portfolio CSV file, detecting its encoding, delimiter and decimal separator.
   *
   * @param file the file
   * @return the customers and bad rows
   * @throws IOException if the file cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(Path file) throws IOException {
    return read(file, ExportFormat.detect());
  }

  /**
   * Reads a portfolio CSV file in a format; the parts the format does not declare are detected.
   *
   * @param file the file
   * @param format the format
   * @return the customers and bad rows, and the format they were read in
   * @throws IOException if the file cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(Path file, ExportFormat format) throws IOException {
    requireNonNull(format, "format");
    return read(Files.newInputStream(file), format);
  }

  /**
   * Reads a portfolio CSV from bytes in a format; the parts the format does not declare are
   * detected.
   *
   * @param in the bytes, header first; closed when read
   * @param format the format
   * @return the customers and bad rows, and the format they were read in
   * @throws IOException if the bytes cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(InputStream in, ExportFormat format) throws IOException {
    requireNonNull(format, "format");
    byte[] bytes;
    try (InputStream stream = in) {
      bytes = stream.readAllBytes();
    }
    Decoding.Text text = Decoding.decode(bytes, format.charset());
    return PortfolioReader.read(text.text(), format.withCharset(text.charset()));
  }

  /**
   * Reads a portfolio CSV, detecting its delimiter and decimal separator.
   *
   * @param in the CSV text, header first; closed when read
   * @return the customers and bad rows, which together are every row read
   * @throws IOException if the text cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(Reader in) throws IOException {
    return read(in, ExportFormat.detect());
  }

  /**
   * Reads a portfolio CSV in a format; the reader has decoded the text, so the format's
   * encoding is not used, and a leading byte-order mark is skipped. The parts the format does
   * not declare are detected.
   *
   * @param in the CSV text, header first; closed when read
   * @param format the format
   * @return the customers and bad rows, which together are every row read
   * @throws IOException if the text cannot be read or split into rows: see the class comment
   */
  public static PortfolioReading read(Reader in, ExportFormat format) throws IOException {
    requireNonNull(format, "format");
    StringWriter text = new StringWriter();
    try (Reader reader = in) {
      reader.transferTo(text);
    }
    return PortfolioReader.read(Decoding.withoutBom(text.toString()), format);
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
