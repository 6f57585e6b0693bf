package org.kamscore;

/**
 * A customer for the unit tests. Its {@code toString()} stands for personal data: no message
 * or explanation may ever contain it.
 */
record Account(
    String id,
    double revenue,
    double margin,
    double discount,
    Grade grade,
    double years,
    boolean reference) {

  /** What {@link #toString()} returns; must never appear in a message. */
  static final String SECRET = "SECRET-PERSONAL-DATA";

  /** An ordinal attribute, worst first. */
  enum Grade { LOW, MEDIUM, HIGH }

  /** A customer that passes every knock-out of the fixtures, with grade MEDIUM. */
  static Account of(double revenue, double margin, double discount) {
    return new Account("C-1", revenue, margin, discount, Grade.MEDIUM, 5.0, true);
  }

  Account withId(String newId) {
    return new Account(newId, revenue, margin, discount, grade, years, reference);
  }

  Account withGrade(Grade newGrade) {
    return new Account(id, revenue, margin, discount, newGrade, years, reference);
  }

  Account withYears(double newYears) {
    return new Account(id, revenue, margin, discount, grade, newYears, reference);
  }

  Account withReference(boolean newReference) {
    return new Account(id, revenue, margin, discount, grade, years, newReference);
  }

  @Override
  public String toString() {
    return SECRET;
  }
}
