package org.kamscore.matrix;

import java.util.Arrays;
import java.util.concurrent.RecursiveAction;

/**
 * The default member order — row score descending, then column score descending, then input
 * order — sorted as one {@code long} per customer instead of by comparisons of scores that lie
 * all over memory.
 *
 * <p>A key holds the row score in fixed point, {@code score * 2^26} (33 bits for the scores
 * {@code 0..100} of a matrix axis) rounded down and subtracted from the most, so that higher
 * scores sort first, above the customer's index. Keys sort as {@code long}s: by radix on the
 * score bits, in three passes of 11 bits, which keeps the input order of equal score bits, or
 * by {@link Arrays#sort(long[], int, int)}, which gives the same order because no two keys are
 * equal. Customers whose score bits are equal, because their row scores are equal or closer
 * than {@code 2^-26}, are then put in order by both scores, stably. The result is the
 * comparison order exactly.
 */
final class ScoreKeys {
  /** Bits per radix digit: 2,048 counters, which stay in the L1 cache. */
  private static final int DIGIT = 11;
  private static final int RADIX = 1 << DIGIT;
  private final double[] rowScores;
  private final double[] columnScores;
  /** How many low bits of a key hold the index. */
  private final int indexBits;
  private final long indexMask;
  /** The power of two a score is scaled by into fixed point. */
  private final double scale;
  /** The fixed point of the highest score, 100; and how many bits it takes. */
  private final long top;
  private final int scoreBits;
  private final IndexSort.Order byScores;
  /** Ranges up to this long are sorted by {@link Arrays#sort(long[], int, int)}. */
  private final int small;

  /**
   * Keys for customers {@code 0 .. n-1} with these scores; {@code minimumIndexBits} above the
   * bits the indexes need cuts the scores shorter, which tests use to make many keys collide;
   * ranges up to {@code small} long are sorted by the JDK's sort.
   */
  ScoreKeys(double[] rowScores, double[] columnScores, int minimumIndexBits, int small) {
    this.rowScores = rowScores;
    this.columnScores = columnScores;
    int needed = 64 - Long.numberOfLeadingZeros(Math.max(1, rowScores.length - 1));
    this.indexBits = Math.max(needed, minimumIndexBits);
    this.indexMask = (1L << indexBits) - 1;
    // score * 2^power < 2^(7 + power): at most 33 bits, and a key stays below 2^63
    int power = Math.min(26, 56 - indexBits);
    this.scale = Math.scalb(1.0, power);
    this.top = (long) (100.0 * scale);
    this.scoreBits = 64 - Long.numberOfLeadingZeros(top);
    this.small = small;
    this.byScores = (a, b) -> {
      int byRow = Double.compare(rowScores[b], rowScores[a]);
      return byRow != 0 ? byRow : Double.compare(columnScores[b], columnScores[a]);
    };
  }

  /**
   * The key of customer {@code i}: its row score in fixed point, descending, above the index.
   * Scaling by a power of two and rounding down never reverse two scores in {@code [0, 100]};
   * -0.0 and 0.0 share a key, and are told apart by both scores.
   */
  long key(int i) {
    return top - (long) (rowScores[i] * scale) << indexBits | i;
  }

  /**
   * Sorts {@code keys[from, to)}, which hold their indexes in increasing order.
   *
   * @param scratch an array as long as {@code keys}, whose range is overwritten
   */
  void sort(long[] keys, long[] scratch, int from, int to) {
    if (to - from <= small) {
      Arrays.sort(keys, from, to);
      return;
    }
    long[] src = keys;
    long[] dest = scratch;
    int[] counts = new int[RADIX + 1];
    for (int shift = indexBits; shift < indexBits + scoreBits; shift += DIGIT) {
      Arrays.fill(counts, 0);
      for (int k = from; k < to; k++) {
        counts[digit(src[k], shift) + 1]++;
      }
      if (counts[digit(src[from], shift) + 1] == to - from) {
        continue; // one digit for all: this pass would move nothing
      }
      counts[0] = from;
      for (int d = 1; d <= RADIX; d++) {
        counts[d] += counts[d - 1];
      }
      for (int k = from; k < to; k++) {
        long key = src[k];
        dest[counts[digit(key, shift)]++] = key;
      }
      long[] swap = src;
      src = dest;
      dest = swap;
    }
    if (src != keys) {
      System.arraycopy(src, from, keys, from, to - from);
    }
  }

  /** The digit at {@code shift} of a key, which is never negative. */
  private static int digit(long key, int shift) {
    return (int) (key >>> shift) & (RADIX - 1);
  }

  /**
   * Returns a task that sorts {@code keys[from, to)} as {@link #sort} does: a range longer than
   * {@code split} by the same stable radix passes, each pass counting and moving the keys of
   * blocks of {@code split} keys in parallel (every block's keys of a digit go after those of
   * the blocks before it, so the pass stays stable); a shorter range by {@link #sort}. Keys are
   * distinct, so every correct sort puts them in the same order.
   */
  RecursiveAction parallelSort(long[] keys, long[] scratch, int from, int to, int split) {
    return new ParallelSort(keys, scratch, from, to, Math.max(split, 2));
  }

