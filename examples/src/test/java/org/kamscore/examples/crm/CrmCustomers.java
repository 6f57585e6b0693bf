package org.kamscore.examples.crm;

import java.util.SplittableRandom;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/** Generated CRM customers for the policy's properties: a plain function of random numbers. */
final class CrmCustomers {
  private CrmCustomers() {}

  // README:testing-generator:begin
  /** A CRM customer over, and a little beyond, the domains the CSV reader accepts. */
  static CrmCustomer random(SplittableRandom random) {
    double revenue = random.nextInt(5) == 0
        ? random.nextDouble(1_000_000) : StrictMath.pow(10, random.nextDouble(8));
    return new CrmCustomer("G-" + random.nextInt(10_000), "generated",
        pick(random, Industry.values()), revenue, random.nextDouble(-0.2, 0.8),
        random.nextInt(1, 6), pick(random, Relevance.values()), random.nextDouble(),
        random.nextInt(16), pick(random, Cooperation.values()), random.nextDouble(0.6));
  }
  // README:testing-generator:end

  private static <E> E pick(SplittableRandom random, E[] values) {
    return values[random.nextInt(values.length)];
  }
}
