package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;

/** One row per customer: id, scores, tiers, extra columns, then every criterion's points. */
final class ResultsCsvTest {
  private static final ScoringModel<CrmCustomer> ATTRACTIVENESS = CrmPolicy.attractiveness();
  private static final ScoringModel<CrmCustomer> POSITION = CrmPolicy.supplierPosition();
  private static final List<ScoredCustomer> SCORED =
      ScoredCustomer.rank(ATTRACTIVENESS, POSITION, PortfolioGenerator.generate(5, 3));

  @Test
  void header_hasTheCriteriaInDeclarationOrder_afterTheExtraColumns() {
    ResultsCsv writer = ResultsCsv.of(ATTRACTIVENESS, POSITION).withColumn("cell", s -> "?");

    assertThat(writer.header()).containsExactly("id", "attractiveness_score",
        "attractiveness_tier", "failed_knock_outs", "position_score", "position_tier", "cell",
        "revenue", "contribution-margin", "growth-potential", "strategic-relevance",
        "market-power", "discount-demanded", "long-term-commitment", "cooperation",
        "share-of-wallet");
  }

  @Test
  void rows_holdScoresTiersAndPoints_withTwoDecimals() throws IOException {
    StringBuilder csv = new StringBuilder();

    ResultsCsv.of(ATTRACTIVENESS, POSITION)
        .withColumn("cell", s -> s.position().tier().label() + "/" + s.rank())
        .write(SCORED, csv);

    String[] lines = csv.toString().split("\n", -1);
    assertThat(lines).hasSize(SCORED.size() + 2); // header, rows, empty after the last \n
    ScoredCustomer first = SCORED.get(0);
    String[] cells = lines[1].split(",", -1);
    assertThat(cells[0]).isEqualTo(first.customer().id());
    assertThat(cells[1]).isEqualTo(Decimals.fixed(first.attractiveness().score(), 2));
    assertThat(cells[2]).isEqualTo(first.attractiveness().tier().label());
    assertThat(cells[6]).isEqualTo(first.position().tier().label() + "/1");
    assertThat(cells[7])
        .isEqualTo(Decimals.fixed(first.attractiveness().contribution("revenue").points(), 2));
    assertThat(cells).hasSize(writerHeaderSize());
  }

  private static int writerHeaderSize() {
    return ResultsCsv.of(ATTRACTIVENESS, POSITION).withColumn("cell", s -> "").header().size();
  }

  @Test
  void columnNamedLikeACriterion_isRejected() {
    assertThatThrownBy(() -> ResultsCsv.of(ATTRACTIVENESS, POSITION).withColumn("revenue",
        s -> ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column name must be unique but was repeated: 'revenue'");
  }

  @Test
  void evaluationOfAnotherModel_isRejected() {
    ResultsCsv swapped = ResultsCsv.of(POSITION, ATTRACTIVENESS);

    assertThatThrownBy(() -> swapped.write(SCORED, new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation of customer '" + SCORED.get(0).customer().id() + "' must come "
            + "from model crm-supplier-position 2026.1 but was from: "
            + "crm-customer-attractiveness 2026.1");
  }
}
