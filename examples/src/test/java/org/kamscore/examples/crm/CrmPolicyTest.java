package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.Execution;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;
import org.kamscore.matrix.Placement;
import org.quicktheories.core.Gen;

/**
 * How a team tests its own key-account policy: example cases for customers it knows by name,
 * and properties over generated customers — monotonic, bounded, deterministic — through the
 * library's public API alone. The number of generated examples per property comes from the
 * system property {@code kamscore.properties.examples} (default 1000).
 */
final class CrmPolicyTest {
  private static final int EXAMPLES = Integer.getInteger("kamscore.properties.examples", 1000);
  private static final ScoringModel<CrmCustomer> ATTRACTIVENESS = CrmPolicy.attractiveness();
  private static final ScoringModel<CrmCustomer> POSITION = CrmPolicy.supplierPosition();

  private static final CrmCustomer FURNITURE_CHAIN = new CrmCustomer("K-1", "Wohnwelt Chain",
      Industry.FURNITURE_RETAIL, 9_500_000, 0.24, 4, Relevance.LIGHTHOUSE, 0.30, 6,
      Cooperation.HIGH, 0.10);
  private static final CrmCustomer JOINERY = new CrmCustomer("K-2", "Schreinerei Huber",
      Industry.INTERIOR_DESIGN, 90_000, 0.38, 5, Relevance.LIGHTHOUSE, 0.02, 2,
      Cooperation.HIGH, 0.02);

  // ---- example cases for named customers ----

  @Test
  void biggestFurnitureChain_isTierA_withAStrongPosition() {
    Evaluation attractiveness = ATTRACTIVENESS.evaluate(FURNITURE_CHAIN);

    assertThat(attractiveness.tier().label()).isEqualTo("A");
    assertThat(attractiveness.failedKnockOuts()).isEmpty();
    assertThat(POSITION.evaluate(FURNITURE_CHAIN).tier().label()).isEqualTo("strong");
  }

  @Test
  void customerBelowMinimumRevenue_isCappedAtC_thoughItsScoreReachesA() {
    Evaluation e = ATTRACTIVENESS.evaluate(JOINERY);

    assertThat(e.failedKnockOuts()).containsExactly("minimum-revenue");
    assertThat(e.scoreTier().label()).isEqualTo("A");
    assertThat(e.tier().label()).isEqualTo("C");
  }

  @Test
  void knockedOutTierC_customer_isNeitherAKeyAccountNorToDevelop() {
    Placement placement = CrmPolicy.matrix().classify(JOINERY);

    assertThat(placement.rowEvaluation().tier().label()).isEqualTo("C");
    assertThat(placement.rowScoreBand().label()).isEqualTo("high");
    assertThat(placement.rowBand().label()).isEqualTo("low");
    assertThat(placement.rowCappedBy()).containsExactly("minimum-revenue");
    assertThat(placement.cell().name()).isIn("maintain", "reduce");
  }

  @Test
  void committedPortfolio_knockedOutCustomers_areNeitherKeyAccountsNorToDevelop()
      throws IOException {
    List<CrmCustomer> customers = PortfolioCsv.readCommitted().customers();

    List<Placement> knockedOut = CrmPolicy.matrix().classifyAll(customers).placements().stream()
        .filter(p -> !p.rowEvaluation().failedKnockOuts().isEmpty())
        .toList();

    assertThat(knockedOut).isNotEmpty()
        .allSatisfy(p -> assertThat(p.cell().name()).isIn("maintain", "reduce"))
        .anySatisfy(p -> assertThat(p.rowScoreBand().label()).isEqualTo("high"));
  }

  @Test
  void minimumRevenue_isInclusive() {
    assertThat(ATTRACTIVENESS.evaluate(withRevenue(JOINERY, CrmPolicy.MINIMUM_REVENUE))
        .failedKnockOuts()).isEmpty();
    assertThat(ATTRACTIVENESS.evaluate(withRevenue(JOINERY, Math.nextDown(250_000.0)))
        .failedKnockOuts()).containsExactly("minimum-revenue");
  }

  @Test
  void discountOfThirtyPercent_earnsNothing_andIsTheFirstReason() {
    CrmCustomer squeezer = new CrmCustomer("K-3", "Discount Markt", Industry.WHOLESALE,
        5_000_000, 0.40, 5, Relevance.LIGHTHOUSE, 0.25, 3, Cooperation.LOW, 0.30);

    Evaluation e = ATTRACTIVENESS.evaluate(squeezer);

    assertThat(e.contribution("discount-demanded").points()).isZero();
    assertThat(e.reasons()).extracting(c -> c.criterion()).containsExactly("discount-demanded");
  }

  @Test
  void committedPortfolio_biggestFurnitureChain_isTierA() throws IOException {
    CrmCustomer biggest = PortfolioCsv.readCommitted().customers().stream()
        .filter(c -> c.industry() == Industry.FURNITURE_RETAIL)
        .max((a, b) -> Double.compare(a.revenue(), b.revenue()))
        .orElseThrow();

    assertThat(biggest.id()).isEqualTo("C-0533");
    assertThat(ATTRACTIVENESS.evaluate(biggest).tier().label()).isEqualTo("A");
  }

