package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamscore.testkit.KamAssertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.testkit.PolicyProperties;
import org.kamscore.testkit.Values;

/**
 * How a team tests its own key-account policy with kamscore-testkit: example cases for
 * customers it knows by name, the fingerprints that pin the policy, and the properties every
 * policy must have, over customers from its own generator. The number of generated examples per
 * property comes from the system property {@code kamscore.testkit.examples} (default 1000),
 * the seed from {@code kamscore.testkit.seed}.
 */
final class CrmPolicyTest {
  private static final ScoringModel<CrmCustomer> ATTRACTIVENESS = CrmPolicy.attractiveness();
  private static final ScoringModel<CrmCustomer> POSITION = CrmPolicy.supplierPosition();
  private static final PortfolioMatrix<CrmCustomer> MATRIX = CrmPolicy.matrix();

  private static final CrmCustomer FURNITURE_CHAIN = new CrmCustomer("K-1", "Wohnwelt Chain",
      Industry.FURNITURE_RETAIL, 9_500_000, 0.24, 4, Relevance.LIGHTHOUSE, 0.30, 6,
      Cooperation.HIGH, 0.10);
  private static final CrmCustomer JOINERY = new CrmCustomer("K-2", "Schreinerei Huber",
      Industry.INTERIOR_DESIGN, 90_000, 0.38, 5, Relevance.LIGHTHOUSE, 0.02, 2,
      Cooperation.HIGH, 0.02);

  // README:testing-properties:begin
  /** Every criterion of both axes, varied over and beyond its scale. */
  private static final PolicyProperties<CrmCustomer> PROPERTIES =
      PolicyProperties.of(CrmPolicy.matrix(), CrmCustomers::random)
          .vary("revenue", CrmCustomer::withRevenue, Values.logarithmic(1, 1e9))
          .vary("contribution-margin", CrmCustomer::withContributionMargin,
              Values.between(-0.2, 0.8))
          .vary("growth-potential", (c, v) -> c.withGrowthRating((int) v), Values.integers(1, 5))
          .vary("strategic-relevance",
              (c, v) -> c.withStrategicRelevance(Relevance.values()[(int) v]),
              Values.integers(0, 2))
          .vary("market-power", CrmCustomer::withMarketShare, Values.between(0, 1))
          .vary("discount-demanded", CrmCustomer::withDiscountDemanded, Values.between(0, 0.6))
          .vary("long-term-commitment", (c, v) -> c.withContractYears((int) v),
              Values.integers(0, 15))
          .vary("cooperation", (c, v) -> c.withCooperation(Cooperation.values()[(int) v]),
              Values.integers(0, 2))
          .describingCustomersWith(CrmCustomer::id);

  @Test
  void betterValues_neverLowerAScoreATierOrABand() {
    PROPERTIES.checkMonotonic();
  }

  @Test
  void scores_areBounded_andKnockOutsCapTheTier() {
    PROPERTIES.checkBounded();
    PROPERTIES.checkKnockOutCaps();
  }

  @Test
  void scoring_isDeterministic() {
    PROPERTIES.checkDeterministic();
  }
  // README:testing-properties:end

  // ---- example cases for named customers ----

  // README:testing-assertions:begin
  @Test
  void biggestFurnitureChain_isAKeyAccount() {
    assertThat(MATRIX.classify(FURNITURE_CHAIN))
        .isInCell("key account")
        .rowEvaluation().hasTier("A").passedAllKnockOuts();
  }

  @Test
  void customerBelowMinimumRevenue_isCappedAtC_thoughItsScoreReachesA() {
    assertThat(ATTRACTIVENESS.evaluate(JOINERY))
        .failedKnockOut("minimum-revenue")
        .hasScoreTier("A")
        .hasTier("C");
  }

  @Test
  void policy_isPinnedByItsFingerprints() {
    assertThat(ATTRACTIVENESS).hasVersion("2026.1")
        .hasFingerprint("2dc0c52b76fd8784d1e4810cc43c639da4bba1d6ed70bbfb697ede53d2cbfdcb");
    assertThat(POSITION).hasVersion("2026.1")
        .hasFingerprint("e79b4844d7389f6f546f8b7ade4e9ffdfa3e97bc00191de395b0ca5ef46643d3");
  }
  // README:testing-assertions:end

