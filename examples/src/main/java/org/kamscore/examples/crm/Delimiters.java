package org.kamscore.examples.crm;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Detects the delimiter of a CSV file from its header: Commons CSV splits the header with each
 * candidate of {@link ExportFormat#DELIMITERS}, and the one that yields the most of the
 * expected column names wins, then the one that yields the most columns, then the first.
 */
final class Delimiters {
  private Delimiters() {}

  static char detect(String text, List<String> expected) {
    char best = ExportFormat.DELIMITERS.charAt(0);
    long bestKnown = -1;
    long bestColumns = -1;
    for (char candidate : ExportFormat.DELIMITERS.toCharArray()) {
      List<String> header = header(text, candidate);
      Set<String> known = new HashSet<>(header); // counted only, never iterated
      known.retainAll(expected);
      if (known.size() > bestKnown || known.size() == bestKnown && header.size() > bestColumns) {
        best = candidate;
        bestKnown = known.size();
        bestColumns = header.size();
      }
    }
    return best;
  }

  /** The header's values split at {@code delimiter}, or none if it cannot be split so. */
  private static List<String> header(String text, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(true)
        .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : List.of();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }
}
