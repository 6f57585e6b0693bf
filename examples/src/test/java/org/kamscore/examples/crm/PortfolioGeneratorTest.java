package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed portfolio is exactly what the seeded generator makes, and it is plausible. */
final class PortfolioGeneratorTest {

  @Test
  void committedCsv_regenerated_isIdenticalByteForByte() throws IOException {
    byte[] committed = Files.readAllBytes(ExamplePaths.module().resolve(PortfolioGenerator.RESOURCE));

    byte[] regenerated = PortfolioGenerator.committedCsv().getBytes(StandardCharsets.UTF_8);

    assertThat(regenerated).isEqualTo(committed);
  }

  @Test
  void committedCsv_read_givesTheGeneratedCustomers_andNoBadRows() throws IOException {
    PortfolioReading reading = PortfolioCsv.readCommitted();

    assertThat(reading.badRows()).isEmpty();
    assertThat(reading.rowsRead()).isEqualTo(PortfolioGenerator.SIZE);
    assertThat(reading.customers())
        .isEqualTo(PortfolioGenerator.generate(PortfolioGenerator.SEED, PortfolioGenerator.SIZE));
  }

  @Test
  void generate_sameSeed_sameCustomers_otherSeed_otherCustomers() {
    assertThat(PortfolioGenerator.generate(7, 50)).isEqualTo(PortfolioGenerator.generate(7, 50));
    assertThat(PortfolioGenerator.generate(8, 50)).isNotEqualTo(PortfolioGenerator.generate(7, 50));
  }

  @Test
  void committedPortfolio_hasALogNormalRevenue_fewLargeCustomersAndALongTail() {
    List<CrmCustomer> customers =
        PortfolioGenerator.generate(PortfolioGenerator.SEED, PortfolioGenerator.SIZE);
    double[] revenue = customers.stream().mapToDouble(CrmCustomer::revenue).sorted().toArray();
    double median = (revenue[299] + revenue[300]) / 2;
    double total = Arrays.stream(revenue).sum();
    double topTen = Arrays.stream(revenue, revenue.length - 10, revenue.length).sum();

    assertThat(median).isBetween(300_000.0, 550_000.0);
    assertThat(revenue[revenue.length - 1]).isGreaterThan(20 * median);
    assertThat(topTen / total).as("revenue share of the top 10").isBetween(0.15, 0.5);
    assertThat(customers).extracting(CrmCustomer::industry).containsAll(
        Arrays.asList(CrmCustomer.Industry.values()));
  }

  @Test
  void generate_negativeSize_isRejected() {
    assertThatThrownBy(() -> PortfolioGenerator.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be in [0, 9999] but was: -1");
  }
}