  @Test
  void knockedOutTierC_customer_isNeitherAKeyAccountNorToDevelop() {
    Placement placement = MATRIX.classify(JOINERY);

    assertThat(placement).hasRowBand("low").rowEvaluation().hasTier("C");
    assertThat(placement.rowScoreBand().label()).isEqualTo("high");
    assertThat(placement.rowCappedBy()).containsExactly("minimum-revenue");
    assertThat(placement.cell().name()).isIn("maintain", "reduce");
  }

  @Test
  void committedPortfolio_knockedOutCustomers_areNeitherKeyAccountsNorToDevelop()
      throws IOException {
    List<CrmCustomer> customers = PortfolioCsv.readCommitted().customers();

    List<Placement> knockedOut = MATRIX.classifyAll(customers).placements().stream()
        .filter(p -> !p.rowEvaluation().failedKnockOuts().isEmpty())
        .toList();

    assertThat(knockedOut).isNotEmpty()
        .allSatisfy(p -> assertThat(p.cell().name()).isIn("maintain", "reduce"))
        .anySatisfy(p -> assertThat(p.rowScoreBand().label()).isEqualTo("high"));
  }

  @Test
  void minimumRevenue_isInclusive() {
    assertThat(ATTRACTIVENESS.evaluate(JOINERY.withRevenue(CrmPolicy.MINIMUM_REVENUE)))
        .passedAllKnockOuts();
    assertThat(ATTRACTIVENESS.evaluate(JOINERY.withRevenue(Math.nextDown(250_000.0))))
        .failedKnockOut("minimum-revenue");
  }

  @Test
  void discountOfThirtyPercent_earnsNothing_andIsTheOnlyReason() {
    CrmCustomer squeezer = new CrmCustomer("K-3", "Discount Markt", Industry.WHOLESALE,
        5_000_000, 0.40, 5, Relevance.LIGHTHOUSE, 0.25, 3, Cooperation.LOW, 0.30);

    assertThat(ATTRACTIVENESS.evaluate(squeezer))
        .hasPointsFor("discount-demanded", 0, within(0.0))
        .hasReasonsInOrder("discount-demanded");
  }

  @Test
  void furnitureChain_isInTheTopTier_andWouldMissTwoPointsOfAStrongPosition() {
    assertThat(ATTRACTIVENESS.evaluate(FURNITURE_CHAIN)).isInTopTier();
    assertThat(POSITION.evaluate(FURNITURE_CHAIN)).hasTier("strong");
    assertThat(POSITION.evaluate(FURNITURE_CHAIN.withContractYears(1)
        .withCooperation(Cooperation.MEDIUM)))
        .hasTier("moderate").hasPointsToNextTier(2, within(1e-9));
  }

  @Test
  void committedPortfolio_biggestFurnitureChain_isTierA() throws IOException {
    CrmCustomer biggest = PortfolioCsv.readCommitted().customers().stream()
        .filter(c -> c.industry() == Industry.FURNITURE_RETAIL)
        .max((a, b) -> Double.compare(a.revenue(), b.revenue()))
        .orElseThrow();

    assertThat(biggest.id()).isEqualTo("C-0533");
    assertThat(ATTRACTIVENESS.evaluate(biggest)).hasTier("A");
  }

  @Test
  void extremeValues_stayWithinBounds() {
    for (double revenue : new double[] {0.0, Double.MIN_VALUE, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY}) {
      CrmCustomer c = FURNITURE_CHAIN.withRevenue(revenue)
          .withContributionMargin(Double.MAX_VALUE);
      assertThat(ATTRACTIVENESS.evaluate(c)).hasScoreBetween(0, 100);
      assertThat(POSITION.evaluate(c)).hasScoreBetween(0, 100);
    }
    assertThat(ATTRACTIVENESS.evaluate(JOINERY.withContributionMargin(Double.NEGATIVE_INFINITY)))
        .hasScoreBetween(0, 100);
  }

  @Test
  void missingRevenue_isRejected_namingModelCriterionAndCustomer() {
    assertThatThrownBy(() -> ATTRACTIVENESS.evaluate(FURNITURE_CHAIN.withRevenue(Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'revenue' of model 'crm-customer-attractiveness' 2026.1 must have"
            + " a value for customer 'K-1' but was: NaN (missing-value policy: reject)");
  }
}
