package org.kamscore.review;

/**
 * A test customer: {@code value} and {@code margin} are scored, {@code revenue} and
 * {@code rating} are knock-out values.
 */
record Account(String id, double value, double margin, double revenue, double rating) {

  /** An account that passes every knock-out of {@link Models}. */
  static Account passing(String id, double value) {
    return new Account(id, value, 0.0, 1_000.0, 5.0);
  }
}
