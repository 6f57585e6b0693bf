package org.kamscore.matrix;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kamscore.Execution;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;

/**
 * The work of {@link PortfolioMatrix#classifyAll}: places every customer of a batch by its two
 * scores and failed knock-outs, without evaluations, then lists each cell's members in order.
 *
 * <ol>
 *   <li>Each chunk of customers is scored on both axes and placed; per chunk and cell it counts
 *       the customers and those a knock-out capped.</li>
 *   <li>The counts give each chunk the positions of its customers in every cell, so that the
 *       chunks scatter their customers into cells in input order, independently.</li>
 *   <li>Each cell is sorted: by {@link ScoreKeys} in the default order, by {@link IndexSort} in a
 *       declared one; long cells in parallel halves.</li>
 * </ol>
 *
 * <p>In parallel, the chunks and the cells are {@link Tasks} of the execution's pool; every step
 * writes only its own part of the arrays, so the result is the sequential one.
 */
final class Classifier<T> {
  /** The sizes a batch is cut into; tests make them small. */
  static final Tuning TUNING = new Tuning(1 << 12, 1 << 16, 0, 1 << 12);

  private final PortfolioMatrix<T> matrix;
  private final Object[] customers;
  private final Comparator<? super T> memberOrder;
  private final Tasks tasks;
  private final Tuning tuning;
  private final int chunk;
  private final ScoringModel<T> rowModel;
  private final ScoringModel<T> columnModel;
  private final Axis<T> rows;
  private final Axis<T> columns;
  private final int columnCount;
  private final int cellCount;
  private final int chunks;

  private final double[] rowScores;
  private final double[] columnScores;
  private final CellIndexes cells;
  /** Per chunk and cell ({@code chunk * cellCount + cell}) a count, then a position. */
  private final int[] chunkCells;
  private final int[] chunkCapped;
  /** Per chunk the first index failing the row model, or the column model; -1 if none. */
  private final int[] rowFailures;
  private final int[] columnFailures;
  /** Set by the first failure: every later chunk then only looks for a row failure. */
  private volatile boolean failed;

  /**
   * How a batch is cut up.
   *
   * @param chunk customers per chunk: a task's share of steps 1 and 2
   * @param split the longest cell sorted by one task; longer ones are sorted in parallel halves
   * @param indexBits the fewest index bits in a {@link ScoreKeys} key (0: as few as needed)
   * @param small the longest range {@link ScoreKeys} sorts with the JDK's sort, not by radix
   */
  record Tuning(int chunk, int split, int indexBits, int small) {}

  /** A classification of {@code customers} in the execution, cut up by {@code tuning}. */
  Classifier(PortfolioMatrix<T> matrix, Object[] customers, Comparator<? super T> memberOrder,
      Execution execution, Tuning tuning) {
    this.matrix = matrix;
    this.customers = customers;
    this.memberOrder = memberOrder;
    this.tasks = new Tasks(execution.pool().orElse(null));
    this.tuning = tuning;
    this.chunk = tuning.chunk();
    this.rows = matrix.rows();
    this.columns = matrix.columns();
    this.rowModel = rows.model();
    this.columnModel = columns.model();
    this.columnCount = columns.bands().size();
    this.cellCount = matrix.cells().size();
    int n = customers.length;
    this.chunks = (int) (((long) n + chunk - 1) / chunk);
    double[][] scores = new double[2][];
    tasks.forEach(2, axis -> scores[axis] = new double[n]); // in parallel, zeroed by two threads
    this.rowScores = scores[0];
    this.columnScores = scores[1];
    this.cells = new CellIndexes(n, cellCount);
    this.chunkCells = new int[chunks * cellCount];
    this.chunkCapped = new int[chunks * cellCount];
    this.rowFailures = new int[chunks];
    this.columnFailures = new int[chunks];
    Arrays.fill(rowFailures, -1);
    Arrays.fill(columnFailures, -1);
  }

  /** Classifies the batch. */
  Classification<T> classify() {
    placeAll();
    throwFirstFailure();
    int n = customers.length;
    int[] starts = new int[cellCount + 1];
    int[] capped = new int[cellCount];
    int position = 0;
    for (int c = 0; c < cellCount; c++) {
      starts[c] = position;
      for (int k = 0; k < chunks; k++) {
        int count = chunkCells[k * cellCount + c];
        chunkCells[k * cellCount + c] = position;
        position += count;
        capped[c] += chunkCapped[k * cellCount + c];
      }
    }
    starts[cellCount] = n;
    int[] order = new int[n];
    if (memberOrder == null) {
      sortByScores(order, starts);
    } else {
      sortByDeclaredOrder(order, starts);
    }
    return new Classification<>(matrix, customers, rowScores, columnScores, cells, order,
        starts, capped);
  }

  /** Step 1: scores and places every chunk. */
  private void placeAll() {
    if (tasks.isParallel()) {
      tasks.forEach(chunks, this::place);
    } else {
      for (int k = 0; k < chunks && !hasRowFailure(k); k++) {
        place(k);
      }
    }
  }

  private boolean hasRowFailure(int chunk) {
    return chunk > 0 && rowFailures[chunk - 1] >= 0;
  }

