package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.portfolio.AbcAnalysis;
import org.kamscore.portfolio.AbcClass;

/** The README's tour does what its comments say, on the sample portfolio. */
final class PortfolioTourTest {
  private static final List<Customer> PORTFOLIO = Portfolio.sample();

  @Test
  void keyAccountMatrix_placesTheFurnitureChain_amongTheKeyAccounts() {
    Classification<Customer> portfolio = PortfolioTour.keyAccountMatrix(PORTFOLIO);

    assertThat(portfolio.placements().get(0).cell().name()).isEqualTo("key account");
    assertThat(portfolio.placements().get(0).cell().treatment())
        .hasValueSatisfying(t -> t.startsWith("dedicated key-account manager, joint planning"));
    assertThat(portfolio.placements().get(0).rowCappedBy()).isEmpty();
    assertThat(portfolio.placements().get(0).isCapped()).isFalse();
    assertThat(portfolio.members("high", "high")).contains(PORTFOLIO.get(0));
    assertThat(portfolio.size()).isEqualTo(PORTFOLIO.size());
  }

  @Test
  void customMatrix_namesAllSixCells() {
    PortfolioMatrix<Customer> matrix = PortfolioTour.customMatrix();

    assertThat(matrix.cells()).hasSize(6);
    assertThat(matrix.cell("medium", "low").name()).isEqualTo("observe");
  }

  @Test
  void customMatrix_capsKnockedOutCustomers_asItsCommentSays() {
    PortfolioMatrix<Customer> matrix = PortfolioTour.customMatrix();
    // every criterion at its best but the one its knock-out reads
    Customer squeezing = new Customer("X-1", "Squeezing", 5_000_000, 0.3, 0.40, 5,
        Customer.Relevance.HIGH, 5, true, 0.31);
    Customer small = new Customer("X-2", "Small", 240_000, 0.3, 0.40, 5,
        Customer.Relevance.HIGH, 5, true, 0.0);

    Placement discount = matrix.classify(squeezing);
    Placement revenue = matrix.classify(small);

    assertThat(matrix.classify(PORTFOLIO.get(0)).cell().name()).isEqualTo("key account");
    assertThat(discount.rowScoreBand().label()).isEqualTo("high");
    assertThat(discount.rowCappedBy()).containsExactly("maximum-discount");
    assertThat(discount.cell().name()).isEqualTo("maintain");
    assertThat(revenue.rowScoreBand().label()).isEqualTo("high");
    assertThat(revenue.rowCappedBy()).containsExactly("minimum-revenue");
    assertThat(revenue.cell().name()).isEqualTo("serve efficiently");
  }

  @Test
  void analytics_classesTheFurnitureChainA() {
    AbcAnalysis<Customer> abc = PortfolioTour.analytics(PORTFOLIO);

    assertThat(abc.classOf("C-1001")).isEqualTo(AbcClass.A);
    assertThat(abc.entries().get(0).key()).isEqualTo("C-1001");
  }

  @Test
  void analytics_printsTheVerdicts_withTierChanges() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      PortfolioTour.analytics(PORTFOLIO);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("ABC: ")
        .contains("; concentration MODERATE (HHI 0.152)")
        .doesNotContain("; 0 tier changes");
  }
}
