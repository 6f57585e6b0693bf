package org.kamscore.examples.golden;

import java.util.List;
import org.kamscore.MissingValue;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.examples.crm.CrmCustomer;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The policy the golden results were computed with. It uses every kind of scale in both
 * directions, knock-outs with caps and a nine-box matrix, so that a change in any of them
 * moves bits. Changing it changes the golden file: regenerate it and say why in CHANGELOG.
 */
final class GoldenPolicy {
  private GoldenPolicy() {}

  static ScoringModel<CrmCustomer> attractiveness() {
    return ScoringModel.builder(CrmCustomer.class)
        .id("golden-attractiveness", "1")
        .customerId(CrmCustomer::id)
        .criterion("revenue", CrmCustomer::revenue, Scale.logarithmic(30_000, 8_000_000), 27.5)
        .criterion("margin", CrmCustomer::contributionMargin, Scale.linear(0.02, 0.45), 19.3)
        .criterion("growth", CrmCustomer::growthRating,
            Scale.points(1, 0.0).then(2, 0.15).then(4, 0.7).then(5, 1.0), 13.1)
        .criterion("relevance", CrmCustomer::strategicRelevance,
            Scale.level(Relevance.NONE, 0.0).then(Relevance.REGIONAL, 1.0 / 3)
                .then(Relevance.LIGHTHOUSE, 1.0), 11.7)
        .criterion("market-power", CrmCustomer::marketShare,
            Scale.steps(0.0).atLeast(0.02, 0.25).atLeast(0.08, 0.6).atLeast(0.2, 1.0), 7.9)
        .criterion("discount", CrmCustomer::discountDemanded,
            Scale.steps(1.0).atLeast(0.05, 0.8).atLeast(0.15, 0.35).atLeast(0.3, 0.0), 6.1)
        .criterion("discount-pressure", CrmCustomer::discountDemanded,
            Scale.logarithmic(0.4, 0.01), 3.3)
            .ifMissing(MissingValue.worst())
        .criterion("industry", CrmCustomer::industry,
            Scale.levels(List.of(Industry.values())).reversed(), 2.9)
        .criterion("cooperative", c -> c.cooperation() == Cooperation.HIGH, Scale.yesNo(), 4.2)
        .knockOutBelow("minimum-revenue", CrmCustomer::revenue, 200_000)
        .knockOutAbove("maximum-discount", CrmCustomer::discountDemanded, 0.3).cappedAt("B")
        .tiers(Tiers.from("A", 62.5).then("B", 47.25).then("C", 30).otherwise("D"))
        .build();
  }

  static ScoringModel<CrmCustomer> position() {
    return ScoringModel.builder(CrmCustomer.class)
        .id("golden-position", "1")
        .customerId(CrmCustomer::id)
        .criterion("years", CrmCustomer::contractYears, Scale.linear(0, 7), 3)
        .criterion("cooperation", CrmCustomer::cooperation, Scale.levels(Cooperation.class), 2)
        .criterion("wallet", CrmCustomer::revenue, Scale.logarithmic(10_000, 3_000_000), 2.5)
        .tiers(Tiers.from("strong", 66).then("fair", 33).otherwise("weak"))
        .build();
  }

  static PortfolioMatrix<CrmCustomer> matrix() {
    return MatrixPresets.nineBox(attractiveness(), position()).toBuilder()
        .knockOutCapsRowAt("maximum-discount", "medium") // minimum-revenue caps at low
        .build();
  }
}
