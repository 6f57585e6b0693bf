package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bad row is reported with line, column and value; none is dropped. */
final class PortfolioCsvTest {
  private static final String HEADER = String.join(",", PortfolioCsv.COLUMNS) + "\n";
  private static final String GOOD =
      "C-0001,Wohnwelt Nord,furniture retail,3900000,0.220,4,lighthouse,0.300,4,high,0.120\n";

  private static PortfolioReading read(String rows) throws IOException {
    return PortfolioCsv.read(new StringReader(HEADER + rows));
  }

  private static List<String> report(String rows) throws IOException {
    return read(rows).badRows().stream().flatMap(b -> b.report().stream()).toList();
  }

  @Test
  void goodRow_isACustomer() throws IOException {
    PortfolioReading reading = read(GOOD);

    assertThat(reading.badRows()).isEmpty();
    assertThat(reading.customers()).containsExactly(new CrmCustomer("C-0001", "Wohnwelt Nord",
        CrmCustomer.Industry.FURNITURE_RETAIL, 3_900_000, 0.22, 4,
        CrmCustomer.Relevance.LIGHTHOUSE, 0.30, 4, CrmCustomer.Cooperation.HIGH, 0.12));
  }

  @Test
  void nonNumericValue_isReportedWithLineColumnAndValue() throws IOException {
    assertThat(report(GOOD + GOOD.replace("C-0001", "C-0002").replace("3900000", "3.9M")))
        .containsExactly("line 3, column revenue: must be a decimal number but was: '3.9M'");
  }

  @Test
  void numberInOtherNotations_isNotANumberHere() throws IOException {
    assertThat(report(GOOD.replace("3900000", "3.9e6") + GOOD.replace("C-0001", "C-0002")
        .replace("3900000", "NaN")))
        .containsExactly("line 2, column revenue: must be a decimal number but was: '3.9e6'",
            "line 3, column revenue: must be a decimal number but was: 'NaN'");
  }

  @Test
  void missingColumn_isReportedAsMissing() throws IOException {
    assertThat(report(GOOD.replace(",0.120\n", "\n"))).containsExactly(
        "line 2, column discount_demanded: must be present but was: missing "
            + "(the row has 10 of 11 columns)");
  }

  @Test
  void extraValue_isReportedByColumnNumber() throws IOException {
    assertThat(report(GOOD.replace("\n", ",x\n"))).containsExactly(
        "line 2, column 12: must not exist but was: 'x' (the header has 11 columns)");
  }

  @Test
  void unknownCategory_isReportedWithTheKnownOnes() throws IOException {
    assertThat(report(GOOD.replace(",high,", ",mid,").replace("furniture retail", "Furniture")))
        .containsExactly(
            "line 2, column industry: must be one of [furniture retail, hotels, online retail, "
                + "office, healthcare, public sector, interior design, wholesale] but was: "
                + "'Furniture'",
            "line 2, column cooperation: must be one of [low, medium, high] but was: 'mid'");
  }

  @Test
  void valueOutOfDomain_isReportedWithTheDomain() throws IOException {
    assertThat(report(GOOD.replace("0.300", "1.5") + GOOD.replace("C-0001", "C-0002")
        .replace("3900000", "-1") + GOOD.replace("C-0001", "C-0003").replace(",4,light", ",7,light")))
        .containsExactly(
            "line 2, column market_share: must be in [0, 1] but was: '1.5'",
            "line 3, column revenue: must be at least 0 but was: '-1'",
            "line 4, column growth_rating: must be in [1, 5] but was: '7'");
  }

  @Test
  void fractionalRating_isNotAWholeNumber() throws IOException {
    assertThat(report(GOOD.replace(",4,light", ",3.5,light")))
        .containsExactly("line 2, column growth_rating: must be a whole number but was: '3.5'");
  }

  @Test
  void blankAndRepeatedIds_areReported() throws IOException {
    assertThat(report(GOOD + GOOD.replace("C-0001", "") + GOOD)).containsExactly(
        "line 3, column id: must not be blank but was: ''",
        "line 4, column id: must be unique but was: 'C-0001' (first on line 2)");
  }

