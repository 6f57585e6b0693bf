package org.kamscore.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamscore.Execution;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * How the work of a parallel {@code classifyAll} of the workload's {@value Workload#CUSTOMERS}
 * customers splits between threads, in CPU time per thread: on a machine shared with other
 * builds the wall-clock speedup of {@code PARALLEL} shows how much CPU the other builds left,
 * while the CPU time of the busiest thread is the time the batch takes on two free cores. Not
 * a timing of its own; run it with
 *
 * <pre>
 * java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.kamscore.benchmarks.BatchThreadTimes
 * </pre>
 *
 * <p>Prints, after 10 warm-up rounds, 20 rounds of: the sequential batch's CPU time, the
 * parallel batch's CPU time per thread, and the ratio of the first to the busiest thread's.
 * Work stealing gives more of the batch to whichever thread the machine lets run, so on a
 * loaded machine the split, and the ratio, vary from round to round.
 */
public final class BatchThreadTimes {
  private static final long MILLISECOND = 1_000_000;

  private BatchThreadTimes() {}

  /**
   * Runs the rounds and prints them.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    List<Customer> customers = List.of(Workload.customers(Workload.CUSTOMERS, Workload.SEED));
    PortfolioMatrix<Customer> matrix = Workload.matrix();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < 30; round++) {
      Map<String, Long> sequential = cpuPerThread(threads,
          () -> matrix.classifyAll(customers, Execution.SEQUENTIAL));
      Map<String, Long> parallel = cpuPerThread(threads,
          () -> matrix.classifyAll(customers, Execution.PARALLEL));
      long sequentialTotal = sequential.values().stream().mapToLong(Long::longValue).sum();
      long busiest = parallel.values().stream().mapToLong(Long::longValue).max().orElse(1);
      if (round >= 10) {
        double ratio = sequentialTotal / (double) busiest;
        ratios.add(ratio);
        System.out.printf(Locale.ROOT,
            "sequential %s ms CPU; parallel %s ms CPU; sequential / busiest thread %.2f%n",
            sequential, parallel, ratio);
      }
    }
    ratios.sort(null);
    System.out.printf(Locale.ROOT, "median sequential / busiest thread %.2f (min %.2f, max %.2f)%n",
        ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
  }

  /** The CPU time in milliseconds each thread spent while {@code work} ran, over 5 ms. */
  private static Map<String, Long> cpuPerThread(ThreadMXBean threads, Runnable work) {
    Map<Long, Long> before = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      before.put(id, threads.getThreadCpuTime(id));
    }
    work.run();
    Map<String, Long> spent = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long time = threads.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
      if (time > 5 * MILLISECOND) {
        var info = threads.getThreadInfo(id);
        spent.put(info == null ? "thread " + id : info.getThreadName(), time / MILLISECOND);
      }
    }
    return spent;
  }
}
