package org.kamscore.spark;

/**
 * A generated customer of the tests, with boxed fields so that any of them can be missing.
 * {@link Accounts} turns accounts into Spark rows, one column per component.
 */
record Account(String id, Double revenue, Double margin, Integer growth, String segment,
    Long rating, Boolean reference, Double discount, Integer contractYears, String cooperation,
    Double shareOfWallet) {

  static double number(Number value) {
    return value == null ? Double.NaN : value.doubleValue();
  }

  @Override
  public String toString() {
    return "Account[" + id + "]";
  }
}
