package org.kamscore.examples.crm;

import static org.kamscore.examples.crm.PortfolioCsv.CONTRACT_YEARS;
import static org.kamscore.examples.crm.PortfolioCsv.COLUMNS;
import static org.kamscore.examples.crm.PortfolioCsv.COOPERATION;
import static org.kamscore.examples.crm.PortfolioCsv.DISCOUNT;
import static org.kamscore.examples.crm.PortfolioCsv.GROWTH;
import static org.kamscore.examples.crm.PortfolioCsv.ID;
import static org.kamscore.examples.crm.PortfolioCsv.INDUSTRY;
import static org.kamscore.examples.crm.PortfolioCsv.MARGIN;
import static org.kamscore.examples.crm.PortfolioCsv.MARKET_SHARE;
import static org.kamscore.examples.crm.PortfolioCsv.NAME;
import static org.kamscore.examples.crm.PortfolioCsv.RELEVANCE;
import static org.kamscore.examples.crm.PortfolioCsv.REVENUE;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/**
 * Reads the decoded text of a portfolio CSV as {@link PortfolioCsv} describes: detects what the
 * format leaves out, checks the header, then reads every row, good or bad.
 */
final class PortfolioReader {
  /** The columns with decimal numbers, whose values decide the decimal separator. */
  private static final List<String> DECIMAL_COLUMNS =
      List.of(REVENUE, MARGIN, MARKET_SHARE, DISCOUNT);

  private PortfolioReader() {}

  /** A data row and the line of the file it starts on. */
  private record Row(CSVRecord record, long line) {}

  /** Reads decoded text in a format whose delimiter and numbers are detected if not declared. */
  static PortfolioReading read(String text, ExportFormat declared) throws IOException {
    ExportFormat format = declared.withDelimiter(
        declared.delimiter().orElseGet(() -> Delimiters.detect(text, COLUMNS)));
    List<Row> rows = new ArrayList<>();
    int columns;
    try (CSVParser parser = parse(text, format)) {
      checkHeader(parser.getHeaderNames(), format);
      columns = parser.getHeaderNames().size();
      for (CSVRecord record : parser) {
        rows.add(new Row(record, parser.getCurrentLineNumber() - lineBreaksIn(record)));
      }
    } catch (UncheckedIOException e) {
      throw new IOException("portfolio CSV must be well-formed but was not after row "
          + rows.size() + ": " + e.getCause().getMessage(), e.getCause());
    }
    Optional<NumberStyle> numbers = declared.numbers().isPresent()
        ? declared.numbers()
        : detectNumbers(rows);
    format = numbers.map(format::withNumbers).orElse(format);
    List<CrmCustomer> customers = new ArrayList<>();
    List<BadRow> badRows = new ArrayList<>();
    Map<String, Long> firstLineOfId = new HashMap<>(); // looked up only, never iterated
    for (Row r : rows) {
      RowReader row = new RowReader(r.record(), columns, format.numbers());
      CrmCustomer customer = customer(row);
      if (customer != null) {
        Long first = firstLineOfId.putIfAbsent(customer.id(), r.line());
        if (first != null) {
          row.problem(ID, customer.id(), "must be unique", "first on line " + first);
        }
      }
      List<BadRow.Problem> problems = row.problems();
      if (problems.isEmpty()) {
        customers.add(customer);
      } else {
        badRows.add(new BadRow(r.line(), problems));
      }
    }
    return new PortfolioReading(customers, badRows, rows.size(), format);
  }

  private static Optional<NumberStyle> detectNumbers(List<Row> rows) throws IOException {
    DecimalDetection detection = new DecimalDetection();
    for (Row row : rows) {
      for (String column : DECIMAL_COLUMNS) {
        if (row.record().isSet(column)) {
          detection.see(row.line(), column, row.record().get(column));
        }
      }
    }
    return detection.style();
  }

  /** A parser of the text; it accepts any header, which {@link #checkHeader} then checks. */
  private static CSVParser parse(String text, ExportFormat format) throws IOException {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(format.delimiter().orElseThrow())
        .setHeader()
        .setSkipHeaderRecord(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .setAllowMissingColumnNames(true)
        .setIgnoreSurroundingSpaces(true)
        .get()
        .parse(new StringReader(text));
  }

  private static void checkHeader(List<String> header, ExportFormat format) throws IOException {
    List<String> missing = new ArrayList<>(COLUMNS);
    missing.removeAll(header);
    if (!missing.isEmpty()) {
      throw new IOException("header of the portfolio CSV must contain the columns " + COLUMNS
          + " but was: " + asRead(header, format) + "; missing " + missing + ")");
    }
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isEmpty() || header.indexOf(name) < i) {
        throw new IOException("header of the portfolio CSV must name each column once but was: "
            + asRead(header, format) + "; column " + (i + 1)
            + (name.isEmpty() ? " has no name)" : " repeats '" + name + "')"));
      }
    }
  }

  /** The header as read and how it was read, for messages; the parenthesis is left open. */
  private static String asRead(List<String> header, ExportFormat format) {
    return ExportFormat.visible(header.toString()) + " (" + header.size()
        + (header.size() == 1 ? " column" : " columns") + " split at "
        + ExportFormat.quoted(format.delimiter().orElseThrow())
        + format.charset().map(c -> ", read as " + c.name()).orElse("");
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
}
