package org.kamscore;

/**
 * A model's scoring loop: the points of every criterion, added in declaration order, clamped.
 * Each model that {@link ScoringLoops} compiles gets a subclass of its own, a hidden class made
 * from {@link ScoringLoopTemplate}; models it cannot compile score through
 * {@link Scorecard#interpreted(Object, int, double[])}. An abstract class, not an interface:
 * where several models are hot, the call into the loop is a virtual call, cheaper than an
 * interface call.
 */
abstract class ScoringLoop<T> {
  /**
   * The score alone: the same operations in the same order as the interpreted loop, so the same
   * bits, in a loop of its own that keeps no raw values.
   *
   * @param index the customer's index in its batch, named if it fails; -1 if scored alone
   */
  abstract double score(T customer, int index);

  /**
   * The score, keeping in {@code raws} every raw value read, NaN if missing: the same
   * operations in the same order as the interpreted loop, so the same bits.
   */
  abstract double score(T customer, int index, double[] raws);
}