  @Test
  void extremeValues_stayWithinBounds() {
    for (double revenue : new double[] {0.0, Double.MIN_VALUE, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY}) {
      CrmCustomer c = withMargin(withRevenue(FURNITURE_CHAIN, revenue), Double.MAX_VALUE);
      assertThat(ATTRACTIVENESS.score(c)).isBetween(0.0, 100.0);
      assertThat(POSITION.score(c)).isBetween(0.0, 100.0);
    }
    assertThat(ATTRACTIVENESS.score(withMargin(JOINERY, Double.NEGATIVE_INFINITY)))
        .isBetween(0.0, 100.0);
  }

  @Test
  void missingRevenue_isRejected_namingModelCriterionAndCustomer() {
    assertThatThrownBy(() -> ATTRACTIVENESS.evaluate(withRevenue(FURNITURE_CHAIN, Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'revenue' of model 'crm-customer-attractiveness' 2026.1 must have"
            + " a value for customer 'K-1' but was: NaN (missing-value policy: reject)");
  }

  // ---- properties over generated customers ----

  @Test
  void scores_areBounded() {
    qt().withExamples(EXAMPLES).forAll(customers()).checkAssert(c -> {
      assertThat(ATTRACTIVENESS.score(c)).isBetween(0.0, 100.0);
      assertThat(POSITION.score(c)).isBetween(0.0, 100.0);
    });
  }

  @Test
  void moreRevenue_neverLowersScoreOrTier_onEitherAxis() {
    qt().withExamples(EXAMPLES).forAll(customers(), doubles().between(0, 10_000_000))
        .checkAssert((c, raise) -> {
          CrmCustomer richer = withRevenue(c, c.revenue() + raise);
          assertNotWorse(ATTRACTIVENESS, c, richer);
          assertNotWorse(POSITION, c, richer);
        });
  }

  @Test
  void moreMargin_neverLowersScoreOrTier() {
    qt().withExamples(EXAMPLES).forAll(customers(), doubles().between(0, 1))
        .checkAssert((c, raise) ->
            assertNotWorse(ATTRACTIVENESS, c, withMargin(c, c.contributionMargin() + raise)));
  }

  @Test
  void evaluation_isDeterministic_acrossModelInstancesAndParallelBatches() {
    ScoringModel<CrmCustomer> rebuilt = CrmPolicy.attractiveness();
    assertThat(rebuilt.fingerprint()).isEqualTo(ATTRACTIVENESS.fingerprint());

    qt().withExamples(Math.max(1, EXAMPLES / 10))
        .forAll(lists().of(customers()).ofSizeBetween(0, 40))
        .checkAssert(batch -> {
          List<Evaluation> sequential = ATTRACTIVENESS.evaluateAll(batch);
          assertThat(rebuilt.evaluateAll(batch, Execution.PARALLEL)).isEqualTo(sequential);
          for (int i = 0; i < batch.size(); i++) {
            assertThat(Double.doubleToLongBits(rebuilt.score(batch.get(i))))
                .isEqualTo(Double.doubleToLongBits(sequential.get(i).score()));
          }
        });
  }

  private static void assertNotWorse(
      ScoringModel<CrmCustomer> model, CrmCustomer before, CrmCustomer better) {
    Evaluation was = model.evaluate(before);
    Evaluation is = model.evaluate(better);
    assertThat(is.score()).as("score of %s", model.id()).isGreaterThanOrEqualTo(was.score());
    assertThat(is.tier().rank()).as("tier rank of %s (0 is best)", model.id())
        .isLessThanOrEqualTo(was.tier().rank());
  }

  /** CRM customers over, and a little beyond, the domains the CSV reader accepts. */
  private static Gen<CrmCustomer> customers() {
    Gen<Double> revenue = doubles().between(0, 8).map(e -> StrictMath.pow(10, e))
        .mix(doubles().between(0, 1_000_000), 20);
    Gen<double[]> ratios = doubles().between(-0.2, 0.8).zip(doubles().between(0, 1),
        doubles().between(0, 0.6), (margin, share, discount) -> new double[] {
            margin, share, discount});
    Gen<int[]> whole = integers().between(1, 5).zip(integers().between(0, 15),
        (growth, years) -> new int[] {growth, years});
    Gen<Object[]> categories = arbitrary().enumValues(Industry.class).zip(
        arbitrary().enumValues(Relevance.class), arbitrary().enumValues(Cooperation.class),
        (industry, relevance, cooperation) -> new Object[] {industry, relevance, cooperation});
    return revenue.zip(ratios, whole, categories, (r, x, w, k) -> new CrmCustomer("G-1",
        "generated", (Industry) k[0], r, x[0], w[0], (Relevance) k[1], x[1], w[1],
        (Cooperation) k[2], x[2]));
  }

  private static CrmCustomer withRevenue(CrmCustomer c, double revenue) {
    return new CrmCustomer(c.id(), c.name(), c.industry(), revenue, c.contributionMargin(),
        c.growthRating(), c.strategicRelevance(), c.marketShare(), c.contractYears(),
        c.cooperation(), c.discountDemanded());
  }

  private static CrmCustomer withMargin(CrmCustomer c, double margin) {
    return new CrmCustomer(c.id(), c.name(), c.industry(), c.revenue(), margin,
        c.growthRating(), c.strategicRelevance(), c.marketShare(), c.contractYears(),
        c.cooperation(), c.discountDemanded());
  }
}
