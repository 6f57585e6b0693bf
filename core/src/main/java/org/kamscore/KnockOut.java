package org.kamscore;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A knock-out criterion of a built {@link ScoringModel}, as declared: a condition a customer
 * must pass, and the best tier a customer that fails it can get. Read from
 * {@link ScoringModel#knockOuts()}; immutable.
 *
 * @since 0.1.0
 */
public final class KnockOut {
  private final String name;
  private final String description;
  private final Kind kind;
  private final double bound;
  private final String attribute;
  private final String condition;
  private final String cap;

  /**
   * The kinds of knock-out.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Fails a value below a minimum, made by {@code knockOutBelow}. */
    AT_LEAST,
    /** Fails a value above a maximum, made by {@code knockOutAbove}. */
    AT_MOST,
    /** Fails where a predicate of the caller's says so, made by {@code knockOut}. */
    PREDICATE
  }

  KnockOut(String name, String description, Kind kind, double bound, String attribute,
      String condition, String cap) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.bound = bound;
    this.attribute = attribute;
    this.condition = Objects.requireNonNull(condition, "condition");
    this.cap = Objects.requireNonNull(cap, "cap");
  }

  /**
   * Returns the knock-out's name, unique among the model's knock-outs.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description.
   *
   * @return the description, empty if none was given
   */
  public String description() {
    return description;
  }

  /**
   * Returns the kind of knock-out.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the least value that passes an {@link Kind#AT_LEAST} knock-out, or the greatest
   * that passes an {@link Kind#AT_MOST} one.
   *
   * @return the bound, or empty for a {@link Kind#PREDICATE} knock-out
   */
  public OptionalDouble bound() {
    return kind == Kind.PREDICATE ? OptionalDouble.empty() : OptionalDouble.of(bound);
  }

  /**
   * Returns the attribute the knock-out reads, if it was bound by name.
   *
   * @return the attribute's name, or empty
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  /**
   * Returns a readable description of the condition to pass, such as
   * {@code at least 250000}, or {@code predicate} for a knock-out declared by a predicate.
   *
   * @return the condition
   */
  public String condition() {
    return condition;
  }

  /**
   * Returns the label of the best tier a failing customer can get.
   *
   * @return the cap tier's label
   */
  public String cap() {
    return cap;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KnockOut)) {
      return false;
    }
    KnockOut k = (KnockOut) o;
    return name.equals(k.name) && description.equals(k.description) && kind == k.kind
        && Double.doubleToLongBits(bound) == Double.doubleToLongBits(k.bound)
        && Objects.equals(attribute, k.attribute) && cap.equals(k.cap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, kind, bound, attribute, cap);
  }

  /**
   * Returns a summary such as {@code KnockOut[minimum-revenue: at least 250000, capped at C]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "KnockOut[" + name + ": " + condition + ", capped at " + cap + "]";
  }
}
