package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kamscore.review.DriftVerdict;
import org.kamscore.review.StabilityReason;
import org.kamscore.review.Trend;
import org.kamscore.review.TrendDirection;

/** The README's "Tiers over time" snippet does what its comments say. */
final class ReviewCyclesTest {
  private static final ReviewCycles.Review REVIEW =
      ReviewCycles.review(Portfolio.sample(), ReviewCycles.thisYear());

  @Test
  void alpina_slipsBelowTierA_butIsHeldThere() {
    assertThat(REVIEW.alpina().tier().label()).isEqualTo("A");
    assertThat(REVIEW.alpina().plainTier().label()).isEqualTo("B");
    assertThat(REVIEW.alpina().reason()).isEqualTo(StabilityReason.DEMOTION_HELD);
    assertThat(REVIEW.alpina().score()).isBetween(67.0, 70.0);
    assertThat(REVIEW.alpina().explain())
        .startsWith("tier A held: score 69.71 is below tier A's threshold 70");
  }

  @Test
  void trends_nameTheMovers_andTheNewCustomer() {
    assertThat(REVIEW.trends().movers(3)).extracting(Trend::id)
        .containsExactly("C-1011", "C-1004", "C-1003");
    assertThat(REVIEW.trends().movers(3).get(1).drivers().get(0).criterion())
        .isEqualTo("contribution-margin");
    assertThat(REVIEW.trends().trend("C-1013").direction())
        .isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
    assertThat(REVIEW.trends().trend("C-1006").direction())
        .isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
  }

  @Test
  void drift_ofAFewChangedCustomers_isStable() {
    assertThat(REVIEW.drift().score().verdict()).isEqualTo(DriftVerdict.STABLE);
    assertThat(REVIEW.drift().score().bins()).hasSize(3);
  }

  @Test
  void main_printsEveryCustomersTier_withAndWithoutHysteresis() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ReviewCycles.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("C-1003    B     A      B       PROMOTION_HELD")
        .contains("C-1004    A     B      A       DEMOTION_HELD")
        .contains("C-1006    C     left")
        .contains("C-1013    new   B      B       FIRST_CYCLE")
        .contains("C-1011 +16.4 points, most of all growth-potential");
  }
}
