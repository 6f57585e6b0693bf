package org.kamscore.matrix;

/**
 * The cell of every customer of a classification, by position in the matrix's cells: one byte
 * per customer for up to 256 cells, else one {@code int}.
 */
final class CellIndexes {
  private static final int BYTE_CELLS = 256;

  private final byte[] small;
  private final int[] large;

  /** Room for {@code n} customers' cells, in a matrix of {@code cells} cells. */
  CellIndexes(int n, int cells) {
    this.small = cells <= BYTE_CELLS ? new byte[n] : null;
    this.large = small == null ? new int[n] : null;
  }

  /** Sets customer {@code i}'s cell. */
  void set(int i, int cell) {
    if (small != null) {
      small[i] = (byte) cell;
    } else {
      large[i] = cell;
    }
  }

  /** Returns customer {@code i}'s cell. */
  int get(int i) {
    return small != null ? small[i] & 0xFF : large[i];
  }
}
