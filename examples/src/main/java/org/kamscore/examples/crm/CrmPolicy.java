package org.kamscore.examples.crm;

import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/**
 * The key-account policy of the CRM example: two scoring models, one per axis of a portfolio
 * matrix. <i>Customer attractiveness</i> says how much a customer is worth to the supplier;
 * <i>supplier position</i> says how strong the supplier already stands with that customer.
 *
 * <p>Each method builds a fresh, immutable model; build once and share it.
 *
 * @since 0.1.0
 */
public final class CrmPolicy {
  /** The id of the attractiveness model. */
  public static final String ATTRACTIVENESS_ID = "crm-customer-attractiveness";
  /** The id of the supplier-position model. */
  public static final String POSITION_ID = "crm-supplier-position";
  /** The version of both models. */
  public static final String VERSION = "2026.1";
  /** The least revenue of a key account, in euros: below it a customer gets tier C. */
  public static final double MINIMUM_REVENUE = 250_000;

  private CrmPolicy() {}

  /**
   * Customer attractiveness: revenue, margin, growth, strategic relevance and market power
   * raise it, the discount demanded lowers it. A customer below {@link #MINIMUM_REVENUE} is
   * capped at tier C, whatever its score.
   *
   * @return the model, tiers A (60 and up), B (45 and up) and C
   */
  public static ScoringModel<CrmCustomer> attractiveness() {
    return ScoringModel.builder(CrmCustomer.class)
        .id(ATTRACTIVENESS_ID, VERSION)
        .customerId(CrmCustomer::id)
        .criterion("revenue", CrmCustomer::revenue, Scale.logarithmic(50_000, 5_000_000), 30)
            .describedAs("annual revenue in EUR; logarithmic, as it spans orders of magnitude")
        .criterion("contribution-margin", CrmCustomer::contributionMargin,
            Scale.linear(0.05, 0.40), 20)
            .describedAs("contribution margin ratio; 5 % earns nothing, 40 % the maximum")
        .criterion("growth-potential", CrmCustomer::growthRating,
            Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), 15)
            .describedAs("expected growth rated 1..5 by the account manager")
        .criterion("strategic-relevance", CrmCustomer::strategicRelevance,
            Scale.level(Relevance.NONE, 0.0).then(Relevance.REGIONAL, 0.4)
                .then(Relevance.LIGHTHOUSE, 1.0), 15)
            .describedAs("reference value: a lighthouse customer opens markets")
        .criterion("market-power", CrmCustomer::marketShare, Scale.linear(0.0, 0.25), 10)
            .describedAs("the customer's share of its own market; 25 % and more is the maximum")
        .criterion("discount-demanded", CrmCustomer::discountDemanded,
            Scale.linear(0.30, 0.0), 10)
            .describedAs("price and terms pressure; lower is better, 30 % and more earns nothing")
        .knockOutBelow("minimum-revenue", CrmCustomer::revenue, MINIMUM_REVENUE)
            .describedAs("not every customer is a key account: below 250,000 EUR, tier C")
        .tiers(Tiers.from("A", 60).then("B", 45).otherwise("C"))
        .build();
  }

  /**
   * Supplier position: how firmly the supplier is established with the customer — long-term
   * commitment, willingness to cooperate, and the revenue already placed with the supplier as
   * a proxy for its share of the customer's wallet, which the CRM export does not hold.
   *
   * @return the model, tiers strong (60 and up), moderate (40 and up) and weak
   */
  public static ScoringModel<CrmCustomer> supplierPosition() {
    return ScoringModel.builder(CrmCustomer.class)
        .id(POSITION_ID, VERSION)
        .customerId(CrmCustomer::id)
        .criterion("long-term-commitment", CrmCustomer::contractYears,
            Scale.steps(0.0).atLeast(1, 0.3).atLeast(3, 0.6).atLeast(5, 0.85).atLeast(8, 1.0), 35)
            .describedAs("contract years: switching barriers that bind the customer")
        .criterion("cooperation", CrmCustomer::cooperation, Scale.levels(Cooperation.class), 35)
            .describedAs("joint projects, shared forecasts, openness")
        .criterion("share-of-wallet", CrmCustomer::revenue,
            Scale.logarithmic(20_000, 2_000_000), 30)
            .describedAs("proxy: revenue already placed with us, in EUR, logarithmic")
        .tiers(Tiers.from("strong", 60).then("moderate", 40).otherwise("weak"))
        .build();
  }

  /**
   * The key-account matrix of the CRM policy: {@link #attractiveness()} as rows, cut at 60 (the
   * threshold of tier A, so that every key account is a tier-A customer), against
   * {@link #supplierPosition()} as columns, cut at 50, with the cells and treatments of
   * {@link MatrixPresets#keyAccount(ScoringModel, ScoringModel)}. A customer below
   * {@link #MINIMUM_REVENUE} fails the knock-out {@code minimum-revenue}, which caps it at the
   * {@code low} row, whatever its score: it is never a key account nor one to develop.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<CrmCustomer> matrix() {
    return MatrixPresets.keyAccount(attractiveness(), supplierPosition()).toBuilder()
        .id("crm-key-account-matrix", VERSION)
        .rows(attractiveness(), Bands.cutAt(60))
        .build();
  }
}
