package org.kamscore.benchmarks;

import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import org.kamscore.Execution;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Measures the heap a classification of the workload's {@value Workload#CUSTOMERS} customers
 * keeps alive: used heap after a full collection with the classification live, minus the same
 * before it, divided by the number of customers. Not a timing; run it with
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.kamscore.benchmarks.RetainedMemory
 * </pre>
 */
public final class RetainedMemory {
  private RetainedMemory() {}

  /**
   * Prints the bytes retained per customer, sequentially and in parallel, three times each.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    List<Customer> customers = List.of(Workload.customers(Workload.CUSTOMERS, Workload.SEED));
    PortfolioMatrix<Customer> matrix = Workload.matrix();
    matrix.classifyAll(customers.subList(0, 10_000)); // loads and links the classes first
    for (int round = 0; round < 3; round++) {
      for (Execution execution : List.of(Execution.SEQUENTIAL, Execution.PARALLEL)) {
        long before = usedAfterCollection();
        Classification<Customer> classification = matrix.classifyAll(customers, execution);
        long after = usedAfterCollection();
        System.out.printf(Locale.ROOT, "%-10s retained %.1f B per customer%n", execution,
            (after - before) / (double) customers.size());
        Reference.reachabilityFence(classification);
      }
    }
  }

  private static long usedAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
