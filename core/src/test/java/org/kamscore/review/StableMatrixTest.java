package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

final class StableMatrixTest {
  private static final PortfolioMatrix<Account> MATRIX = Matrices.threeByTwo();

  private static Placement placed(double value, double margin) {
    Placement p = MATRIX.classify(new Account("C-1", value, margin, 1_000, 5));
    assertThat(p.rowScore()).isEqualTo(value); // so that the arithmetic below is exact
    assertThat(p.columnScore()).isEqualTo(margin);
    return p;
  }

  /**
   * Rows cut at 40 and 70, margins 5 and 5: promotion into high at 75, into medium at 45;
   * demotion out of high below 65, out of medium below 35. Columns cut at 50, margins 3 and 3:
   * promotion into high at 53, demotion out of high below 47.
   */
  @Test
  void workedExample_fourCycles_checkedByHand() {
    StableMatrix stable = StableMatrix.builder(MATRIX).rowMargins(5, 5).columnMargins(3, 3)
        .build();

    // 1: value 72 >= 70 -> high; margin 60 >= 50 -> high: key account, no previous cells
    StablePlacement c1 = stable.place(placed(72, 60));
    assertThat(c1.cell().name()).isEqualTo("key account");
    assertThat(c1.row().reason()).isEqualTo(StabilityReason.FIRST_CYCLE);
    assertThat(c1.held()).isFalse();

    // 2: value 67: plain medium (40 <= 67 < 70), but 67 >= 65 keeps high; margin 48: plain
    // low (48 < 50), but 48 >= 47 keeps high; the cell stays key account, plain: observe
    StablePlacement c2 = stable.place(placed(67, 48), c1);
    assertThat(c2.cell().name()).isEqualTo("key account");
    assertThat(c2.plainCell().name()).isEqualTo("observe");
    assertThat(c2.row().reason()).isEqualTo(StabilityReason.DEMOTION_HELD);
    assertThat(c2.column().reason()).isEqualTo(StabilityReason.DEMOTION_HELD);
    assertThat(c2.row().cyclesInBand()).hasValue(2);
    assertThat(c2.held()).isTrue();
    assertThat(c2.row().explain()).isEqualTo("row band high held: score 67 is below row band "
        + "high's threshold 70 but not below its demotion threshold 65 (down margin 5); "
        + "without hysteresis row band medium");

    // 3: value 64 < 65 -> medium (64 >= 35 keeps medium); margin 46 < 47 -> low: observe
    StablePlacement c3 = stable.place(placed(64, 46), c2);
    assertThat(c3.cell().name()).isEqualTo("observe");
    assertThat(c3.row().reason()).isEqualTo(StabilityReason.AS_SCORED);
    assertThat(c3.column().reason()).isEqualTo(StabilityReason.AS_SCORED);
    assertThat(c3.row().cyclesInBand()).hasValue(1);

    // 4: value 73: plain high (>= 70), but 73 < 75 keeps medium; margin 52: plain high
    // (>= 50), but 52 < 53 keeps low: still observe, plain: key account
    StablePlacement c4 = stable.place(placed(73, 52), c3);
    assertThat(c4.cell().name()).isEqualTo("observe");
    assertThat(c4.plainCell().name()).isEqualTo("key account");
    assertThat(c4.row().reason()).isEqualTo(StabilityReason.PROMOTION_HELD);
    assertThat(c4.column().reason()).isEqualTo(StabilityReason.PROMOTION_HELD);
    assertThat(c4.column().explain()).isEqualTo("column band low held: score 52 reaches "
        + "column band high's threshold 50 but not its promotion threshold 53 (up margin 3); "
        + "without hysteresis column band high");
    assertThat(c4.toString()).isEqualTo("StablePlacement[cell=observe, plain=key account, "
        + "row=PROMOTION_HELD, column=PROMOTION_HELD]");
    assertThat(c4.column().toString()).isEqualTo(
        "StableBand[band=low, plain=high, previous=low, reason=PROMOTION_HELD, cycles=2]");
  }

