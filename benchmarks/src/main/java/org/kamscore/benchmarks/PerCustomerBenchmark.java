package org.kamscore.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kamscore.ScoringModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per customer of each contestant on the attractiveness scorecard. Every invocation
 * scores the next {@value #BATCH} of the customers, so one operation is one customer, and the
 * results are consumed so none can be optimized away. The customers are either
 * {@value #CACHED} (one batch, resident in the CPU's caches: the time of the code alone) or
 * {@value Workload#CUSTOMERS} (walked through main memory, as a nightly job does).
 *
 * <p>kamscore scores through a loop compiled for each model ({@code score}, {@code evaluate});
 * the {@code ...Interpreted} benchmarks run the same model in forks that turn compilation off
 * with {@value #INTERPRETED}, to compare the two loops in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(PerCustomerBenchmark.BATCH)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PerCustomerBenchmark {
  /** Customers per invocation. */
  static final int BATCH = 1_000;
  /** The cache-resident working set: one batch. */
  static final int CACHED = BATCH;
  /** The JVM option that makes kamscore score through its interpreted loop. */
  static final String INTERPRETED = "-Dkamscore.compiledScoring=false";

  /** How many customers the benchmark walks through. */
  @Param({"1000", "1000000"})
  public int workingSet;

  private Customer[] customers;
  private ScoringModel<Customer> model;
  private EasyRulesScorecard rules;

  /** Where each thread's next batch starts. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int advance(int size) {
      int from = next;
      next = from + BATCH >= size ? 0 : from + BATCH;
      return from;
    }
  }

  /** Draws the customers, builds the contestants and checks that they agree. */
  @Setup(Level.Trial)
  public void setUp() {
    customers = Workload.customers(workingSet, Workload.SEED);
    model = Workload.attractiveness();
    rules = new EasyRulesScorecard();
    Equivalence.checkScores(customers, model, rules);
  }

  /**
   * The speed limit: plain arithmetic, by hand.
   *
   * @param cursor the batch to score
   * @return the sum of the scores
   */
  @Benchmark
  public double handWritten(Cursor cursor) {
    int from = cursor.advance(customers.length);
    double sum = 0.0;
    for (int i = from; i < from + BATCH; i++) {
      sum += HandWritten.score(customers[i]);
    }
    return sum;
  }

  /**
   * kamscore's fast path.
   *
   * @param cursor the batch to score
   * @return the sum of the scores
   */
  @Benchmark
  public double kamscoreScore(Cursor cursor) {
    int from = cursor.advance(customers.length);
    double sum = 0.0;
    for (int i = from; i < from + BATCH; i++) {
      sum += model.score(customers[i]);
    }
    return sum;
  }

  /**
   * kamscore's fast path through the interpreted loop.
   *
   * @param cursor the batch to score
   * @return the sum of the scores
   */
  @Benchmark
  @Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", INTERPRETED})
  public double kamscoreScoreInterpreted(Cursor cursor) {
    return kamscoreScore(cursor);
  }

  /**
   * kamscore's fast path after other models have been scored in the same JVM: with one other
   * model (two hot models, as for the two axes of a matrix) each extractor call site has seen
   * two lambdas; with four, several — the worst case, as in a service with many policies.
   *
   * @param cursor the batch to score
   * @param others the other models, scored before the trial
   * @return the sum of the scores
   */
  @Benchmark
  public double kamscoreScoreAmongOtherModels(Cursor cursor, OtherModels others) {
    return kamscoreScore(cursor) + others.sum;
  }

  /**
   * kamscore's fast path through the interpreted loop, after other models have been scored.
   *
   * @param cursor the batch to score
   * @param others the other models, scored before the trial
   * @return the sum of the scores
   */
  @Benchmark
  @Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", INTERPRETED})
  public double kamscoreScoreAmongOtherModelsInterpreted(Cursor cursor, OtherModels others) {
    return kamscoreScore(cursor) + others.sum;
  }

  /** Scores 200,000 customers with some of {@link Workload#otherModels()} before the trial. */
  @State(Scope.Benchmark)
  public static class OtherModels {
    /** How many other models are scored before the trial. */
    @Param({"1", "4"})
    public int models;

    private double sum;

    /** Scores with the other models, so that their lambdas reach every call site's profile. */
    @Setup(Level.Trial)
    public void scoreWithOtherModels() {
      Customer[] some = Workload.customers(200_000, Workload.SEED + 1);
      List<ScoringModel<Customer>> hot = Workload.otherModels().subList(0, models);
      for (int round = 0; round < 3; round++) {
        for (ScoringModel<Customer> other : hot) {
          for (Customer customer : some) {
            sum += other.score(customer);
          }
        }
      }
      sum = sum > 0 ? 0.0 : 1.0; // keeps the loop alive; adds nothing to the result
    }
  }

  /**
   * Control: the hand-written loop after the other models have been scored in the same JVM.
   * It shares no code with them but the JDK's: on JDK 25, {@code StrictMath.log} is Java code
   * compiled on its own, whose branch profile the other models' logarithmic scales change too.
   * The ratio of kamscore among other models to this shows kamscore's own share.
   *
   * @param cursor the batch to score
   * @param others the other models, scored before the trial
   * @return the sum of the scores
   */
  @Benchmark
  public double handWrittenAmongOtherModels(Cursor cursor, OtherModels others) {
    return handWritten(cursor) + others.sum;
  }

  /**
   * Control: what {@code evaluate()} allocates per customer, and nothing else — an object laid
   * out as an {@code Evaluation} and an array of one raw value per criterion (the same bytes per
   * operation, which {@code -prof gc} shows), filled and consumed. Its time is the part of
   * {@code evaluate()}'s that is allocation, on this machine, in this run.
   *
   * @param cursor the batch to walk through
   * @param blackhole consumes the objects
   */
  @Benchmark
  public void evaluationAllocationAlone(Cursor cursor, Blackhole blackhole) {
    int from = cursor.advance(customers.length);
    int criteria = model.criteria().size();
    for (int i = from; i < from + BATCH; i++) {
      double[] values = new double[criteria];
      values[0] = customers[i].revenue();
      blackhole.consume(new EvaluationSized(model, values[0], values));
    }
  }

  /** An object of the fields of an {@code Evaluation}, so of its size. */
  private static final class EvaluationSized {
    final Object model;
    final double score;
    final Object failedKnockOuts = null;
    final Object customerId = null;
    final double[] values;
    Object contributions;

    EvaluationSized(Object model, double score, double[] values) {
      this.model = model;
      this.score = score;
      this.values = values;
    }
  }

  /**
   * kamscore with the full explanation: tier, contributions, reasons, knock-outs.
   *
   * @param cursor the batch to evaluate
   * @param blackhole consumes the evaluations
   */
  @Benchmark
  public void kamscoreEvaluate(Cursor cursor, Blackhole blackhole) {
    int from = cursor.advance(customers.length);
    for (int i = from; i < from + BATCH; i++) {
      blackhole.consume(model.evaluate(customers[i]));
    }
  }

  /**
   * kamscore with the full explanation, through the interpreted loop.
   *
   * @param cursor the batch to evaluate
   * @param blackhole consumes the evaluations
   */
  @Benchmark
  @Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", INTERPRETED})
  public void kamscoreEvaluateInterpreted(Cursor cursor, Blackhole blackhole) {
    kamscoreEvaluate(cursor, blackhole);
  }

  /**
   * The same scorecard in Easy Rules 4.1: score, knock-outs and tier.
   *
   * @param cursor the batch to score
   * @return the sum of the scores
   */
  @Benchmark
  public double easyRules(Cursor cursor) {
    int from = cursor.advance(customers.length);
    double sum = 0.0;
    for (int i = from; i < from + BATCH; i++) {
      sum += rules.score(customers[i]);
    }
    return sum;
  }
}
