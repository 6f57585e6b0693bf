package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoringModel#failedKnockOuts(Object)}: the knock-outs a customer fails, without an
 * evaluation, for models with few knock-outs (lists made at build) and many.
 */
final class FailedKnockOutsTest {

  /**
   * Up to ten value-bound knock-outs on the revenue, each with its own minimum: the customer
   * fails exactly those whose minimum its revenue is below, in declaration order, as
   * {@code evaluate} says too, in an unmodifiable list; seven and more knock-outs take the path
   * without lists made at build.
   */
  @Test
  void failedKnockOuts_areThoseWhoseBoundTheValueMisses_inDeclarationOrder() {
    Theories.qt()
        .forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(0, 10),
            doubles().between(-10, 110))
        .checkAssert((minimums, revenue) -> {
          ScoringModel.Builder<Account> builder = Fixtures.standardBuilder();
          List<String> expected = new ArrayList<>();
          for (int k = 0; k < minimums.size(); k++) {
            builder.knockOutBelow("k" + k, Account::revenue, minimums.get(k));
            if (revenue < minimums.get(k)) {
              expected.add("k" + k);
            }
          }
          ScoringModel<Account> model = builder.build();
          Account customer = Account.of(revenue, 10, 5);

          List<String> failed = model.failedKnockOuts(customer);

          assertThat(failed).isEqualTo(expected);
          assertThat(model.evaluate(customer).failedKnockOuts()).isEqualTo(expected);
          assertThatThrownBy(() -> failed.add("k"))
              .isInstanceOf(UnsupportedOperationException.class);
        });
  }

  @Test
  void failedKnockOuts_ofAFewKnockOuts_areListsMadeAtBuild() {
    ScoringModel<Account> model = Fixtures.withKnockOuts();
    Account failsYears = Account.of(75, 10, 5).withYears(1);

    assertThat(model.failedKnockOuts(failsYears))
        .containsExactly("minimum-years")
        .isSameAs(model.failedKnockOuts(failsYears.withId("C-2")));
    assertThat(model.failedKnockOuts(Account.of(75, 10, 5))).isEmpty();
  }

  @Test
  void failedKnockOuts_nullCustomer_isRejected() {
    assertThatThrownBy(() -> Fixtures.withKnockOuts().failedKnockOuts(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }

  @Test
  void failedKnockOuts_nanValue_isRejectedNamingTheKnockOut() {
    ScoringModel<Account> model = Fixtures.withKnockOuts();

    assertThatThrownBy(() -> model.failedKnockOuts(Account.of(75, 10, 5).withYears(Double.NaN)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("knock-out 'minimum-years' of model 'kam' 2026.1 must have a value for the "
            + "customer but was: NaN");
  }
}
