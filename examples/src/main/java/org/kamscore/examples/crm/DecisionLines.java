package org.kamscore.examples.crm;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kamscore.json.PlacementRecord;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;

/**
 * Writes the decisions of the CRM example as JSON Lines: one placement record per customer, in
 * input order, with the cell and the decision records of both axes, as a CRM would store them.
 *
 * @since 0.1.0
 */
final class DecisionLines {
  private DecisionLines() {}

  /**
   * Writes one line per placement.
   *
   * @param file the file to write, replaced if it exists
   * @param classification the placements
   * @return the file
   * @throws IOException if the file cannot be written
   */
  static Path write(Path file, Classification<CrmCustomer> classification) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      // README:decision-lines:begin
      for (Placement placement : classification.placements()) {
        out.write(PlacementRecord.of(placement).toJson()); // cell, bands, both decisions
        out.write('\n');
      }
      // README:decision-lines:end
    }
    return file;
  }
}
