package org.kamscore;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** A declared knock-out: a condition to pass and the best tier a failing customer can get. */
final class KnockOutDefinition<T> {
  final String name;
  final String description;
  final KnockOut.Kind kind;
  final Predicate<? super T> passes;
  final ToDoubleFunction<? super T> value;
  final double bound;
  /** The label of the best tier a failing customer can get; null means the lowest tier. */
  final String cap;
  /** The attribute the value is read from, if bound by name; else null. */
  final String attribute;

  private KnockOutDefinition(String name, String description, KnockOut.Kind kind,
      Predicate<? super T> passes, ToDoubleFunction<? super T> value, double bound, String cap,
      String attribute) {
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.passes = passes;
    this.value = value;
    this.bound = bound;
    this.cap = cap;
    this.attribute = attribute;
  }

  static <T> KnockOutDefinition<T> predicate(String name, Predicate<? super T> passes) {
    return new KnockOutDefinition<>(
        name, "", KnockOut.Kind.PREDICATE, passes, null, Double.NaN, null, null);
  }

  static <T> KnockOutDefinition<T> bound(
      String name, KnockOut.Kind kind, ToDoubleFunction<? super T> value, double bound) {
    return new KnockOutDefinition<>(name, "", kind, null, value, bound, null, null);
  }

  /** This knock-out's value read from an attribute. */
  KnockOutDefinition<T> boundTo(String attributeName, Function<? super T, ?> reader) {
    return new KnockOutDefinition<>(name, description, kind, passes,
        AttributeValues.number(attributeName, reader), bound, cap, attributeName);
  }

  KnockOutDefinition<T> withDescription(String text) {
    return new KnockOutDefinition<>(name, text, kind, passes, value, bound, cap, attribute);
  }

  KnockOutDefinition<T> cappedAt(String tier) {
    return new KnockOutDefinition<>(
        name, description, kind, passes, value, bound, tier, attribute);
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
    String parameters = kind == KnockOut.Kind.PREDICATE ? "" : "," + Scale.hex(bound);
    return "knock-out(" + name.length() + ":" + name + "," + kind.name() + parameters + ",cap="
        + capLabel.length() + ":" + capLabel + ")";
  }
}
