package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Classification;

/**
 * The summary of a {@link Classification}: which matrix and models classified how many
 * customers, and how many landed in each cell. The placements themselves are
 * {@link PlacementRecord}s.
 *
 * @param matrixId the matrix's id
 * @param matrixVersion the matrix's version
 * @param rows the model of the row axis
 * @param columns the model of the column axis
 * @param size the number of customers classified
 * @param cells every cell with its count, in the matrix's order: lowest row band first and,
 *     within a row, lowest column band first
 * @since 0.1.0
 */
public record ClassificationRecord(String matrixId, String matrixVersion, ModelReference rows,
    ModelReference columns, int size, List<CellCount> cells) {

  /**
   * Checks the summary and copies its cells.
   *
   * @param matrixId the matrix's id
   * @param matrixVersion the matrix's version
   * @param rows the model of the row axis
   * @param columns the model of the column axis
   * @param size the number of customers classified
   * @param cells every cell with its count, in the matrix's order: lowest row band first and,
   *     within a row, lowest column band first
   * @throws IllegalArgumentException if the matrix id or version is blank, or the counts do
   *     not add up to the size
   */
  public ClassificationRecord {
    requireNonNull(matrixId, "matrixId");
    requireNonNull(matrixVersion, "matrixVersion");
    requireNonNull(rows, "rows");
    requireNonNull(columns, "columns");
    cells = List.copyOf(cells);
    Checks.requireArgument(!matrixId.isBlank() && !matrixVersion.isBlank(),
        "matrix id and version must not be blank but were: '%s', '%s'", matrixId,
        matrixVersion);
    long total = 0;
    for (CellCount cell : cells) {
      total += cell.count();
    }
    Checks.requireArgument(total == size,
        "size must be the sum of the cells' counts, %d, but was: %d", total, size);
  }

  /**
   * Returns the summary of a classification.
   *
   * @param classification the classification
   * @return its summary
   */
  public static ClassificationRecord of(Classification<?> classification) {
    requireNonNull(classification, "classification");
    List<CellCount> cells = new ArrayList<>();
    for (Cell cell : classification.matrix().cells()) {
      cells.add(new CellCount(cell.rowBand().label(), cell.columnBand().label(), cell.name(),
          cell.treatment(), classification.count(cell)));
    }
    return new ClassificationRecord(classification.matrix().id(),
        classification.matrix().version(),
        ModelReference.of(classification.matrix().rows().model()),
        ModelReference.of(classification.matrix().columns().model()),
        classification.size(), cells);
  }

  /**
   * Returns the summary as one line of JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Documents.writeLine(g -> RecordJson.classification(g, this));
  }

  /**
   * Reads a summary from JSON that {@link #toJson()} or {@link KamscoreModule} wrote.
   *
   * @param json the JSON text
   * @return the summary
   * @throws PolicyDocumentException if the text is not such a summary, naming where and why
   */
  public static ClassificationRecord fromJson(String json) {
    requireNonNull(json, "json");
    return RecordJson.classification(Cursor.root(Documents.parseRecord(json)));
  }
}
