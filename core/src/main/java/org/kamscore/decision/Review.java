package org.kamscore.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.portfolio.TierMigration;

/** The review a {@link PolicyImpact.Builder} declares: both versions over one portfolio. */
final class Review<T> {
  private final ScoringModel<T> from;
  private final ScoringModel<T> to;
  private final PortfolioMatrix<T> fromMatrix;
  private final PortfolioMatrix<T> toMatrix;
  private final String keyAccountCell;

  Review(ScoringModel<T> from, ScoringModel<T> to, PortfolioMatrix<T> fromMatrix,
      PortfolioMatrix<T> toMatrix, String keyAccountCell) {
    this.from = from;
    this.to = to;
    this.fromMatrix = fromMatrix;
    this.toMatrix = toMatrix;
    this.keyAccountCell = keyAccountCell;
  }

  /** Evaluates and places every customer under both versions, and compares. */
  PolicyImpact<T> of(Collection<? extends T> customers, Function<? super T, String> key) {
    Keyed<T> keyed = Keyed.of(customers, key);
    Checks.requireState(keyAccountCell == null || fromMatrix != null,
        "key-account cell '%s' needs matrices(from, to) but they were: null", keyAccountCell);
    if (keyAccountCell != null) {
      requireCell(fromMatrix, keyAccountCell);
      requireCell(toMatrix, keyAccountCell);
    }
    List<T> list = keyed.customers();
    List<Evaluation> before = from.evaluateAll(list);
    List<Evaluation> after = to.evaluateAll(list);
    List<Placement> placedBefore = fromMatrix == null ? null
        : fromMatrix.classifyAll(list).placements();
    List<Placement> placedAfter = toMatrix == null ? null
        : toMatrix.classifyAll(list).placements();
    List<CustomerImpact<T>> changes = new ArrayList<>();
    List<String> gained = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (int c = 0; c < keyed.size(); c++) {
      Evaluation b = before.get(c);
      Evaluation a = after.get(c);
      String cellBefore = placedBefore == null ? null : placedBefore.get(c).cell().name();
      String cellAfter = placedAfter == null ? null : placedAfter.get(c).cell().name();
      boolean wasKey = keyAccountCell == null ? b.tier().rank() == 0
          : keyAccountCell.equals(cellBefore);
      boolean isKey = keyAccountCell == null ? a.tier().rank() == 0
          : keyAccountCell.equals(cellAfter);
      if (isKey && !wasKey) {
        gained.add(keyed.key(c));
      } else if (wasKey && !isKey) {
        lost.add(keyed.key(c));
      }
      boolean tierChanged = !b.tier().label().equals(a.tier().label());
      boolean cellChanged = cellBefore != null && !cellBefore.equals(cellAfter);
      if (tierChanged || cellChanged) {
        List<ReasonChange> reasons = new ArrayList<>(Reasons.between(to.id(), b, a));
        if (placedBefore != null) {
          Placement pb = placedBefore.get(c);
          Placement pa = placedAfter.get(c);
          if (fromMatrix.rows().model() != from || toMatrix.rows().model() != to) {
            reasons.addAll(Reasons.between(toMatrix.rows().model().id(),
                pb.rowEvaluation(), pa.rowEvaluation()));
          }
          if (fromMatrix.columns().model() != from || toMatrix.columns().model() != to) {
            reasons.addAll(Reasons.between(toMatrix.columns().model().id(),
                pb.columnEvaluation(), pa.columnEvaluation()));
          }
        }
        changes.add(new CustomerImpact<>(keyed.key(c), list.get(c), to.id(), b.tier(), a.tier(),
            b.score(), a.score(), cellBefore, cellAfter, reasons,
            Reasons.missingFrom(a.failedKnockOuts(), b.failedKnockOuts()),
            Reasons.missingFrom(b.failedKnockOuts(), a.failedKnockOuts())));
      }
    }
    changes.sort(Comparator.comparing(CustomerImpact::key));
    gained.sort(Comparator.naturalOrder());
    lost.sort(Comparator.naturalOrder());
    CellMigration cells = placedBefore == null ? null
        : CellMigration.of(fromMatrix, toMatrix, placedBefore, placedAfter);
    String keyAccounts = keyAccountCell != null ? "cell " + keyAccountCell
        : top(from).equals(top(to)) ? "tier " + top(from)
        : "tier " + top(from) + ", then tier " + top(to);
    return new PolicyImpact<>(from, to, fromMatrix, toMatrix, keyAccountCell, keyAccounts,
        TierMigration.of(list, from, to, key), cells, changes, gained, lost);
  }

  private static String top(ScoringModel<?> model) {
    return model.tiers().all().get(0).label();
  }

  private static void requireCell(PortfolioMatrix<?> matrix, String name) {
    List<String> names = CellMigration.names(matrix);
    Checks.requireArgument(names.contains(name),
        "key-account cell must be one of the cells %s of matrix '%s' but was: '%s'", names,
        matrix.id(), name);
  }
}