  @Test
  void perBandMargins_andMinimumCycles() {
    StableMatrix stable = StableMatrix.builder(MATRIX).rowMargins(5, 5)
        .rowMargins("medium", 1, 1).columnMargins("high", 0, 10).minimumCycles(2).build();

    // medium: promotion 41, demotion below 39; column high: demotion below 40
    assertThat(stable.place(placed(41, 41), "low", 1, "high", 2).cell().name())
        .isEqualTo("maintain");
    assertThat(stable.place(placed(38, 39), "medium", 2, "high", 2).cell().name())
        .isEqualTo("reduce");
    // one cycle in high on both axes: no move down, however far the scores fall
    StablePlacement young = stable.place(placed(0, 0), "high", 1, "high", 1);
    assertThat(young.cell().name()).isEqualTo("key account");
    assertThat(young.row().reason()).isEqualTo(StabilityReason.MINIMUM_CYCLES);
    assertThat(stable.toString()).isEqualTo("StableMatrix[furniture-matrix 2026.1, row band "
        + "high +5/-5, row band medium +1/-1, column band high +0/-10, minimum 2 cycles]");
    assertThat(stable.minimumCycles()).isEqualTo(2);
    assertThat(stable.matrix()).isSameAs(MATRIX);
  }

  @Test
  void aRowKnockOut_keepsTheCustomerAtOrBelowItsPlacementBand() {
    StableMatrix stable = StableMatrix.builder(MATRIX).rowMargins(5, 5).build();
    // value 67 would be held in high after high (67 >= 65), but revenue 50 fails
    // "minimum-revenue" of the row model: the row band is at most the placement's
    Placement failing = MATRIX.classify(new Account("C-1", 67, 60, 50, 5));

    StablePlacement p = stable.place(failing, "high", 1, "high", 1);

    assertThat(p.row().band()).isEqualTo(failing.rowBand());
    assertThat(p.row().reason()).isEqualTo(StabilityReason.KNOCK_OUT_CAP);
    assertThat(p.row().explain()).isEqualTo("row band " + failing.rowBand().label()
        + ": failed knock-outs [minimum-revenue] cap it, whatever hysteresis would hold");
    assertThat(p.column().band().label()).isEqualTo("high");
  }

