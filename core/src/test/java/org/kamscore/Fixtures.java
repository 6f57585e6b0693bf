package org.kamscore;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Models shared by the unit tests, chosen so that every utility and point is exact in binary.
 *
 * <p>The standard model: {@code revenue} linear 0..100, weight 2 (at most 50 points);
 * {@code margin} linear 0..40, weight 1 (25 points); {@code discount} linear 20..0, lower is
 * better, weight 1 (25 points); tiers A from 75, B from 50, otherwise C.
 */
final class Fixtures {
  static final String MODEL_ID = "kam";
  static final String VERSION = "2026.1";

  private Fixtures() {}

  static Tiers abc() {
    return Tiers.from("A", 75).then("B", 50).otherwise("C");
  }

  /** The standard model's builder, without knock-outs. */
  static ScoringModel.Builder<Account> standardBuilder() {
    return ScoringModel.builder(Account.class)
        .id(MODEL_ID, VERSION)
        .criterion("revenue", Account::revenue, Scale.linear(0, 100), 2)
        .criterion("margin", Account::margin, Scale.linear(0, 40), 1)
        .criterion("discount", Account::discount, Scale.linear(20, 0), 1)
        .tiers(abc());
  }

  static ScoringModel<Account> standard() {
    return standardBuilder().build();
  }

  /**
   * The standard model with two knock-outs: {@code minimum-years} (years at least 2, capped at
   * the lowest tier by default) and {@code reference} (a predicate, capped at B).
   */
  static ScoringModel.Builder<Account> withKnockOutsBuilder() {
    return standardBuilder()
        .knockOutBelow("minimum-years", Account::years, 2)
        .knockOut("reference", Account::reference).cappedAt("B");
  }

  static ScoringModel<Account> withKnockOuts() {
    return withKnockOutsBuilder().build();
  }

  /** A builder with an id and nothing else. */
  static ScoringModel.Builder<Account> empty() {
    return ScoringModel.builder(Account.class).id(MODEL_ID, VERSION);
  }

  /** A one-criterion model over {@code value} with {@code scale}. */
  static ScoringModel.Builder<Account> single(ToDoubleFunction<Account> value, Scale scale) {
    return empty().criterion("value", value, scale, 1);
  }

  /** A one-criterion model over the grade, LOW 0, MEDIUM 0.5, HIGH 1. */
  static ScoringModel.Builder<Account> graded() {
    return empty().criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 1);
  }

  /** A one-criterion model over the grade, declaring only LOW 0 and HIGH 1. */
  static ScoringModel.Builder<Account> gradedLowHigh() {
    return empty().criterion("grade", Account::grade,
        Scale.levels(List.of(Account.Grade.LOW, Account.Grade.HIGH)), 1);
  }

  /** Throws any throwable, checked or not, without declaring it. */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException sneakyThrow(Throwable t) throws E {
    throw (E) t;
  }
}
