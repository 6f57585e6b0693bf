package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.kamscore.matrix.Placement;

/**
 * A {@link Placement} as a decision record: the cell of a portfolio matrix a customer landed
 * in, its bands, and the decision records of both axes, which replay one by one.
 *
 * @param customerId the customer's declared id, from the row evaluation or else the column
 *     evaluation, or empty if neither model declares one
 * @param cell the cell's name
 * @param treatment the cell's recommended treatment, or empty
 * @param rowBand the label of the row band
 * @param columnBand the label of the column band
 * @param row the decision on the row axis
 * @param column the decision on the column axis
 * @since 0.1.0
 */
public record PlacementRecord(Optional<String> customerId, String cell,
    Optional<String> treatment, String rowBand, String columnBand, DecisionRecord row,
    DecisionRecord column) {

  /**
   * Checks the record.
   *
   * @param customerId the customer's declared id, from the row evaluation or else the column
   *     evaluation, or empty if neither model declares one
   * @param cell the cell's name
   * @param treatment the cell's recommended treatment, or empty
   * @param rowBand the label of the row band
   * @param columnBand the label of the column band
   * @param row the decision on the row axis
   * @param column the decision on the column axis
   * @throws IllegalArgumentException if the cell's name or a band label is blank
   */
  public PlacementRecord {
    requireNonNull(customerId, "customerId");
    requireNonNull(cell, "cell");
    requireNonNull(treatment, "treatment");
    requireNonNull(rowBand, "rowBand");
    requireNonNull(columnBand, "columnBand");
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    Checks.requireArgument(!cell.isBlank(), "cell must not be blank but was: '%s'", cell);
    Checks.requireArgument(!rowBand.isBlank(), "row band must not be blank but was: '%s'",
        rowBand);
    Checks.requireArgument(!columnBand.isBlank(),
        "column band must not be blank but was: '%s'", columnBand);
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
        placement.columnBand().label(), row, column);
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
