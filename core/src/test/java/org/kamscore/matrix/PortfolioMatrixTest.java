package org.kamscore.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.matrix.Fixtures.ATTRACTIVENESS;
import static org.kamscore.matrix.Fixtures.POSITION;
import static org.kamscore.matrix.Fixtures.keyAccountMatrix;
import static org.kamscore.matrix.Fixtures.twoByTwo;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringException;
import org.kamscore.matrix.Fixtures.Account;
import org.kamscore.matrix.Fixtures.Customer;

final class PortfolioMatrixTest {

  @Test
  void build_withoutId_isRejected() {
    PortfolioMatrix.Builder<Customer> builder = PortfolioMatrix.builder(Customer.class)
        .rows(ATTRACTIVENESS, Bands.cutAt(50))
        .columns(POSITION, Bands.cutAt(50));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("matrix id must be set with id(id, version) but was: null");
  }

  @Test
  void id_blank_isRejected() {
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class).id(" ", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrix id must not be blank but was: ' '");
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class).id("m", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrix version must not be blank but was: ''");
  }

  @Test
  void build_withoutAxes_isRejected() {
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class).id("m", "1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows must be set with rows(model, bands) but was: null");
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class).id("m", "1")
            .rows(ATTRACTIVENESS, Bands.cutAt(50)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("columns must be set with columns(model, bands) but was: null");
  }

  @Test
  void cell_beforeAxes_isRejected() {
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class).cell("high", "high", "k"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows and columns must be set before cell(...) but rows were: null");
    assertThatThrownBy(() -> PortfolioMatrix.builder(Customer.class)
            .rows(ATTRACTIVENESS, Bands.cutAt(50)).cell("high", "high", "k"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows and columns must be set before cell(...) but columns were: null");
  }

  @Test
  void cell_unknownBand_isRejected() {
    assertThatThrownBy(() -> twoByTwo().cell("medium", "high", "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row band must be one of [low, high] but was: 'medium'");
    assertThatThrownBy(() -> twoByTwo().cell("high", "HIGH", "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column band must be one of [low, high] but was: 'HIGH'");
  }

  @Test
  void cell_blankNameOrTreatment_isRejected() {
    assertThatThrownBy(() -> twoByTwo().cell("high", "high", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell name must not be blank but was: ''");
    assertThatThrownBy(() -> twoByTwo().cell("high", "high", "key account", "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell treatment must not be blank but was: '\t'");
    assertThatThrownBy(() -> twoByTwo().cell("high", "high", "key account", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cell treatment");
  }

  @Test
  void cell_declaredTwice_isRejected() {
    PortfolioMatrix.Builder<Customer> builder = twoByTwo().cell("high", "high", "key account");
    assertThatThrownBy(() -> builder.cell("high", "high", "star"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cell (high, high) must be declared once but was already named: "
            + "'key account'");
  }

  @Test
  void build_withUnnamedCells_namesEveryOne() {
    PortfolioMatrix.Builder<Customer> builder = twoByTwo().cell("high", "high", "key account");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every cell (row band, column band) must have a name but these had none: "
            + "(low, low), (low, high), (high, low)");
  }

  @Test
  void build_afterBandsChanged_rejectsCellsOnLostBands() {
    PortfolioMatrix.Builder<Customer> builder = keyAccountMatrix().toBuilder()
        .rows(ATTRACTIVENESS, Bands.cutAt(50).labelled("weak", "strong"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cell 'key account' must lie on row bands [weak, strong] and column bands "
            + "[low, high] but was at: (high, high)");
  }

  @Test
  void toBuilder_derivesAVariantAndLeavesTheMatrixUnchanged() {
    PortfolioMatrix<Customer> matrix = keyAccountMatrix();
    PortfolioMatrix<Customer> variant = matrix.toBuilder().id("key-account-matrix", "2026.2")
        .columns(POSITION, Bands.cutAt(60)).build();
    Customer customer = new Customer("x", 70, 55);
    assertThat(matrix.classify(customer).cell().name()).isEqualTo("key account");
    assertThat(variant.classify(customer).cell().name()).isEqualTo("develop");
    assertThat(variant.version()).isEqualTo("2026.2");
    assertThat(matrix.version()).isEqualTo("2026.1");
  }

  @Test
  void classify_placesTheCustomerWithBothEvaluations() {
    Placement placement = keyAccountMatrix().classify(new Customer("x", 80, 20));
    assertThat(placement.cell().name()).isEqualTo("develop");
    assertThat(placement.cell().treatment()).isEmpty();
    assertThat(placement.rowBand().label()).isEqualTo("high");
    assertThat(placement.columnBand().label()).isEqualTo("low");
    assertThat(placement.rowScore()).isEqualTo(80.0);
    assertThat(placement.columnScore()).isEqualTo(20.0);
    assertThat(placement.rowEvaluation().modelId()).isEqualTo("attractiveness");
    assertThat(placement.columnEvaluation().modelId()).isEqualTo("position");
    assertThat(placement.columnEvaluation().reasons()).hasSize(1);
  }

  @Test
  void classify_scoreAtTheCut_landsInTheUpperBand() {
    Placement placement = keyAccountMatrix().classify(new Customer("x", 50, 50));
    assertThat(placement.cell().name()).isEqualTo("key account");
    assertThat(placement.cell().treatment()).contains("dedicated key-account manager");
    assertThat(keyAccountMatrix().classify(new Customer("y", 0, 100)).cell().name())
        .isEqualTo("maintain");
    assertThat(keyAccountMatrix().classify(new Customer("z", 100, 0)).cell().name())
        .isEqualTo("develop");
  }

  @Test
  void classify_unscorableCustomer_throwsTheCoresException() {
    assertThatThrownBy(() -> keyAccountMatrix().classify(new Customer("x", 50, Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("criterion 'position' of model 'position' 2026.1 must have a value for "
            + "customer 'x' but was: NaN (missing-value policy: reject)");
    assertThatThrownBy(() -> keyAccountMatrix().classify(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }

  @Test
  void cells_areRowMajorFromTheLowestBands() {
    PortfolioMatrix<Customer> matrix = keyAccountMatrix();
    assertThat(matrix.cells()).extracting(Cell::toString).containsExactly(
        "reduce (low, low)", "maintain (low, high)", "develop (high, low)",
        "key account (high, high)");
    assertThat(matrix.cell("low", "high").name()).isEqualTo("maintain");
    assertThatThrownBy(() -> matrix.cell("low", "medium"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band label must be one of [low, high] but was: 'medium'");
  }

  @Test
  void settingGivenTwice_isRejected_namingTheEarlierValue() {
    assertThatThrownBy(() -> twoByTwo().id("other", "2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("matrix id was already set to 'key-account-matrix 2026.1'");
    assertThatThrownBy(() -> twoByTwo().rows(POSITION, Bands.cutAt(40)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows were already set to 'attractiveness 2026.1 (low < 50.0 <= high)'");
    assertThatThrownBy(() -> twoByTwo().columns(ATTRACTIVENESS, Bands.cutAt(40)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("columns were already set to 'position 2026.1 (low < 50.0 <= high)'");
    PortfolioMatrix.Builder<Customer> ordered =
        twoByTwo().memberOrder(Comparator.comparing(Customer::id));
    assertThatThrownBy(() -> ordered.memberOrder(Comparator.comparing(Customer::id)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("member order was already set");
  }

  @Test
  void toBuilder_mayChangeEachInheritedSettingOnce() {
    PortfolioMatrix.Builder<Customer> variant = keyAccountMatrix().toBuilder()
        .id("variant", "2").rows(POSITION, Bands.cutAt(50)).columns(ATTRACTIVENESS,
            Bands.cutAt(50)).memberOrder(Comparator.comparing(Customer::id));

    assertThat(variant.build().rows().model()).isSameAs(POSITION);
    assertThatThrownBy(() -> variant.id("variant", "3"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("matrix id was already set to 'variant 2'");
    assertThatThrownBy(() -> variant.rows(ATTRACTIVENESS, Bands.cutAt(50)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows were already set to 'position 2026.1 (low < 50.0 <= high)'");
  }

  @Test
  void axes_areValuesWithTheirCaps_andPrintThem() {
    PortfolioMatrix<Account> matrix = Fixtures.accountMatrix();

    assertThat(matrix.rows()).isEqualTo(Fixtures.accountMatrix().rows())
        .hasSameHashCodeAs(Fixtures.accountMatrix().rows())
        .isNotEqualTo(matrix.columns())
        .isNotEqualTo(matrix.toBuilder().knockOutCapsRowAt("minimum-revenue", "high").build()
            .rows());
    assertThat(matrix.rows()).hasToString("attractiveness 2026.1 (low < 50.0 <= high; "
        + "knock-out caps: minimum-revenue -> low, maximum-discount -> low)");
    assertThat(keyAccountMatrix().rows().caps()).isEmpty();
    assertThatThrownBy(() -> matrix.rows().caps().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void placement_isAValue_whoseToStringNamesNoCustomer() {
    PortfolioMatrix<Account> matrix = Fixtures.accountMatrix();
    Account secret = new Account("Secret Möbel GmbH", 90, 60, 100_000, 0.1);

    Placement placement = matrix.classify(secret);

    assertThat(placement).isEqualTo(matrix.classify(secret))
        .hasSameHashCodeAs(matrix.classify(secret))
        .isNotEqualTo(matrix.classify(new Account("Secret Möbel GmbH", 90, 60, 900_000, 0.1)));
    assertThat(placement).hasToString("Placement[maintain (low, high), row score 90.00 capped "
        + "from high by [minimum-revenue], column score 60.00]");
    assertThat(keyAccountMatrix().classify(new Customer("x", 80, 20)))
        .hasToString("Placement[develop (high, low), row score 80.00, column score 20.00]");
  }

  @Test
  void toString_summarizesTheMatrix() {
    assertThat(keyAccountMatrix()).hasToString("PortfolioMatrix[key-account-matrix 2026.1, "
        + "2x2, rows attractiveness 2026.1 (low < 50.0 <= high), "
        + "columns position 2026.1 (low < 50.0 <= high)]");
  }
}
