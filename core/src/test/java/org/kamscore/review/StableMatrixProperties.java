package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.review.Theories.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.matrix.Band;
import org.kamscore.matrix.Placement;
import org.kamscore.review.MatrixSetups.AxisSetup;
import org.kamscore.review.MatrixSetups.Setup;
import org.quicktheories.core.Gen;

final class StableMatrixProperties {

  /** A customer: value and margin 0..100, revenue and rating passing or failing. */
  private static Gen<Account> accounts() {
    return doubles().between(0.0, 100.0).zip(doubles().between(0.0, 100.0), booleans().all(),
        booleans().all(), (value, margin, lowRevenue, lowRating) -> new Account("C-1", value,
            margin, lowRevenue ? 50.0 : 150.0, lowRating ? 1.0 : 5.0));
  }

  /** Previous band indexes (modulo each axis's size) and the cycles spent in each. */
  record Previous(int row, int rowCycles, int column, int columnCycles) {}

  private static Gen<Previous> previous() {
    Gen<Integer> index = integers().between(0, 3);
    Gen<Integer> cycles = integers().between(1, 4);
    return index.zip(cycles, index, cycles, Previous::new);
  }

  private static String label(Setup setup, boolean rows, int index) {
    return (rows ? setup.matrix().rows() : setup.matrix().columns()).bands().all()
        .get(index).label();
  }

  private static StablePlacement place(Setup setup, Placement p, Previous previous) {
    return setup.stable().place(p,
        label(setup, true, previous.row() % setup.rows().bands()), previous.rowCycles(),
        label(setup, false, previous.column() % setup.columns().bands()),
        previous.columnCycles());
  }

  @Test
  void withoutPreviousBands_theCellIsThePlacementsCell() {
    qt().forAll(MatrixSetups.setups(), accounts()).checkAssert((setup, account) -> {
      Placement p = setup.matrix().classify(account);

      StablePlacement s = setup.stable().place(p);

      assertThat(s.cell()).isEqualTo(p.cell());
      assertThat(s.row().reason()).isEqualTo(StabilityReason.FIRST_CYCLE);
      assertThat(s.column().reason()).isEqualTo(StabilityReason.FIRST_CYCLE);
    });
  }

  @Test
  void zeroMargins_andOneCycle_giveThePlacementsCell_afterEveryPreviousCell() {
    qt().forAll(MatrixSetups.setups(), accounts(), previous()).checkAssert(
        (setup, account, previous) -> {
          StableMatrix plain = StableMatrix.builder(setup.matrix()).build();
          Placement p = setup.matrix().classify(account);

          StablePlacement s = plain.place(p,
              label(setup, true, previous.row() % setup.rows().bands()), previous.rowCycles(),
              label(setup, false, previous.column() % setup.columns().bands()),
              previous.columnCycles());

          assertThat(s.cell()).isEqualTo(p.cell());
          assertThat(s.held()).isFalse();
        });
  }

  /** Both scores stay in the margins of one cut of their axis: the cell never changes. */
  @Test
  void scoresOscillatingInsideTheMargins_neverChangeTheCell() {
    Gen<List<Double>> fractions = lists().of(doubles().between(0.0, 0.999)).ofSizeBetween(4, 24);
    qt().forAll(MatrixSetups.setups(), integers().between(0, 3), booleans().all(), fractions)
        .assuming((setup, cut, above, f) -> inside(setup, cut, f))
        .checkAssert((setup, cut, above, f) -> {
          int rowCut = cut % setup.rows().cuts().size();
          int columnCut = cut % setup.columns().cuts().size();
          String row = label(setup, true, above ? rowCut + 1 : rowCut);
          String column = label(setup, false, above ? columnCut : columnCut + 1);
          StablePlacement s = setup.stable().place(placement(setup, cut, f, 0), row, 1, column,
              1);
          String cell = s.cell().name();
          for (int k = 2; k + 1 < f.size(); k += 2) {
            s = setup.stable().place(placement(setup, cut, f, k), s);
            assertThat(s.cell().name()).isEqualTo(cell);
            assertThat(s.row().band().label()).isEqualTo(row);
            assertThat(s.column().band().label()).isEqualTo(column);
          }
        });
  }

