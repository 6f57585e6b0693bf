package org.kamscore.portfolio;

/**
 * A customer whose {@code toString()} is personal data: no {@code toString()} and no message
 * of the library may contain {@link #MARKER}; they name the declared key instead.
 */
record Confidential(String id, double revenue) {
  static final String MARKER = "PERSONAL-DATA Erika Mustermann";

  @Override
  public String toString() {
    return MARKER;
  }
}
