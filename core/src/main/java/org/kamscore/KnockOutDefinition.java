package org.kamscore;

import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** A declared knock-out: a condition to pass and the best tier a failing customer can get. */
final class KnockOutDefinition<T> {
  enum Kind { PREDICATE, AT_LEAST, AT_MOST }

  final String name;
  final String description;
  final Kind kind;
  final Predicate<? super T> passes;
  final ToDoubleFunction<? super T> value;
  final double bound;
  /** The label of the best tier a failing customer can get; null means the lowest tier. */
  final String cap;

  private KnockOutDefinition(String name, String description, Kind kind,
      Predicate<? super T> passes, ToDoubleFunction<? super T> value, double bound, String cap) {
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.passes = passes;
    this.value = value;
    this.bound = bound;
    this.cap = cap;
  }

  static <T> KnockOutDefinition<T> predicate(String name, Predicate<? super T> passes) {
    return new KnockOutDefinition<>(name, "", Kind.PREDICATE, passes, null, Double.NaN, null);
  }

  static <T> KnockOutDefinition<T> bound(
      String name, Kind kind, ToDoubleFunction<? super T> value, double bound) {
    return new KnockOutDefinition<>(name, "", kind, null, value, bound, null);
  }

  KnockOutDefinition<T> withDescription(String text) {
    return new KnockOutDefinition<>(name, text, kind, passes, value, bound, cap);
  }

  KnockOutDefinition<T> cappedAt(String tier) {
    return new KnockOutDefinition<>(name, description, kind, passes, value, bound, tier);
  }

  String condition() {
    switch (kind) {
      case AT_LEAST:
        return "at least " + Explanation.number(bound);
      case AT_MOST:
        return "at most " + Explanation.number(bound);
      default:
        return "predicate";
    }
  }

  String canonical(String capLabel) {
    String parameters = kind == Kind.PREDICATE ? "" : "," + Scale.hex(bound);
    return "knock-out(" + name.length() + ":" + name + "," + kind.name() + parameters + ",cap="
        + capLabel.length() + ":" + capLabel + ")";
  }
}
