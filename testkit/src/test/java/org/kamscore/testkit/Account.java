package org.kamscore.testkit;

import java.util.SplittableRandom;

/** A key-account candidate of the testkit's own tests, with a "wither" per attribute. */
record Account(String id, double revenue, double margin, double discount, int years,
    Relation relation) {

  /** How close the customer is to the supplier, worst first. */
  enum Relation { NEW, REGULAR, PARTNER }

  /** Draws an account from the given random numbers only. */
  static Account random(SplittableRandom random) {
    return new Account("G-" + random.nextInt(1000),
        StrictMath.pow(10, 3 + 4.7 * random.nextDouble()),
        -0.1 + 0.7 * random.nextDouble(),
        0.5 * random.nextDouble(),
        random.nextInt(16),
        Relation.values()[random.nextInt(3)]);
  }

  Account withRevenue(double revenue) {
    return new Account(id, revenue, margin, discount, years, relation);
  }

  Account withMargin(double margin) {
    return new Account(id, revenue, margin, discount, years, relation);
  }

  Account withDiscount(double discount) {
    return new Account(id, revenue, margin, discount, years, relation);
  }

  Account withYears(int years) {
    return new Account(id, revenue, margin, discount, years, relation);
  }

  Account withRelation(Relation relation) {
    return new Account(id, revenue, margin, discount, years, relation);
  }

  Account withId(String id) {
    return new Account(id, revenue, margin, discount, years, relation);
  }
}