  private static Placement placement(Setup setup, int cut, List<Double> f, int k) {
    AxisSetup rows = setup.rows();
    AxisSetup columns = setup.columns();
    int r = cut % rows.cuts().size();
    int c = cut % columns.cuts().size();
    double value = rows.demotion(r) + f.get(k) * (rows.promotion(r) - rows.demotion(r));
    double margin = columns.demotion(c) + f.get(k + 1)
        * (columns.promotion(c) - columns.demotion(c));
    return setup.matrix().classify(new Account("C-1", value, margin, 1_000, 5));
  }

  private static boolean inside(Setup setup, int cut, List<Double> f) {
    int r = cut % setup.rows().cuts().size();
    int c = cut % setup.columns().cuts().size();
    for (int k = 0; k + 1 < f.size(); k += 2) {
      Placement p = placement(setup, cut, f, k);
      if (!(p.rowScore() >= setup.rows().demotion(r) && p.rowScore() < setup.rows().promotion(r)
          && p.columnScore() >= setup.columns().demotion(c)
          && p.columnScore() < setup.columns().promotion(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The documented rule on each axis, restated in band indexes: climb while the score reaches
   * the promotion threshold of the cut above; if it did not climb, descend while the score is
   * below the demotion threshold of the cut below; undo a descent made before the minimum
   * cycles; never above the placement's band after a failed knock-out of the axis's model.
   */
  @Test
  void eachBand_followsTheDocumentedRule_stepByStep() {
    qt().forAll(MatrixSetups.setups(), accounts(), previous()).checkAssert(
        (setup, account, previous) -> {
          Placement p = setup.matrix().classify(account);

          StablePlacement s = place(setup, p, previous);

          assertThat(s.row().band().index()).isEqualTo(expected(setup.rows(), p.rowScore(),
              previous.row() % setup.rows().bands(), previous.rowCycles(),
              setup.minimumCycles(), account.revenue() < Models.MINIMUM_REVENUE,
              p.rowBand()));
          assertThat(s.column().band().index()).isEqualTo(expected(setup.columns(),
              p.columnScore(), previous.column() % setup.columns().bands(),
              previous.columnCycles(), setup.minimumCycles(),
              account.rating() < Models.MINIMUM_RATING, p.columnBand()));
          assertThat(s.cell()).isEqualTo(setup.matrix().cell(s.row().band().label(),
              s.column().band().label()));
          assertThat(s.plainCell()).isEqualTo(p.cell());
        });
  }

  private static int expected(AxisSetup axis, double score, int previous, int cycles,
      int minimumCycles, boolean knockedOut, Band placed) {
    int index = previous;
    while (index < axis.bands() - 1 && score >= axis.promotion(index)) {
      index++;
    }
    if (index == previous) {
      while (index > 0 && score < axis.demotion(index - 1)) {
        index--;
      }
    }
    if (index < previous && cycles < minimumCycles) {
      index = previous;
    }
    return knockedOut ? Math.min(index, placed.index()) : index;
  }

  @Test
  void forFixedPreviousBands_eachBandIsMonotoneInItsScore() {
    qt().forAll(MatrixSetups.setups(), accounts(), accounts(), previous()).checkAssert(
        (setup, a, b, previous) -> {
          Account low = new Account("C-1", Math.min(a.value(), b.value()),
              Math.min(a.margin(), b.margin()), a.revenue(), a.rating());
          Account high = new Account("C-1", Math.max(a.value(), b.value()),
              Math.max(a.margin(), b.margin()), a.revenue(), a.rating());

          StablePlacement lower = place(setup, setup.matrix().classify(low), previous);
          StablePlacement higher = place(setup, setup.matrix().classify(high), previous);

          assertThat(higher.row().band().index())
              .isGreaterThanOrEqualTo(lower.row().band().index());
          assertThat(higher.column().band().index())
              .isGreaterThanOrEqualTo(lower.column().band().index());
        });
  }

  @Test
  void aFailedKnockOut_neverYieldsABandAboveThePlacements_hysteresisOrNot() {
    qt().forAll(MatrixSetups.setups(), accounts(), previous()).checkAssert(
        (setup, account, previous) -> {
          Placement p = setup.matrix().classify(account);

          StablePlacement s = place(setup, p, previous);

          if (account.revenue() < Models.MINIMUM_REVENUE) {
            assertThat(s.row().band().index()).isLessThanOrEqualTo(p.rowBand().index());
          }
          if (account.rating() < Models.MINIMUM_RATING) {
            assertThat(s.column().band().index()).isLessThanOrEqualTo(p.columnBand().index());
          }
        });
  }
}
