package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;

/**
 * The checks find what is wrong, and only that: a knock-out pointing the wrong way is caught at
 * any threshold and shrunk to exactly it; generated sound policies pass every check.
 */
final class PolicyPropertiesProperties {

  @Test
  void wrongWayKnockOut_atAnyThreshold_shrinksToTheThresholdItself() {
    Theories.qt(20).forAll(doubles().between(3, 8), longs().all()).checkAssert((power, seed) -> {
      double threshold = StrictMath.pow(10, power);
      ScoringModel<Account> model = ScoringModel.builder(Account.class)
          .id("wrong-way", "1.0")
          .criterion("revenue", Account::revenue, Scale.logarithmic(1, 1e9), 1)
          .knockOut("minimum-revenue", a -> a.revenue() < threshold)
          .tiers(Tiers.from("A", 0).otherwise("C"))
          .build();

      AssertionError failure = catchThrowableOfType(AssertionError.class,
          () -> PolicyProperties.of(model, Account::random)
              .vary("revenue", Account::withRevenue, Values.logarithmic(1, 1e9))
              .seed(seed).examples(100).checkMonotonic());

      assertThat(failure).isNotNull();
      assertThat(failure.getMessage()).contains("  smallest counterexample: revenue "
          + Numbers.shortest(Math.nextDown(threshold)) + " -> " + Numbers.shortest(threshold)
          + "\n    tier of 'wrong-way': A -> C\n");
    });
  }

  @Test
  void soundPolicies_passEveryCheck() {
    Theories.qt(50).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      double small = StrictMath.pow(10, 2 + 3 * r.nextDouble());
      double large = small * StrictMath.pow(10, 0.5 + 3 * r.nextDouble());
      double upper = 40 + 50 * r.nextDouble();
      boolean cheapIsBetter = r.nextBoolean();
      boolean bigIsBetter = r.nextBoolean();
      ScoringModel.Builder<Account> builder = ScoringModel.builder(Account.class)
          .id("generated", "1.0")
          .criterion("revenue", Account::revenue, bigIsBetter
              ? Scale.logarithmic(small, large) : Scale.logarithmic(large, small), 1 + r.nextInt(99))
          .criterion("margin", Account::margin, r.nextBoolean()
              ? Scale.linear(0, 0.5) : Scale.linear(0.5, 0), 1 + r.nextInt(99))
          .criterion("discount", Account::discount, cheapIsBetter
              ? Scale.linear(0.3, 0) : Scale.linear(0, 0.3), 1 + r.nextInt(99))
          .criterion("relation", Account::relation, Scale.levels(Account.Relation.class),
              1 + r.nextInt(99))
          .tiers(Tiers.from("A", upper).then("B", upper / 2).otherwise("C"));
      // knock-outs that agree with their criterion's scale
      builder = bigIsBetter ? builder.knockOutBelow("minimum-revenue", Account::revenue, small * 10)
          : builder.knockOutAbove("maximum-revenue", Account::revenue, large / 10);
      ScoringModel<Account> model = (cheapIsBetter
          ? builder.knockOutAbove("discount-cap", Account::discount, 0.4)
          : builder.knockOutBelow("discount-floor", Account::discount, 0.1)).cappedAt("B")
          .build();

      assertThatCode(() -> Policies.varyingAll(PolicyProperties.of(model, Account::random))
          .seed(seed).examples(30).checkAll())
          .doesNotThrowAnyException();
    });
  }
}
