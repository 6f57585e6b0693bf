package org.kamscore.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer for the decision tests. Its {@code toString()} stands for personal data: no
 * message or text may ever contain it.
 */
record Account(String id, double revenue, double margin, double years, boolean joint,
    double discount, boolean reference, Grade grade) {

  /** What {@link #toString()} returns; must never appear in a message. */
  static final String SECRET = "SECRET-PERSONAL-DATA";

  /** An ordinal attribute, worst first. */
  enum Grade { LOW, MEDIUM, HIGH }

  static Account of(String id, double revenue, double margin, double years, boolean joint,
      double discount) {
    return new Account(id, revenue, margin, years, joint, discount, true, Grade.MEDIUM);
  }

  /** Accounts {@code C-1}, {@code C-2}, ... with revenue and margin as given, pairwise. */
  static List<Account> pairs(double... revenueAndMargin) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i + 1 < revenueAndMargin.length; i += 2) {
      accounts.add(of("C-" + (i / 2 + 1), revenueAndMargin[i], revenueAndMargin[i + 1], 0,
          false, 0));
    }
    return accounts;
  }

  Account withReference(boolean value) {
    return new Account(id, revenue, margin, years, joint, discount, value, grade);
  }

  Account withGrade(Grade value) {
    return new Account(id, revenue, margin, years, joint, discount, reference, value);
  }

  @Override
  public String toString() {
    return SECRET;
  }
}
