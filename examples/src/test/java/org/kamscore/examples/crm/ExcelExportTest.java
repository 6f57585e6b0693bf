package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/**
 * Exports as Excel and other tools write them, as bytes: each fixture is written byte by byte
 * in the test (ASCII text, and every other byte as a number), so that what is read is what a
 * file on disk holds, independent of the JDK's encoders.
 */
final class ExcelExportTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** ö, ü and ß in Windows-1252: one byte each. */
  private static final Object[] O_1252 = {0xF6};
  private static final Object[] U_1252 = {0xFC};
  private static final Object[] SZ_1252 = {0xDF};
  /** ö, ü and ß in UTF-8: two bytes each. */
  private static final Object[] O_UTF8 = {0xC3, 0xB6};
  private static final Object[] U_UTF8 = {0xC3, 0xBC};
  private static final Object[] SZ_UTF8 = {0xC3, 0x9F};
  private static final Object[] UTF8_BOM = {0xEF, 0xBB, 0xBF};

  private static final String MUELLER = "M\u00f6belhaus M\u00fcller GmbH";
  private static final String GROSSKUECHE = "Gro\u00dfk\u00fcche S\u00fcd; Ost";

  @TempDir
  Path directory;

  /** The bytes of ASCII strings (checked) and of integers 0..255, in order; arrays flattened. */
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        for (char c : text.toCharArray()) {
          assertThat((int) c).as("fixture text must be ASCII").isLessThan(0x80);
          out.write(c);
        }
      } else if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(bytes((Object[]) part));
      }
    }
    return out.toByteArray();
  }

  private static String header(String delimiter) {
    return String.join(delimiter, PortfolioCsv.COLUMNS);
  }

  /** The German export: two customers, an umlaut in each name, a quoted {@code ;} in one. */
  private static byte[] germanExport(Object[] bom, Object[] o, Object[] u, Object[] sz) {
    return bytes(bom, header(";"), "\r\n",
        "C-0001;M", o, "belhaus M", u, "ller GmbH;furniture retail;877.010;0,246;3;regional;"
            + "0,039;5;high;0,112\r\n",
        "C-0002;\"Gro", sz, "k", u, "che S", u, "d; Ost\";hotels;1.289.061,5;0,153;2;none;"
            + "0,037;4;medium;0,1\r\n");
  }

  private static List<CrmCustomer> germanCustomers() {
    return List.of(
        new CrmCustomer("C-0001", MUELLER, Industry.FURNITURE_RETAIL, 877_010, 0.246, 3,
            Relevance.REGIONAL, 0.039, 5, Cooperation.HIGH, 0.112),
        new CrmCustomer("C-0002", GROSSKUECHE, Industry.HOTELS, 1_289_061.5, 0.153, 2,
            Relevance.NONE, 0.037, 4, Cooperation.MEDIUM, 0.1));
  }

  /** Reads a file as the example's command line does without options. */
  private PortfolioReading read(byte[] file) throws IOException {
    Path export = directory.resolve("export.csv");
    Files.write(export, file);
    return PortfolioCsv.read(export);
  }

  private PortfolioReading read(byte[] file, ExportFormat format) throws IOException {
    Path export = directory.resolve("export.csv");
    Files.write(export, file);
    return PortfolioCsv.read(export, format);
  }

  private static List<String> report(PortfolioReading reading) {
    return reading.badRows().stream().flatMap(b -> b.report().stream()).toList();
  }

  @Test
  void germanExcelExport_windows1252_readsEveryCustomer_umlautsIncluded() throws IOException {
    PortfolioReading reading = read(germanExport(new Object[0], O_1252, U_1252, SZ_1252));

    assertThat(report(reading)).isEmpty();
    assertThat(reading.customers()).isEqualTo(germanCustomers());
  }

  @Test
  void germanExcelExport_utf8WithByteOrderMark_readsEveryCustomer() throws IOException {
    PortfolioReading reading = read(germanExport(UTF8_BOM, O_UTF8, U_UTF8, SZ_UTF8));

    assertThat(report(reading)).isEmpty();
    assertThat(reading.customers()).isEqualTo(germanCustomers());
  }

  @Test
  void germanExcelExport_saysWhatWasDetected() throws IOException {
    assertThat(read(germanExport(new Object[0], O_1252, U_1252, SZ_1252)).format()).hasToString(
        "windows-1252, delimiter ';', decimal comma, thousands '.'");
    assertThat(read(germanExport(UTF8_BOM, O_UTF8, U_UTF8, SZ_UTF8)).format()).hasToString(
        "UTF-8, delimiter ';', decimal comma, thousands '.'");
  }

  @Test
  void germanExcelExport_utf8WithoutByteOrderMark_isUtf8() throws IOException {
    PortfolioReading reading = read(germanExport(new Object[0], O_UTF8, U_UTF8, SZ_UTF8));

    assertThat(reading.customers()).isEqualTo(germanCustomers());
    assertThat(reading.format().charset()).contains(StandardCharsets.UTF_8);
  }

  @Test
  void germanExcelExport_declared_readsTheSame() throws IOException {
    ExportFormat excel = ExportFormat.builder()
        .charset(WINDOWS_1252)
        .delimiter(';')
        .locale(Locale.GERMANY)
        .build();

    PortfolioReading reading = read(germanExport(new Object[0], O_1252, U_1252, SZ_1252), excel);

    assertThat(reading.customers()).isEqualTo(germanCustomers());
    assertThat(reading.format()).hasToString(
        "windows-1252, delimiter ';', decimal comma, thousands '.'");
  }

  @Test
  void declaredUtf8_withByteOrderMark_skipsTheMark() throws IOException {
    ExportFormat utf8 = ExportFormat.builder().charset(StandardCharsets.UTF_8).build();

    PortfolioReading reading = read(germanExport(UTF8_BOM, O_UTF8, U_UTF8, SZ_UTF8), utf8);

    assertThat(reading.customers()).isEqualTo(germanCustomers());
  }

  @Test
  void commaSeparated_withDecimalPoints_andQuotedThousands() throws IOException {
    PortfolioReading reading = read(bytes(header(","), "\n",
        "C-0001,Nordhaus AG,office,\"1,289,061.5\",0.246,3,regional,0.039,5,high,0.112\n"));

    assertThat(report(reading)).isEmpty();
    assertThat(reading.customers()).extracting(CrmCustomer::revenue).containsExactly(1_289_061.5);
    assertThat(reading.format()).hasToString(
        "UTF-8, delimiter ',', decimal point, thousands ','");
  }

  @Test
  void tabSeparated_utf16WithByteOrderMark_asExcelSavesUnicodeText() throws IOException {
    String text = header("\t") + "\r\nC-0001\tM\u00fcller KG\thotels\t877010\t0,246\t3\tnone\t"
        + "0,039\t5\tlow\t0,112\r\n";
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[utf16.length + 2];
    file[0] = (byte) 0xFF;
    file[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, file, 2, utf16.length);

    PortfolioReading reading = read(file);

    assertThat(report(reading)).isEmpty();
    assertThat(reading.customers()).extracting(CrmCustomer::name, CrmCustomer::marketShare)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M\u00fcller KG", 0.039));
    assertThat(reading.format()).hasToString(
        "UTF-16LE, delimiter '\\t', decimal comma, thousands '.'");
  }

  @Test
  void pipeSeparated_declared() throws IOException {
    PortfolioReading reading = read(bytes(header("|"), "\n",
        "C-0001|Nordhaus AG|office|877010|0.246|3|regional|0.039|5|high|0.112\n"),
        ExportFormat.builder().delimiter('|').build());

    assertThat(report(reading)).isEmpty();
    assertThat(reading.customers()).hasSize(1);
  }

  @Test
  void headerLackingAColumn_namesTheColumnsFound_theDelimiter_andTheEncoding() {
    byte[] file = bytes(UTF8_BOM, header(";").replace(";cooperation", ""), "\r\n",
        "C-0001;Nordhaus AG;office;877010;0,246;3;regional;0,039;5;0,112\r\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IOException.class)
        .hasMessage("header of the portfolio CSV must contain the columns "
            + PortfolioCsv.COLUMNS + " but was: [id, name, industry, revenue, "
            + "contribution_margin, growth_rating, strategic_relevance, market_share, "
            + "contract_years, discount_demanded] (10 columns split at ';', read as UTF-8; "
            + "missing [cooperation])");
  }

  @Test
  void wrongDelimiterDeclared_showsTheOneColumnItRead() {
    byte[] file = germanExport(new Object[0], O_1252, U_1252, SZ_1252);

    assertThatThrownBy(() -> read(file, ExportFormat.builder().delimiter(',').build()))
        .isInstanceOf(IOException.class)
        .hasMessage("header of the portfolio CSV must contain the columns "
            + PortfolioCsv.COLUMNS + " but was: [" + header(";") + "] (1 column split at ',', "
            + "read as windows-1252; missing " + PortfolioCsv.COLUMNS + ")");
  }

  @Test
  void byteOrderMark_readInAnotherDeclaredEncoding_showsInTheHeader() {
    byte[] file = germanExport(UTF8_BOM, O_UTF8, U_UTF8, SZ_UTF8);

    assertThatThrownBy(() -> read(file, ExportFormat.builder().charset(WINDOWS_1252).build()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("but was: [\u00ef\u00bb\u00bfid, name, ")
        .hasMessageContaining("(11 columns split at ';', read as windows-1252; missing [id])");
  }

  @Test
  void windows1252Bytes_declaredUtf8_areRejectedWithOffsetAndLine() {
    byte[] file = germanExport(new Object[0], O_1252, U_1252, SZ_1252);
    int offset = header(";").length() + 2 + "C-0001;M".length();

    assertThatThrownBy(() -> read(file, ExportFormat.builder()
        .charset(StandardCharsets.UTF_8).build()))
        .isInstanceOf(IOException.class)
        .hasMessage("encoding of the portfolio CSV must be UTF-8 but was not: byte 0xF6 at "
            + "offset " + offset + " (line 2) cannot be read in it");
  }

  @Test
  void bytesInNeitherUtf8NorWindows1252_areRejected() {
    byte[] file = bytes(header(","), "\n", "C-0001,Nord", 0x81, "haus AG,office,877010,0.246,"
        + "3,regional,0.039,5,high,0.112\n");
    int offset = header(",").length() + 1 + "C-0001,Nord".length();

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IOException.class)
        .hasMessage("encoding of the portfolio CSV must be UTF-8 or windows-1252 but was "
            + "neither: byte 0x81 at offset " + offset + " (line 2) is not UTF-8 and byte 0x81 "
            + "at offset " + offset + " (line 2) is not windows-1252; declare the encoding "
            + "(--charset=...)");
  }

  /** Revenue 12.500, and no other value that says which separator is the decimal one. */
  private static byte[] ambiguous() {
    return bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;12.500;0;3;regional;0;5;high;0\n",
        "C-0002;Waldberg SE;office;42;1;3;regional;1;5;high;1\n");
  }

  @Test
  void ambiguousValue_withNothingToDecide_isABadRow_neverAGuess() throws IOException {
    PortfolioReading reading = read(ambiguous());

    assertThat(reading.customers()).extracting(CrmCustomer::id).containsExactly("C-0002");
    assertThat(report(reading)).containsExactly("line 2, column revenue: must be unambiguous "
        + "but was: '12.500' (it reads as 12.500 with a decimal point and as 12500 with a "
        + "decimal comma; declare the decimal separator (--decimal=point or --decimal=comma))");
    assertThat(reading.format().decimalSeparator()).isEmpty();
  }

  @Test
  void ambiguousValue_readsAsDeclared() throws IOException {
    PortfolioReading comma = read(ambiguous(), ExportFormat.builder().decimalSeparator(',')
        .build());
    PortfolioReading point = read(ambiguous(), ExportFormat.builder().decimalSeparator('.')
        .build());

    assertThat(comma.customers()).extracting(CrmCustomer::revenue).containsExactly(12_500.0, 42.0);
    assertThat(point.customers()).extracting(CrmCustomer::revenue).containsExactly(12.5, 42.0);
  }

  @Test
  void ambiguousValue_isDecidedByAnotherValueOfTheFile() throws IOException {
    byte[] file = bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;12.500;0;3;regional;0;5;high;0\n",
        "C-0002;Waldberg SE;office;42;0,25;3;regional;1;5;high;1\n");

    assertThat(read(file).customers()).extracting(CrmCustomer::revenue)
        .containsExactly(12_500.0, 42.0);
  }

  @Test
  void decimalPointInADecimalCommaFile_isABadRow_thatSaysWhy() throws IOException {
    byte[] file = bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;877010;0,246;3;regional;0,039;5;high;0,112\n",
        "C-0002;Waldberg SE;office;12,5;0,1;3;regional;0;5;high;0\n");
    ExportFormat comma = ExportFormat.builder().decimalSeparator(',').build();
    byte[] mixed = bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;877010;0,246;3;regional;0,039;5;high;0,112\n",
        "C-0002;Waldberg SE;office;12.5;0,1;3;regional;0;5;high;0\n");

    assertThat(report(read(file))).isEmpty();
    assertThat(report(read(mixed, comma))).containsExactly("line 3, column revenue: must be a "
        + "decimal number but was: '12.5' (the file's numbers have a decimal comma, "
        + "thousands '.')");
  }

  @Test
  void decimalPointAndCommaInOneFile_stopReading_namingBothValues() {
    byte[] file = bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;877010;0,246;3;regional;0,039;5;high;0,112\n",
        "C-0002;Waldberg SE;office;12.5;0,1;3;regional;0;5;high;0\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IOException.class)
        .hasMessage("decimal separator of the portfolio CSV must be the same in every row but "
            + "was both: ',' (line 2, column contribution_margin: '0,246') and '.' (line 3, "
            + "column revenue: '12.5'); declare it (--decimal=point or --decimal=comma), and "
            + "the other rows are reported as bad rows");
  }

  @Test
  void thousandsSeparators_mustGroupByThree() throws IOException {
    byte[] file = bytes(header(";"), "\n",
        "C-0001;Nordhaus AG;office;1.234.567,5;0,246;3;regional;0,039;5;high;0,112\n",
        "C-0002;Waldberg SE;office;12.34.567;0,1;3;regional;0;5;high;0\n",
        "C-0003;Lindau KG;office;0.123;0,1;3;regional;0;5;high;0\n");

    PortfolioReading reading = read(file, ExportFormat.builder().locale(Locale.GERMANY).build());

    assertThat(reading.customers()).extracting(CrmCustomer::revenue).containsExactly(1_234_567.5);
    assertThat(report(reading)).containsExactly(
        "line 3, column revenue: must be a decimal number but was: '12.34.567'",
        "line 4, column revenue: must be a decimal number but was: '0.123' (the file's numbers "
            + "have a decimal comma, thousands '.')");
  }

  @Test
  void readerInput_skipsAByteOrderMark() throws IOException {
    String text = "\uFEFF" + header(";") + "\nC-0001;M\u00fcller KG;hotels;877010;0,246;3;none;"
        + "0,039;5;low;0,112\n";

    PortfolioReading reading = PortfolioCsv.read(new java.io.StringReader(text));

    assertThat(reading.customers()).extracting(CrmCustomer::name).containsExactly("M\u00fcller KG");
    assertThat(reading.format()).hasToString(
        "charset undetermined, delimiter ';', decimal comma, thousands '.'");
  }
}
