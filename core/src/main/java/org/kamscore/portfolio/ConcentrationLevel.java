package org.kamscore.portfolio;

/**
 * The verdict of a {@link Concentration} on its Herfindahl–Hirschman index, least concentrated
 * first. The verdict is decided on the exact index, not on the rounded {@link Concentration#hhi()}.
 *
 * @since 0.1.0
 */
public enum ConcentrationLevel {
  /** The index is below the moderate band (0.10 by default). */
  DIVERSIFIED,
  /** The index is in the moderate band, both ends included (0.10 to 0.25 by default). */
  MODERATE,
  /** The index is above the moderate band (0.25 by default). */
  CONCENTRATED
}
