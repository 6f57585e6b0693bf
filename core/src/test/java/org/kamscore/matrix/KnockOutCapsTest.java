package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.matrix.Fixtures.ACCOUNT_ATTRACTIVENESS;
import static org.kamscore.matrix.Fixtures.ACCOUNT_POSITION;
import static org.kamscore.matrix.Fixtures.accountMatrix;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Fixtures.Account;

/** Knock-outs cap matrix bands as they cap tiers: "not every big customer is a key account". */
final class KnockOutCapsTest {
  /** Below 250,000 of revenue: fails minimum-revenue. */
  private static final double SMALL = 100_000;
  private static final double LARGE = 1_000_000;

  /** A 3×2 matrix over the accounts, thirds on the rows, with the caps a test declares. */
  private static PortfolioMatrix.Builder<Account> threeByTwo() {
    return PortfolioMatrix.builder(Account.class)
        .id("caps", "1")
        .rows(ACCOUNT_ATTRACTIVENESS, Bands.cutAt(33, 67))
        .columns(ACCOUNT_POSITION, Bands.cutAt(50))
        .cell("high", "high", "key account").cell("high", "low", "develop")
        .cell("medium", "high", "maintain").cell("medium", "low", "observe")
        .cell("low", "high", "serve").cell("low", "low", "reduce");
  }

  @Test
  void knockedOutTierC_customer_isNoLongerAKeyAccount() {
    // GIVEN a customer that scores high on both axes but fails minimum-revenue: tier C
    Account big = new Account("big", 90, 90, SMALL, 0.1);
    Evaluation attractiveness = ACCOUNT_ATTRACTIVENESS.evaluate(big);
    assertThat(attractiveness.tier().label()).isEqualTo("C");
    assertThat(attractiveness.failedKnockOuts()).containsExactly("minimum-revenue");

    // WHEN it is placed in the key-account matrix
    Placement placement = accountMatrix().classify(big);

    // THEN the knock-out holds it at the lowest attractiveness band, out of "key account"
    assertThat(placement.cell().name()).isEqualTo("maintain");
    assertThat(placement.rowBand().label()).isEqualTo("low");
    assertThat(placement.rowScoreBand().label()).isEqualTo("high");
    assertThat(placement.rowCappedBy()).containsExactly("minimum-revenue");
    assertThat(placement.columnBand().label()).isEqualTo("high");
    assertThat(placement.columnScoreBand().label()).isEqualTo("high");
    assertThat(placement.columnCappedBy()).isEmpty();
    assertThat(placement.isCapped()).isTrue();
    assertThat(placement.rowScore()).isEqualTo(90.0);
  }

  @Test
  void knockedOutTierC_customer_isNoLongerToDevelop() {
    Placement placement = accountMatrix().classify(new Account("weak", 90, 20, SMALL, 0.1));

    assertThat(placement.cell().name()).isEqualTo("reduce");
    assertThat(placement.rowCappedBy()).containsExactly("minimum-revenue");
  }

  @Test
  void customerPassingEveryKnockOut_isPlacedByItsScores() {
    Placement placement = accountMatrix().classify(new Account("ok", 90, 90, LARGE, 0.1));

    assertThat(placement.cell().name()).isEqualTo("key account");
    assertThat(placement.rowBand()).isEqualTo(placement.rowScoreBand());
    assertThat(placement.rowCappedBy()).isEmpty();
    assertThat(placement.columnCappedBy()).isEmpty();
    assertThat(placement.isCapped()).isFalse();
  }

  @Test
  void failedKnockOut_atOrBelowItsCapAlready_capsNothing() {
    // a low score fails minimum-revenue too, but the cap lies not below its band
    Placement placement = accountMatrix().classify(new Account("low", 20, 90, SMALL, 0.1));

    assertThat(placement.cell().name()).isEqualTo("maintain");
    assertThat(placement.rowEvaluation().failedKnockOuts()).containsExactly("minimum-revenue");
    assertThat(placement.rowCappedBy()).isEmpty();
    assertThat(placement.isCapped()).isFalse();
  }

  @Test
  void declaredCap_holdsTheCustomerAtThatBand_andUndeclaredCapsAtTheLowest() {
    PortfolioMatrix<Account> matrix = threeByTwo()
        .knockOutCapsRowAt("maximum-discount", "medium")
        .build();

    Placement discount = matrix.classify(new Account("d", 90, 90, LARGE, 0.4));
    Placement both = matrix.classify(new Account("b", 90, 90, SMALL, 0.4));
    Placement medium = matrix.classify(new Account("m", 50, 90, LARGE, 0.4));

    assertThat(discount.cell().name()).isEqualTo("maintain");
    assertThat(discount.rowCappedBy()).containsExactly("maximum-discount");
    assertThat(both.cell().name()).isEqualTo("serve");
    assertThat(both.rowCappedBy()).containsExactly("minimum-revenue", "maximum-discount");
    assertThat(medium.cell().name()).isEqualTo("maintain");
    assertThat(medium.rowCappedBy()).isEmpty();
    assertThat(matrix.rows().caps()).containsExactly(
        Map.entry("minimum-revenue", matrix.rows().bands().band("low")),
        Map.entry("maximum-discount", matrix.rows().bands().band("medium")));
  }