  /**
   * Scores and places the customers of a chunk. At a failure the chunk notes its index: after
   * a row failure it stops, after a column failure it only scores rows, looking for a row
   * failure, which takes precedence.
   */
  private void place(int k) {
    int from = k * chunk;
    int to = Math.min(from + chunk, customers.length);
    int base = k * cellCount;
    Bands rowBands = rows.bands();
    Bands columnBands = columns.bands();
    boolean rowsOnly = failed;
    for (int i = from; i < to; i++) {
      @SuppressWarnings("unchecked") // the batch holds only what the caller gave, each a T
      T customer = (T) customers[i];
      double row = 0.0;
      List<String> rowFailed = null;
      try {
        if (customer != null) {
          row = rowModel.score(customer);
          rowFailed = rowModel.failedKnockOuts(customer);
        }
      } catch (ScoringException e) {
        rowFailed = null;
      }
      if (rowFailed == null) { // a null customer fails the row model first
        rowFailures[k] = i;
        failed = true;
        return;
      }
      if (rowsOnly) {
        continue;
      }
      double column;
      List<String> columnFailed;
      try {
        column = columnModel.score(customer);
        columnFailed = columnModel.failedKnockOuts(customer);
      } catch (ScoringException e) {
        columnFailures[k] = i;
        failed = true;
        rowsOnly = true;
        continue;
      }
      int rowScoreBand = rowBands.indexOf(row);
      int rowBand = rowFailed.isEmpty() ? rowScoreBand : rows.band(rowScoreBand, rowFailed);
      int columnScoreBand = columnBands.indexOf(column);
      int columnBand = columnFailed.isEmpty()
          ? columnScoreBand : columns.band(columnScoreBand, columnFailed);
      int cell = rowBand * columnCount + columnBand;
      rowScores[i] = row;
      columnScores[i] = column;
      cells.set(i, cell);
      chunkCells[base + cell]++;
      if (rowBand < rowScoreBand || columnBand < columnScoreBand) {
        chunkCapped[base + cell]++;
      }
    }
  }

  /**
   * Throws the failure that evaluating the row model over the batch, then the column model,
   * would: the lowest index failing the row model, else the lowest failing the column model.
   */
  private void throwFirstFailure() {
    if (!failed) {
      return;
    }
    for (int k = 0; k < chunks; k++) {
      if (rowFailures[k] >= 0) {
        throw failureAt(rowModel, rowFailures[k]);
      }
    }
    for (int k = 0; k < chunks; k++) {
      if (columnFailures[k] >= 0) {
        throw failureAt(columnModel, columnFailures[k]);
      }
    }
  }

  /**
   * The model's exception for the customer at an index, naming the index: found again by
   * evaluating the batch up to it lazily, in constant memory. Only a failing batch pays this.
   */
  private RuntimeException failureAt(ScoringModel<T> model, int index) {
    @SuppressWarnings("unchecked") // the batch holds only what the caller gave, each a T
    Stream<T> upToIt = (Stream<T>) Arrays.stream(customers, 0, index + 1);
    try {
      model.evaluateLazily(upToIt).forEach(evaluation -> { });
    } catch (ScoringException e) {
      return e;
    }
    return new IllegalStateException(Checks.format(
        "customer at index %d must fail model '%s' again as it did when classified but "
            + "passed", index, model.id()));
  }

  /** Steps 2 and 3 in the default order: keys scattered into cells, sorted, read back. */
  private void sortByScores(int[] order, int[] starts) {
    ScoreKeys keys =
        new ScoreKeys(rowScores, columnScores, tuning.indexBits(), tuning.small());
    long[][] buffers = new long[2][];
    tasks.forEach(2, b -> buffers[b] = new long[customers.length]); // in parallel, zeroed by two
    long[] sorted = buffers[0];
    long[] scratch = buffers[1];
    tasks.forEach(chunks, k -> scatter(k, (position, i) -> sorted[position] = keys.key(i)));
    forEachCell(starts, (from, to) -> {
      if (!tasks.isParallel() || to - from <= tuning.split()) {
        keys.sort(sorted, scratch, from, to);
        keys.indexes(sorted, from, to, order);
      } else {
        keys.parallelSort(sorted, scratch, from, to, tuning.split()).invoke();
        keys.parallelIndexes(sorted, from, to, order, tuning.split()).invoke();
      }
    });
  }

  /** Steps 2 and 3 in a declared order: indexes scattered into cells, sorted stably. */
  private void sortByDeclaredOrder(int[] order, int[] starts) {
    tasks.forEach(chunks, k -> scatter(k, (position, i) -> order[position] = i));
    int[] scratch = order.clone();
    @SuppressWarnings("unchecked") // the batch holds only what the caller gave, each a T
    IndexSort.Order byMembers =
        (a, b) -> memberOrder.compare((T) customers[a], (T) customers[b]);
    forEachCell(starts, (from, to) -> {
      if (!tasks.isParallel() || to - from <= tuning.split()) {
        IndexSort.sort(order, scratch, from, to, byMembers);
      } else {
        IndexSort.parallel(order, scratch, from, to, byMembers, tuning.split()).invoke();
      }
    });
  }

  /** Step 2 for one chunk: each customer to the next position of its cell, in input order. */
  private void scatter(int k, Placing placing) {
    int from = k * chunk;
    int to = Math.min(from + chunk, customers.length);
    int base = k * cellCount;
    for (int i = from; i < to; i++) {
      placing.at(chunkCells[base + cells.get(i)]++, i);
    }
  }

  /** Where a customer goes in the member lists. */
  @FunctionalInterface
  private interface Placing {
    void at(int position, int customer);
  }

  /** Work on one cell's range of members. */
  @FunctionalInterface
  private interface Range {
    void run(int from, int to);
  }

  private void forEachCell(int[] starts, Range range) {
    tasks.forEach(cellCount, c -> range.run(starts[c], starts[c + 1]));
  }
}