  @Test
  void severalProblems_inOneRow_areAllReported_asOneBadRow() throws IOException {
    PortfolioReading reading = read(GOOD.replace(",high,", ",4,").replace("0.220", "high"));

    assertThat(reading.badRows()).hasSize(1);
    assertThat(reading.badRows().get(0).report()).containsExactly(
        "line 2, column contribution_margin: must be a decimal number but was: 'high'",
        "line 2, column cooperation: must be one of [low, medium, high] but was: '4'");
  }

  @Test
  void goodPlusBadRows_equalRowsRead_andLinesCountEmptyAndQuotedLines() throws IOException {
    String rows = GOOD
        + "\n"
        + GOOD.replace("C-0001", "C-0002").replace("Wohnwelt Nord", "\"Wohnwelt\nNord\"")
        + GOOD.replace("C-0001", "C-0003").replace("0.120", "lots")
        + GOOD.replace("C-0001", "C-0004");

    PortfolioReading reading = read(rows);

    assertThat(reading.rowsRead()).isEqualTo(4);
    assertThat(reading.customers().size() + reading.badRows().size()).isEqualTo(4);
    assertThat(reading.customers()).extracting(CrmCustomer::id)
        .containsExactly("C-0001", "C-0002", "C-0004");
    assertThat(reading.badRows()).extracting(BadRow::line).containsExactly(6L);
  }

  @Test
  void headerLackingAColumn_stopsReading() {
    assertThatThrownBy(() -> PortfolioCsv.read(new StringReader(
        HEADER.replace(",cooperation", "") + GOOD)))
        .isInstanceOf(IOException.class)
        .hasMessage("header of the portfolio CSV must contain the columns " + PortfolioCsv.COLUMNS
            + " but was: [id, name, industry, revenue, contribution_margin, growth_rating, "
            + "strategic_relevance, market_share, contract_years, discount_demanded] "
            + "(10 columns split at ','; missing [cooperation])");
  }

  @Test
  void headerNamingAColumnTwice_stopsReading() {
    assertThatThrownBy(() -> PortfolioCsv.read(new StringReader(
        HEADER.replace("\n", ",id\n") + GOOD.replace("\n", ",x\n"))))
        .isInstanceOf(IOException.class)
        .hasMessage("header of the portfolio CSV must name each column once but was: "
            + PortfolioCsv.COLUMNS.toString().replace("]", ", id]")
            + " (12 columns split at ','; column 12 repeats 'id')");
  }

  @Test
  void headerLeavingAColumnUnnamed_stopsReading() {
    assertThatThrownBy(() -> PortfolioCsv.read(new StringReader(
        HEADER.replace("\n", ",\n") + GOOD.replace("\n", ",x\n"))))
        .isInstanceOf(IOException.class)
        .hasMessage("header of the portfolio CSV must name each column once but was: "
            + PortfolioCsv.COLUMNS.toString().replace("]", ", ]")
            + " (12 columns split at ','; column 12 has no name)");
  }

  @Test
  void brokenQuoting_stopsReading() {
    assertThatThrownBy(() -> read(GOOD + "C-0002,\"Wohnwelt\"x,hotels\n"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("portfolio CSV must be well-formed but was not after row 1: ");
  }

  @Test
  void reading_thatLosesARow_isRejected() {
    assertThatThrownBy(() -> new PortfolioReading(List.of(), List.of(), 1,
        ExportFormat.detect()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("good rows plus bad rows must equal the 1 rows read but was: 0 + 0");
  }

  @Test
  void write_thenRead_givesTheSameCustomers() throws IOException {
    List<CrmCustomer> customers = PortfolioGenerator.generate(3, 40);

    PortfolioReading reading = PortfolioCsv.read(new StringReader(PortfolioCsv.toCsv(customers)));

    assertThat(reading.badRows()).isEmpty();
    assertThat(reading.customers()).isEqualTo(customers);
  }
}
