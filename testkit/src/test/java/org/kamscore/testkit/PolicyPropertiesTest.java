package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kamscore.Direction;
import org.kamscore.Scale;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

final class PolicyPropertiesTest {

  private static PolicyProperties<Account> properties(ScoringModel<Account> model) {
    return Policies.varyingAll(PolicyProperties.of(model, Account::random)).examples(200);
  }

  @Test
  void soundModelAndMatrix_passEveryCheck() {
    assertThatCode(() -> properties(Policies.attractiveness()).checkAll())
        .doesNotThrowAnyException();
    assertThatCode(() -> Policies.varyingAll(PolicyProperties.of(
            Policies.matrix(Policies.attractiveness()), Account::random))
        .vary("years", (a, v) -> a.withYears((int) v), Values.integers(0, 20))
        .examples(200).checkAll())
        .doesNotThrowAnyException();
  }

  @Test
  void knockOutPointingTheWrongWay_failsMonotonic_atTheThreshold() {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> properties(Policies.wrongWayKnockOut()).checkMonotonic());

    assertThat(failure.getMessage()).startsWith(""
        + "policy property 'monotonic' failed for model 'attractiveness' 1.0\n"
        + "  seed: 7737585977156137573 (repeat with -Dkamscore.testkit.seed=7737585977156137573)\n"
        + "  varied: revenue (higher is better), values logarithmic(1, 1000000000)\n"
        + "  found at example 2 of 200, shrunk in 89 steps\n"
        // the largest double below the knock-out's 250,000, then 250,000
        + "  smallest counterexample: revenue " + Numbers.shortest(Math.nextDown(250_000.0))
        + " -> 250000\n"
        + "    tier of 'attractiveness': B -> C\n"
        + "  before:\n");
    assertThat(failure.getMessage().substring(failure.getMessage().indexOf("  after:")))
        .contains("    knock-outs failed: minimum-revenue (the score alone reaches tier B)\n");
  }

  @Test
  void uShapedCriterion_failsMonotonic_withSimpleValuesFarApart() {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> properties(Policies.uShapedMargin()).checkMonotonic());

    assertThat(failure.getMessage()).startsWith(""
        + "policy property 'monotonic' failed for model 'attractiveness' 1.0\n"
        + "  seed: 7737585977156137573 (repeat with -Dkamscore.testkit.seed=7737585977156137573)\n"
        + "  varied: margin (higher is better), values between(-0.2, 0.8)\n");
    assertThat(failure.getMessage()).contains(""
        + "  smallest counterexample: margin 0 -> 0.1\n"
        + "    score of 'attractiveness': ");
  }

  @Test
  void matrix_variedAgainstTheDirection_reportsBandDrops() {
    PolicyProperties<Account> backwards = PolicyProperties.of(
            Policies.matrix(Policies.attractiveness()), Account::random)
        .vary("years", Direction.LOWER_IS_BETTER, (a, v) -> a.withYears((int) v),
            Values.integers(0, 20))
        .examples(100);

    assertThatThrownBy(backwards::checkMonotonic)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(""
            + "policy property 'monotonic' failed for matrix 'key-account-matrix' 1.0\n"
            + "  seed: 7737585977156137573 (repeat with -Dkamscore.testkit.seed=7737585977156137573)\n"
            + "  varied: years (lower is better), values integers(0, 20)\n")
        .hasMessageContaining(""
            + "  smallest counterexample: years 5 -> 4\n"
            + "    score of 'loyalty': 50 -> 40\n"
            + "    tier of 'loyalty': strong -> weak\n"
            + "    column band: high -> low\n"
            + "  before:\n"
            + "    cell '");
  }

  @Test
  void seed_fromTheBuilderOrTheSystemProperty_repeatsTheFailure() {
    String byBuilder = catchThrowableOfType(AssertionError.class,
        () -> properties(Policies.wrongWayKnockOut()).seed(42).checkMonotonic()).getMessage();
    String byProperty;
    System.setProperty(PolicyProperties.SEED_PROPERTY, "42");
    try {
      byProperty = catchThrowableOfType(AssertionError.class,
          () -> properties(Policies.wrongWayKnockOut()).checkMonotonic()).getMessage();
    } finally {
      System.clearProperty(PolicyProperties.SEED_PROPERTY);
    }

    assertThat(byBuilder).contains("  seed: 42 (repeat with -Dkamscore.testkit.seed=42)\n")
        .isEqualTo(byProperty);
  }

  @Test
  void malformedSystemProperties_areRejected() {
    System.setProperty(PolicyProperties.SEED_PROPERTY, "forty-two");
    try {
      assertThatThrownBy(() -> properties(Policies.attractiveness()).checkBounded())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("system property kamscore.testkit.seed must be a long or 'random' but"
              + " was: 'forty-two'");
    } finally {
      System.clearProperty(PolicyProperties.SEED_PROPERTY);
    }
    System.setProperty(PolicyProperties.EXAMPLES_PROPERTY, "0");
    try {
      assertThatThrownBy(() -> PolicyProperties.of(Policies.attractiveness(), Account::random)
          .checkBounded())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("system property kamscore.testkit.examples must be positive but was: 0");
    } finally {
      System.clearProperty(PolicyProperties.EXAMPLES_PROPERTY);
    }
  }

  @Test
  void customersAreDescribed_afterTheUsersOwnShrinker() {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> properties(Policies.wrongWayKnockOut())
            .shrinkingCustomersWith(a -> a.id().equals("simplest")
                ? List.of() : List.of(a.withId("simplest")))
            .describingCustomersWith(Account::id)
            .checkMonotonic());

    assertThat(failure.getMessage()).contains("\n  customer: simplest\n  before:\n");
  }

  @Test
  void customerThatCannotBeScored_failsBounded_withTheCause() {
    PolicyProperties<Account> missingMargins = PolicyProperties.of(Policies.attractiveness(),
            r -> r.nextInt(10) == 0 ? Account.random(r).withMargin(Double.NaN) : Account.random(r))
        .describingCustomersWith(Account::id)
        .examples(100);

    AssertionError failure = catchThrowableOfType(AssertionError.class,
        missingMargins::checkBounded);

    assertThat(failure).hasCauseInstanceOf(ScoringException.class);
    assertThat(failure.getMessage()).startsWith(""
        + "policy property 'bounded' failed for model 'attractiveness' 1.0\n"
        + "  seed: 7737585977156137573 (repeat with -Dkamscore.testkit.seed=7737585977156137573)\n")
        .contains("  smallest counterexample:\n    could not be scored: criterion 'margin' of"
            + " model 'attractiveness' 1.0 must have a value for customer '")
        .doesNotContain("evaluation:");
  }

  @Test
  void extractorWithState_failsDeterministic() {
    AtomicLong calls = new AtomicLong();
    ScoringModel<Account> drifting = ScoringModel.builder(Account.class)
        .id("drifting", "1.0")
        .criterion("revenue", a -> a.revenue() + calls.incrementAndGet() % 2,
            Scale.linear(0, 1_000_000), 1)
        .tiers(Tiers.single("all"))
        .build();

    assertThatThrownBy(() -> PolicyProperties.of(drifting, Account::random).examples(20)
        .checkDeterministic())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(""
            + "policy property 'deterministic' failed for model 'drifting' 1.0\n"
            + "  seed: 7737585977156137573 (repeat with -Dkamscore.testkit.seed=7737585977156137573)\n"
            + "  customer 1 of a batch of 20: evaluate(customer) differs when called twice\n"
            + "  first:\n");
  }

  @Test
  void generatorWithItsOwnRandom_failsDeterministic() {
    Random own = new Random(1);

    assertThatThrownBy(() -> PolicyProperties.of(Policies.attractiveness(),
            r -> Account.random(new SplittableRandom(own.nextLong()))).examples(20)
        .checkDeterministic())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("  customer 1 of a batch of 20: the customer generator drew a"
            + " customer that scores differently from the same seed\n");
  }

  @Test
  void settings_areCheckedWhereGiven() {
    PolicyProperties<Account> base = PolicyProperties.of(Policies.attractiveness(),
        Account::random);

    assertThatThrownBy(() -> base.vary("growth", Account::withMargin, Values.between(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion must be one of model 'attractiveness' 1.0 [revenue, margin,"
            + " discount, relation] but was: 'growth'");
    assertThatThrownBy(() -> base.vary("margin", Account::withMargin, Values.between(0, 1))
        .vary("margin", Account::withMargin, Values.between(0, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("'margin' was already varied as margin (higher is better), between(0, 1)");
    assertThatThrownBy(() -> base.seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("seed was already set to 1");
    assertThatThrownBy(() -> base.examples(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must be positive but was: 0");
    assertThatThrownBy(() -> base.examples(10).examples(20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("examples was already set to 10");
    assertThatThrownBy(base::checkMonotonic)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("monotonic property must vary at least one criterion but varied: none;"
            + " declare one with vary(criterion, setter, values)");
    assertThatThrownBy(() -> base.vary(" ", Direction.HIGHER_IS_BETTER, Account::withMargin,
        Values.between(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute must not be blank but was: ' '");
  }

  @Test
  void criterionWithOppositeDirectionsInTheAxisModels_isRejected() {
    ScoringModel<Account> cheapIsLoyal = ScoringModel.builder(Account.class)
        .id("loyalty", "1.0")
        .criterion("discount", Account::discount, Scale.linear(0, 0.3), 1)
        .tiers(Tiers.single("all"))
        .build();
    var matrix = Policies.matrix(Policies.attractiveness()).toBuilder()
        .columns(cheapIsLoyal, org.kamscore.matrix.Bands.cutAt(50)).build();

    assertThatThrownBy(() -> PolicyProperties.of(matrix, Account::random)
        .vary("discount", Account::withDiscount, Values.between(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion 'discount' must have one direction in matrix 'key-account-matrix'"
            + " 1.0 but was: lower is better in 'attractiveness', higher is better in"
            + " 'loyalty'");
  }

  @Test
  void settings_returnNewProperties_leavingTheOriginalUnchanged() {
    PolicyProperties<Account> base = PolicyProperties.of(Policies.attractiveness(),
        Account::random);
    PolicyProperties<Account> varied = base.vary("margin", Account::withMargin,
        Values.between(0, 1));

    assertThat(base).hasToString("PolicyProperties[model 'attractiveness' 1.0, varied: []]");
    assertThat(varied).hasToString(
        "PolicyProperties[model 'attractiveness' 1.0, varied: [margin (higher is better)]]");
  }
}
