package org.kamscore.examples.crm;

import java.io.IOException;
import java.util.Optional;

/**
 * Detects how a file writes decimal numbers from the values of its decimal columns: a value
 * that reads as a number with a decimal point but not with a decimal comma (such as
 * {@code 0.246} or {@code 1,234.5}) is a witness for the point, and the other way round (such as
 * {@code 0,246} or {@code 1.234,5}) for the comma. Values that read in both ({@code 1.234},
 * {@code 42}) or in neither witness nothing. Witnesses for both stop reading.
 */
final class DecimalDetection {
  private Witness point;
  private Witness comma;

  /** A value that decides the style, where it was found. */
  private record Witness(long line, String column, String value) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column + ": '" + ExportFormat.visible(value) + "'";
    }
  }

  void see(long line, String column, String value) {
    boolean asPoint = NumberStyle.POINT.plain(value) != null;
    boolean asComma = NumberStyle.COMMA.plain(value) != null;
    if (asPoint && !asComma && point == null) {
      point = new Witness(line, column, value);
    } else if (asComma && !asPoint && comma == null) {
      comma = new Witness(line, column, value);
    }
  }

  /**
   * The style the witnesses decide, or empty if none did.
   *
   * @throws IOException if there are witnesses for both
   */
  Optional<NumberStyle> style() throws IOException {
    if (point != null && comma != null) {
      boolean pointFirst = point.line() <= comma.line();
      throw new IOException("decimal separator of the portfolio CSV must be the same in every "
          + "row but was both: " + (pointFirst
              ? "'.' (" + point + ") and ',' (" + comma + ")"
              : "',' (" + comma + ") and '.' (" + point + ")")
          + "; declare it (--decimal=point or --decimal=comma), and the other rows are reported"
          + " as bad rows");
    }
    if (point != null) {
      return Optional.of(NumberStyle.POINT);
    }
    return comma == null ? Optional.empty() : Optional.of(NumberStyle.COMMA);
  }
}
