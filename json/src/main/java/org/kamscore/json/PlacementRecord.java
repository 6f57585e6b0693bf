package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.kamscore.matrix.Placement;

/**
 * A {@link Placement} as a decision record: the cell of a portfolio matrix a customer landed
 * in, its bands, the bands its scores alone reach and the knock-outs that held it below them,
 * and the decision records of both axes, which replay one by one.
 *
 * @param customerId the customer's declared id, from the row evaluation or else the column
 *     evaluation, or empty if neither model declares one
 * @param cell the cell's name
 * @param treatment the cell's recommended treatment, or empty
 * @param rowBand the label of the row band
 * @param columnBand the label of the column band
 * @param rowScoreBand the label of the row band the row score alone reaches, before knock-outs
 *     cap it
 * @param columnScoreBand the label of the column band the column score alone reaches
 * @param rowCappedBy the failed knock-outs of the row model that held the customer below the
 *     row score band, in declaration order; empty if none did
 * @param columnCappedBy the failed knock-outs of the column model that held the customer below
 *     the column score band, in declaration order; empty if none did
 * @param row the decision on the row axis
 * @param column the decision on the column axis
 * @since 0.1.0
 */
public record PlacementRecord(Optional<String> customerId, String cell,
    Optional<String> treatment, String rowBand, String columnBand, String rowScoreBand,
    String columnScoreBand, List<String> rowCappedBy, List<String> columnCappedBy,
    DecisionRecord row, DecisionRecord column) {

  /**
   * Checks the record and copies its lists.
   *
   * @param customerId the customer's declared id, from the row evaluation or else the column
   *     evaluation, or empty if neither model declares one
   * @param cell the cell's name
   * @param treatment the cell's recommended treatment, or empty
   * @param rowBand the label of the row band
   * @param columnBand the label of the column band
   * @param rowScoreBand the label of the row band the row score alone reaches, before
   *     knock-outs cap it
   * @param columnScoreBand the label of the column band the column score alone reaches
   * @param rowCappedBy the failed knock-outs of the row model that held the customer below the
   *     row score band, in declaration order; empty if none did
   * @param columnCappedBy the failed knock-outs of the column model that held the customer
   *     below the column score band, in declaration order; empty if none did
   * @param row the decision on the row axis
   * @param column the decision on the column axis
   * @throws IllegalArgumentException if the cell's name or a band label is blank, a list of
   *     capping knock-outs is not drawn in order from the failed knock-outs of its axis's
   *     decision, or a score band is the band although knock-outs capped the axis, or another
   *     band although none did
   */
  public PlacementRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(cell, "cell");
    requireNonNull(treatment, "treatment");
    requireNonNull(rowBand, "rowBand");
    requireNonNull(columnBand, "columnBand");
    requireNonNull(rowScoreBand, "rowScoreBand");
    requireNonNull(columnScoreBand, "columnScoreBand");
    rowCappedBy = List.copyOf(rowCappedBy);
    columnCappedBy = List.copyOf(columnCappedBy);
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    Checks.requireArgument(!cell.isBlank(), "cell must not be blank but was: '%s'", cell);
    Checks.requireArgument(!rowBand.isBlank(), "row band must not be blank but was: '%s'",
        rowBand);
    Checks.requireArgument(!columnBand.isBlank(),
        "column band must not be blank but was: '%s'", columnBand);
    checkAxis("row", rowBand, rowScoreBand, rowCappedBy, row);
    checkAxis("column", columnBand, columnScoreBand, columnCappedBy, column);
  }

  private static void checkAxis(String axis, String band, String scoreBand,
      List<String> cappedBy, DecisionRecord decision) {
    Checks.requireArgument(!scoreBand.isBlank(), "%s score band must not be blank but was: '%s'",
        axis, scoreBand);
    List<String> failed = decision.failedKnockOuts();
    int next = 0;
    for (String knockOut : cappedBy) {
      while (next < failed.size() && !failed.get(next).equals(knockOut)) {
        next++;
      }
      Checks.requireArgument(next < failed.size(), "%s capped-by knock-outs must be failed "
          + "knock-outs of the %s decision %s, in that order, but were: %s", axis, axis, failed,
          cappedBy);
      next++;
    }
    if (cappedBy.isEmpty()) {
      Checks.requireArgument(scoreBand.equals(band), "%s score band must be the %s band '%s' "
          + "unless knock-outs capped it but was: '%s'", axis, axis, band, scoreBand);
    } else {
      Checks.requireArgument(!scoreBand.equals(band), "%s score band must lie above the %s "
          + "band '%s', which knock-outs %s capped it at, but was: '%s'", axis, axis, band,
          cappedBy, scoreBand);
    }
  }

  /**
   * Returns the record of a placement.
   *
   * @param placement the placement
   * @return its record
   */
  public static PlacementRecord of(Placement placement) {
    requireNonNull(placement, "placement");
    DecisionRecord row = DecisionRecord.of(placement.rowEvaluation());
    DecisionRecord column = DecisionRecord.of(placement.columnEvaluation());
    return new PlacementRecord(row.customerId().or(column::customerId),
        placement.cell().name(), placement.cell().treatment(), placement.rowBand().label(),
        placement.columnBand().label(), placement.rowScoreBand().label(),
        placement.columnScoreBand().label(), placement.rowCappedBy(),
        placement.columnCappedBy(), row, column);
  }

  /**
   * Tells whether a knock-out held the customer below the band of its score on either axis, as
   * {@link Placement#isCapped()} does.
   *
   * @return {@code true} if {@link #rowCappedBy()} or {@link #columnCappedBy()} is non-empty
   */
  public boolean isCapped() {
    return !rowCappedBy.isEmpty() || !columnCappedBy.isEmpty();
  }

  /**
   * Returns the record as one line of JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Documents.writeLine(g -> RecordJson.placement(g, this));
  }

  /**
   * Reads a record from JSON that {@link #toJson()} or {@link KamscoreModule} wrote.
   *
   * @param json the JSON text
   * @return the record
   * @throws PolicyDocumentException if the text is not such a record, naming where and why
   */
  public static PlacementRecord fromJson(String json) {
    requireNonNull(json, "json");
    return RecordJson.placement(Cursor.root(Documents.parseRecord(json)));
  }
}