  /**
   * Returns a task that does what {@link #indexes} does, in blocks of about {@code split} keys
   * run in parallel, each block beginning where a run of equal high bits begins.
   */
  RecursiveAction parallelIndexes(long[] keys, int from, int to, int[] order, int split) {
    return new ParallelIndexes(keys, from, to, order, Math.max(split, 1));
  }

  /**
   * Writes the indexes of sorted {@code keys[from, to)} to {@code order[from, to)}, putting
   * each run of equal high bits in order by both scores.
   */
  void indexes(long[] keys, int from, int to, int[] order) {
    int run = from;
    for (int k = from; k < to; k++) {
      order[k] = (int) (keys[k] & indexMask);
      if (k > from && keys[k] >> indexBits != keys[k - 1] >> indexBits) {
        inOrder(order, run, k);
        run = k;
      }
    }
    inOrder(order, run, to);
  }

  /** Sorts a run of indexes, which are in increasing order, stably by both scores. */
  private void inOrder(int[] order, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int[] run = Arrays.copyOfRange(order, from, to);
    IndexSort.sort(run, run.clone(), 0, run.length, byScores);
    System.arraycopy(run, 0, order, from, run.length);
  }

  /** How many blocks of {@code split} keys, the last maybe shorter, {@code [from, to)} has. */
  private static int blocks(int from, int to, int split) {
    return (to - from + split - 1) / split;
  }

  /** Where block {@code block} of {@code split} keys of {@code [from, to)} starts. */
  private static int blockStart(int from, int to, int split, int block) {
    return (int) Math.min(from + (long) block * split, to);
  }

  /** The radix passes of {@link #sort}, each one's counting and moving in parallel blocks. */
  private final class ParallelSort extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient long[] keys;
    private final transient long[] scratch;
    private final int from;
    private final int to;
    private final int split;

    ParallelSort(long[] keys, long[] scratch, int from, int to, int split) {
      this.keys = keys;
      this.scratch = scratch;
      this.from = from;
      this.to = to;
      this.split = split;
    }

    @Override
    protected void compute() {
      if (to - from <= split) {
        sort(keys, scratch, from, to);
        return;
      }
      Tasks blocks = new Tasks(getPool());
      int count = blocks(from, to, split);
      int[][] next = new int[count][];
      long[] src = keys;
      long[] dest = scratch;
      for (int shift = indexBits; shift < indexBits + scoreBits; shift += DIGIT) {
        long[] in = src;
        long[] out = dest;
        int at = shift;
        blocks.forEach(count, b -> next[b] = counts(in, start(b), start(b + 1), at));
        if (positions(next, digit(in[from], at))) {
          continue; // one digit for all: this pass would move nothing
        }
        blocks.forEach(count, b -> {
          int[] position = next[b];
          for (int k = start(b), end = start(b + 1); k < end; k++) {
            long key = in[k];
            out[position[digit(key, at)]++] = key;
          }
        });
        src = out;
        dest = in;
      }
      if (src != keys) {
        long[] sorted = src;
        blocks.forEach(count, b -> System.arraycopy(sorted, start(b), keys, start(b),
            start(b + 1) - start(b)));
      }
    }

    private int start(int block) {
      return blockStart(from, to, split, block);
    }

    /** How many keys of block {@code [start, end)} have each digit at {@code shift}. */
    private int[] counts(long[] in, int start, int end, int shift) {
      int[] counts = new int[RADIX];
      for (int k = start; k < end; k++) {
        counts[digit(in[k], shift)]++;
      }
      return counts;
    }

    /**
     * Turns every block's counts into the positions its keys of each digit move to, digit by
     * digit and block by block; true, and nothing changed, if every key has digit {@code one}.
     */
    private boolean positions(int[][] counts, int one) {
      int all = 0;
      for (int[] block : counts) {
        all += block[one];
      }
      if (all == to - from) {
        return true;
      }
      int position = from;
      for (int d = 0; d < RADIX; d++) {
        for (int[] block : counts) {
          int n = block[d];
          block[d] = position;
          position += n;
        }
      }
      return false;
    }
  }

  /** {@link #indexes} in blocks, each beginning where a run of equal high bits begins. */
  private final class ParallelIndexes extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient long[] keys;
    private final int from;
    private final int to;
    private final transient int[] order;
    private final int split;

    ParallelIndexes(long[] keys, int from, int to, int[] order, int split) {
      this.keys = keys;
      this.from = from;
      this.to = to;
      this.order = order;
      this.split = split;
    }

    @Override
    protected void compute() {
      int count = blocks(from, to, split);
      int[] starts = new int[count + 1];
      for (int b = 0; b < count; b++) {
        int start = blockStart(from, to, split, b);
        while (start > from && start < to
            && keys[start] >> indexBits == keys[start - 1] >> indexBits) {
          start++; // inside a run: the block begins after it
        }
        starts[b] = start;
      }
      starts[count] = to;
      new Tasks(getPool()).forEach(count, b -> indexes(keys, starts[b], starts[b + 1], order));
    }
  }
}
