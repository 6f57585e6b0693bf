package org.kamscore.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kamscore.Execution;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.PortfolioMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nightly batch: all {@value Workload#CUSTOMERS} customers scored on both axes with their
 * knock-outs, placed in the key-account 2×2 and listed per cell, best first, on the calling
 * thread and on all cores. One operation is the whole batch. The setup checks every customer's
 * placement, evaluated again through {@code placements()}, against the hand-written cells and
 * tiers. {@link RetainedMemory} measures what a classification keeps, {@link BatchThreadTimes}
 * how the parallel batch splits between threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BatchBenchmark {
  private List<Customer> customers;
  private PortfolioMatrix<Customer> matrix;

  /** Draws the customers, builds the matrix and checks its placements. */
  @Setup(Level.Trial)
  public void setUp() {
    customers = List.of(Workload.customers(Workload.CUSTOMERS, Workload.SEED));
    matrix = Workload.matrix();
    Equivalence.checkCells(customers, matrix.classifyAll(customers, Execution.PARALLEL));
  }

  /**
   * The baseline: the same batch by hand on the calling thread, scores, tiers and cell counts
   * without explanations and without member lists.
   *
   * @return the number of customers per cell and tier
   */
  @Benchmark
  public int[] handWrittenSequential() {
    int[] counts = new int[7];
    for (Customer c : customers) {
      double row = HandWritten.score(c);
      double column = HandWritten.positionScore(c);
      counts[(HandWritten.attractive(c, row) ? 2 : 0) + (column >= HandWritten.BAND_CUT ? 1 : 0)]++;
      counts[4 + HandWritten.tier(c, row).charAt(0) - 'A']++;
    }
    return counts;
  }

  /**
   * The batch on the calling thread.
   *
   * @return the classification
   */
  @Benchmark
  public Classification<Customer> classifyAllSequential() {
    return matrix.classifyAll(customers, Execution.SEQUENTIAL);
  }

  /**
   * The batch on all cores.
   *
   * @return the classification
   */
  @Benchmark
  public Classification<Customer> classifyAllParallel() {
    return matrix.classifyAll(customers, Execution.PARALLEL);
  }
}