  @Test
  void margins_badOrRepeated_areRejected() {
    StableMatrix.Builder builder = StableMatrix.builder(MATRIX).rowMargins(5, 5)
        .columnMargins("high", 1, 2).minimumCycles(2);

    assertThatThrownBy(() -> builder.rowMargins("low", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row band above a cut must be one of [high, medium] but was: 'low'");
    assertThatThrownBy(() -> builder.columnMargins(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("up margin must not be negative but was: -1.0");
    assertThatThrownBy(() -> builder.columnMargins("high", 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("down margin of column band 'high' must be finite but was: NaN");
    assertThatThrownBy(() -> builder.rowMargins(1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row margins were already set to up 5.0, down 5.0");
    assertThatThrownBy(() -> builder.columnMargins("high", 1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("margins of column band 'high' were already set to up 1.0, down 2.0");
    assertThatThrownBy(() -> builder.minimumCycles(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("minimum cycles were already set to 2");
    assertThatThrownBy(() -> StableMatrix.builder(MATRIX).rowMargins(31, 0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("promotion threshold of row band 'high' must be at most 100 but was: 101.0 "
            + "(70.0 + up margin 31.0)");
    assertThatThrownBy(() -> StableMatrix.builder(MATRIX).columnMargins(0, 51).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demotion threshold of column band 'high' must be at least 0 but was: -1.0 "
            + "(50.0 - down margin 51.0)");
    assertThatThrownBy(() -> StableMatrix.builder(MATRIX).rowMargins("medium", 31, 0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("promotion threshold of row band 'medium' must be at most that of row band "
            + "'high', 70.0, but was: 71.0 (40.0 + up margin 31.0)");

    StableMatrix variant = builder.build().toBuilder().rowMargins(0, 0).minimumCycles(1).build();
    assertThat(variant.toString()).isEqualTo("StableMatrix[furniture-matrix 2026.1, row band "
        + "high +0/-0, row band medium +0/-0, column band high +1/-2, minimum 1 cycle]");
  }

  @Test
  void placement_ofAnotherMatrix_isRejected() {
    StableMatrix stable = StableMatrix.builder(MATRIX).build();
    PortfolioMatrix<Account> renamed = other(Matrices.rows());
    PortfolioMatrix<Account> otherModel = other(Matrices.columns());
    Account account = new Account("C-1", 80, 80, 1_000, 5);

    assertThatThrownBy(() -> stable.place(renamed.classify(account)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("placement's cell must be one of matrix 'furniture-matrix' 2026.1's cells "
            + "but was: a (high, high)");
    assertThatThrownBy(() -> stable.place(otherModel.classify(account)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row evaluation's model must be 'attractiveness' 2026.1 with fingerprint "
            + Matrices.rows().fingerprint() + " but was: 'supplier-position' 2026.1 with "
            + "fingerprint " + Matrices.columns().fingerprint());
  }

  /** The same bands as {@link Matrices#threeByTwo()} with other cell names. */
  private static PortfolioMatrix<Account> other(ScoringModel<Account> rows) {
    return PortfolioMatrix.builder(Account.class).id("other", "1")
        .rows(rows, Bands.cutAt(40, 70)).columns(Matrices.columns(), Bands.cutAt(50))
        .cell("high", "high", "a").cell("high", "low", "b").cell("medium", "high", "c")
        .cell("medium", "low", "d").cell("low", "high", "e").cell("low", "low", "f").build();
  }

  @Test
  void previousBands_unknownOrWithBadCycles_areRejected() {
    StableMatrix stable = StableMatrix.builder(MATRIX).minimumCycles(2).build();
    Placement p = placed(60, 60);

    assertThatThrownBy(() -> stable.place(p, "top", 1, "high", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("previous row band must be one of [high, medium, low] but was: 'top'");
    assertThatThrownBy(() -> stable.place(p, "high", 1, "high", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycles in row band 'high' and column band 'high' must be at least 1 but "
            + "were: 1 and 0");
    assertThatThrownBy(() -> stable.place(p, "high", "low"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycles in row band 'high' must be known when the minimum is 2 cycles but "
            + "were: unknown");
    assertThatThrownBy(() -> stable.place(null))
        .isInstanceOf(NullPointerException.class).hasMessage("placement");
    assertThatThrownBy(() -> stable.place(p, null, "low"))
        .isInstanceOf(NullPointerException.class).hasMessage("previousRowBand");
    assertThatThrownBy(() -> stable.place(p, (StablePlacement) null))
        .isInstanceOf(NullPointerException.class).hasMessage("previous");
    assertThatThrownBy(() -> StableMatrix.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("matrix");
  }

  @Test
  void unknownCycles_andValues() {
    StableMatrix stable = StableMatrix.builder(MATRIX).rowMargins(5, 5).build();
    Placement p = placed(67, 60);

    StablePlacement held = stable.place(p, "high", "high");

    assertThat(held.row().cyclesInBand()).isEmpty();
    assertThat(held.row().previousBand().orElseThrow().label()).isEqualTo("high");
    assertThat(held.row().plainBand().label()).isEqualTo("medium");
    assertThat(held.row().score()).isEqualTo(67.0);
    assertThat(held.placement()).isSameAs(p);
    assertThat(held).isEqualTo(stable.place(placed(67, 60), "high", "high"))
        .hasSameHashCodeAs(stable.place(placed(67, 60), "high", "high"))
        .isNotEqualTo(stable.place(p, "high", 1, "high", 1));
    assertThat(stable.place(p).row().previousBand()).isEmpty();
  }
}
