package org.kamscore;

import java.util.Objects;

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
  private final String condition;
  private final String cap;

  KnockOut(String name, String description, String condition, String cap) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
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
    return name.equals(k.name) && description.equals(k.description)
        && condition.equals(k.condition) && cap.equals(k.cap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, condition, cap);
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