  @Test
  void columnKnockOut_capsTheColumnBand_andACapAtTheTopBandCapsNothing() {
    Account tiny = new Account("tiny", 90, 90, 20_000, 0.1);

    Placement placement = accountMatrix().classify(tiny);
    Placement uncapped = threeByTwo().knockOutCapsColumnAt("minimum-volume", "high").build()
        .classify(tiny);

    assertThat(placement.cell().name()).isEqualTo("reduce");
    assertThat(placement.rowCappedBy()).containsExactly("minimum-revenue");
    assertThat(placement.columnCappedBy()).containsExactly("minimum-volume");
    assertThat(placement.columnScoreBand().label()).isEqualTo("high");
    assertThat(uncapped.cell().name()).isEqualTo("serve");
    assertThat(uncapped.columnEvaluation().failedKnockOuts()).containsExactly("minimum-volume");
    assertThat(uncapped.columnCappedBy()).isEmpty();
  }

  @Test
  void cap_unknownKnockOut_isRejectedAtBuild() {
    PortfolioMatrix.Builder<Account> builder =
        threeByTwo().knockOutCapsRowAt("minimum-margin", "medium");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row knock-out must be one of [minimum-revenue, maximum-discount] of model "
            + "'attractiveness' but was: 'minimum-margin'");
    assertThatThrownBy(threeByTwo().knockOutCapsColumnAt("minimum-revenue", "low")::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column knock-out must be one of [minimum-volume] of model 'position' "
            + "but was: 'minimum-revenue'");
  }

  @Test
  void cap_unknownBand_isRejectedAtBuild() {
    PortfolioMatrix.Builder<Account> builder =
        threeByTwo().knockOutCapsRowAt("minimum-revenue", "top");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row cap of knock-out 'minimum-revenue' must be one of the row bands "
            + "[low, medium, high] but was: 'top'");
    assertThatThrownBy(threeByTwo().knockOutCapsColumnAt("minimum-volume", "medium")::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column cap of knock-out 'minimum-volume' must be one of the column "
            + "bands [low, high] but was: 'medium'");
  }

  @Test
  void cap_blankOrNull_isRejectedWhereGiven() {
    assertThatThrownBy(() -> threeByTwo().knockOutCapsRowAt(" ", "low"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knock-out name must not be blank but was: ' '");
    assertThatThrownBy(() -> threeByTwo().knockOutCapsColumnAt("minimum-volume", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cap band must not be blank but was: ''");
    assertThatThrownBy(() -> threeByTwo().knockOutCapsRowAt(null, "low"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("knock-out name");
    assertThatThrownBy(() -> threeByTwo().knockOutCapsRowAt("minimum-revenue", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cap band");
  }

  @Test
  void cap_givenTwice_isRejected_namingTheEarlierBand() {
    PortfolioMatrix.Builder<Account> builder =
        threeByTwo().knockOutCapsRowAt("minimum-revenue", "medium");

    assertThatThrownBy(() -> builder.knockOutCapsRowAt("minimum-revenue", "low"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row cap of knock-out 'minimum-revenue' was already set to 'medium'");
    // the same knock-out name may be capped on the other axis
    builder.knockOutCapsColumnAt("minimum-revenue", "low");
  }

  @Test
  void toBuilder_mayChangeAnInheritedCapOnce() {
    PortfolioMatrix<Account> matrix =
        threeByTwo().knockOutCapsRowAt("minimum-revenue", "medium").build();
    Account big = new Account("big", 90, 90, SMALL, 0.1);

    PortfolioMatrix.Builder<Account> variant =
        matrix.toBuilder().knockOutCapsRowAt("minimum-revenue", "low");

    assertThat(matrix.classify(big).rowBand().label()).isEqualTo("medium");
    assertThat(variant.build().classify(big).rowBand().label()).isEqualTo("low");
    assertThat(matrix.toBuilder().build().classify(big).rowBand().label()).isEqualTo("medium");
    assertThatThrownBy(() -> variant.knockOutCapsRowAt("minimum-revenue", "high"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row cap of knock-out 'minimum-revenue' was already set to 'low'");
  }

  @Test
  void toBuilder_withAModelLackingACappedKnockOut_isRejectedAtBuild() {
    ScoringModel<Account> plain = ScoringModel.builder(Account.class)
        .id("plain", "1")
        .criterion("attractiveness", Account::attractiveness, Scale.linear(0, 100), 1)
        .tiers(Tiers.from("A", 50).otherwise("B"))
        .build();
    PortfolioMatrix.Builder<Account> variant = threeByTwo()
        .knockOutCapsRowAt("maximum-discount", "medium").build()
        .toBuilder().rows(plain, Bands.cutAt(33, 67));

    assertThatThrownBy(variant::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row knock-out must be one of [] of model 'plain' but was: "
            + "'maximum-discount'");
  }

  @Test
  void classifyAll_placesLikeClassify_withTheSameCaps() {
    List<Account> accounts = List.of(new Account("a", 90, 90, SMALL, 0.1),
        new Account("b", 90, 90, LARGE, 0.1), new Account("c", 60, 5, SMALL, 0.5));
    PortfolioMatrix<Account> matrix = accountMatrix();

    Classification<Account> all = matrix.classifyAll(accounts);

    for (int i = 0; i < accounts.size(); i++) {
      assertThat(all.placements().get(i)).isEqualTo(matrix.classify(accounts.get(i)));
    }
    assertThat(all.members("high", "high")).extracting(Account::id).containsExactly("b");
    assertThat(all.members("low", "high")).extracting(Account::id).containsExactly("a");
    assertThat(all.members("low", "low")).extracting(Account::id).containsExactly("c");
  }

}
