package org.kamscore;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Evaluations of a stream's customers, each named by its encounter position: the position
 * travels with the customer through every split, so a parallel stream names the right one.
 * A split of a source that knows the exact size of its parts (a list, an array) keeps their
 * positions by arithmetic; any other source is split by taking a batch of customers off its
 * front, as {@link Spliterators.AbstractSpliterator} does.
 */
final class LazyEvaluations<T> implements Spliterator<Evaluation> {
  private static final int BATCH_STEP = 1 << 10;
  private static final int MAX_BATCH = 1 << 25;
  /** What a split keeps of its source's characteristics: never DISTINCT, SORTED or IMMUTABLE. */
  private static final int KEPT = ORDERED | SIZED | SUBSIZED;

  private final ScoringModel<T> model;
  private final Spliterator<? extends T> source;
  /** The position of the next customer of the source. */
  private long next;
  private int batch;

  LazyEvaluations(ScoringModel<T> model, Spliterator<? extends T> source, long first) {
    this.model = model;
    this.source = source;
    this.next = first;
  }

  @Override
  public boolean tryAdvance(Consumer<? super Evaluation> action) {
    return source.tryAdvance(customer -> action.accept(evaluate(customer)));
  }

  @Override
  public void forEachRemaining(Consumer<? super Evaluation> action) {
    source.forEachRemaining(customer -> action.accept(evaluate(customer)));
  }

  private Evaluation evaluate(T customer) {
    long position = next++;
    return model.evaluateAt(customer, position > Integer.MAX_VALUE ? -1 : (int) position);
  }

  @Override
  public Spliterator<Evaluation> trySplit() {
    if (source.hasCharacteristics(SUBSIZED)) {
      Spliterator<? extends T> prefix = source.trySplit();
      if (prefix == null) {
        return null;
      }
      LazyEvaluations<T> front = new LazyEvaluations<>(model, prefix, next);
      next += prefix.getExactSizeIfKnown();
      return front;
    }
    Taken taken = new Taken(Math.min(batch + BATCH_STEP, MAX_BATCH));
    while (taken.size < taken.customers.length && source.tryAdvance(taken)) {
      // taken adds the customer
    }
    if (taken.size == 0) {
      return null;
    }
    batch = taken.size;
    @SuppressWarnings("unchecked") // holds only what the source gave, each a T
    Spliterator<T> front = (Spliterator<T>) Spliterators.spliterator(
        taken.customers, 0, taken.size, source.characteristics() & ORDERED);
    LazyEvaluations<T> evaluations = new LazyEvaluations<>(model, front, next);
    next += taken.size;
    return evaluations;
  }

  /** The customers a split takes off the front of a source without exact sizes. */
  private static final class Taken implements Consumer<Object> {
    final Object[] customers;
    int size;

    Taken(int capacity) {
      this.customers = new Object[capacity];
    }

    @Override
    public void accept(Object customer) {
      customers[size++] = customer;
    }
  }

  @Override
  public long estimateSize() {
    return source.estimateSize();
  }

  @Override
  public int characteristics() {
    return (source.characteristics() & KEPT) | NONNULL;
  }
}
