package org.kamscore.portfolio;

import java.util.ArrayList;
import java.util.List;

/** A customer for the tests: a CRM key and a revenue. */
record Account(String id, double revenue) {

  /** Accounts {@code C-1}, {@code C-2}, ... with the given revenues, in that order. */
  static List<Account> numbered(double... revenues) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < revenues.length; i++) {
      accounts.add(new Account("C-" + (i + 1), revenues[i]));
    }
    return accounts;
  }

  /** Accounts {@code C-1}, {@code C-2}, ... with the given revenues, in that order. */
  static List<Account> numbered(List<Double> revenues) {
    return numbered(revenues.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
