package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * German exports read back as written, and a value that reads as two different numbers is never
 * read as either unless the file or the caller says which. The numbers of the exports are
 * written by the JDK's German {@link NumberFormat}, not by the code under test; the number a
 * value should read as is worked out with {@link BigDecimal}. Examples per property: the system
 * property {@code kamscore.properties.examples} (default 1000).
 */
final class ExportFormatProperties {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String[] UMLAUT_NAMES = {"M\u00f6belhaus M\u00fcller",
      "\u00c4rztehaus S\u00fcd", "Gro\u00dfk\u00fcche; \u00d6sterreich",
      "\"B\u00fcro\" W\u00e4chter", "Stra\u00dfenbau \u00dcbel"};

  private static PortfolioReading read(byte[] bytes, ExportFormat format) {
    try {
      return PortfolioCsv.read(new ByteArrayInputStream(bytes), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated customers, with umlauts, quotes and semicolons in their names. */
  private static List<CrmCustomer> customers(long seed, int size) {
    List<CrmCustomer> customers = new ArrayList<>();
    for (CrmCustomer c : PortfolioGenerator.generate(seed, size)) {
      String name = UMLAUT_NAMES[customers.size() % UMLAUT_NAMES.length] + " " + c.name();
      customers.add(new CrmCustomer(c.id(), name, c.industry(), c.revenue(),
          c.contributionMargin(), c.growthRating(), c.strategicRelevance(), c.marketShare(),
          c.contractYears(), c.cooperation(), c.discountDemanded()));
    }
    return customers;
  }

  /** The customers as German Excel writes them: {@code ;}, decimal comma, thousands point. */
  private static byte[] germanExport(List<CrmCustomer> customers, boolean utf8WithBom,
      boolean crlf) throws IOException {
    NumberFormat german = NumberFormat.getNumberInstance(Locale.GERMANY);
    german.setGroupingUsed(true);
    german.setMaximumFractionDigits(3);
    StringBuilder text = new StringBuilder();
    CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';')
        .setRecordSeparator(crlf ? "\r\n" : "\n").get().print(text);
    printer.printRecord(PortfolioCsv.COLUMNS);
    for (CrmCustomer c : customers) {
      printer.printRecord(c.id(), c.name(), c.industry().label(), german.format(c.revenue()),
          german.format(c.contributionMargin()), c.growthRating(),
          c.strategicRelevance().label(), german.format(c.marketShare()), c.contractYears(),
          c.cooperation().label(), german.format(c.discountDemanded()));
    }
    printer.flush();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (utf8WithBom) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.write(text.toString().getBytes(utf8WithBom ? StandardCharsets.UTF_8 : WINDOWS_1252));
    return bytes.toByteArray();
  }

  private static boolean hasDecimalComma(List<CrmCustomer> customers) {
    return customers.stream().anyMatch(c -> c.contributionMargin() % 1 != 0
        || c.marketShare() % 1 != 0 || c.discountDemanded() % 1 != 0);
  }

  @Test
  void germanExport_readsBackAsWritten_detectedOrDeclared() {
    ExportFormat declared = ExportFormat.builder().delimiter(';').locale(Locale.GERMANY).build();
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 30), booleans().all(), booleans().all())
        .assuming((seed, size, bom, crlf) -> hasDecimalComma(customers(seed, size)))
        .checkAssert((seed, size, bom, crlf) -> {
          List<CrmCustomer> customers = customers(seed, size);
          byte[] export;
          try {
            export = germanExport(customers, bom, crlf);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          for (ExportFormat format : List.of(ExportFormat.detect(), declared)) {
            PortfolioReading reading = read(export, format);
            assertThat(reading.badRows()).isEmpty();
            assertThat(reading.customers()).isEqualTo(customers);
            assertThat(reading.format().charset())
                .contains(bom ? StandardCharsets.UTF_8 : WINDOWS_1252);
          }
        });
  }

  /** A one-row file with a revenue and a contribution margin, its other ratios 0. */
  private static byte[] revenueFile(String revenue, String ratio) {
    String text = String.join(";", PortfolioCsv.COLUMNS) + "\n"
        + "C-0001;Nordhaus AG;office;" + revenue + ";" + ratio + ";3;none;0;5;high;0\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void valueOfTwoReadings_isABadRow_unlessTheFileOrTheCallerDecides() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 999), integers().between(0, 999), booleans().all())
        .checkAssert((lead, digits, point) -> {
          char separator = point ? '.' : ',';
          String revenue = lead + Character.toString(separator)
              + String.format(Locale.ROOT, "%03d", digits);
          double asDecimal = new BigDecimal(lead).add(BigDecimal.valueOf(digits, 3))
              .doubleValue();
          double asThousands = lead * 1000.0 + digits;

          PortfolioReading undecided = read(revenueFile(revenue, "0"), ExportFormat.detect());
          assertThat(undecided.customers()).isEmpty();
          assertThat(undecided.badRows()).singleElement().extracting(b -> b.problems().get(0))
              .satisfies(p -> {
                assertThat(p.column()).isEqualTo("revenue");
                assertThat(p.value()).isEqualTo(revenue);
                assertThat(p.rule()).isEqualTo("must be unambiguous");
              });

          for (char decimal : new char[] {'.', ','}) {
            double expected = decimal == separator ? asDecimal : asThousands;
            String witness = "0" + decimal + "25";
            assertThat(read(revenueFile(revenue, witness), ExportFormat.detect()).customers())
                .extracting(CrmCustomer::revenue).containsExactly(expected);
            assertThat(read(revenueFile(revenue, "0"),
                ExportFormat.builder().decimalSeparator(decimal).build()).customers())
                .extracting(CrmCustomer::revenue).containsExactly(expected);
          }
        });
  }
}
