package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A batch never loses a customer: every one has an evaluation or an error, in input order. */
final class BatchProperties {
  private static final ScoringModel<Account> MODEL = Fixtures.standard();

  /** A customer, sometimes with a missing margin, or (code 0) no customer at all. */
  private static Gen<Account> customers() {
    return integers().between(0, 9).zip(doubles().between(-10, 110),
        (code, value) -> code == 0 ? null
            : Account.of(value, code == 1 ? Double.NaN : value / 3, value / 6));
  }

  @Test
  void evaluationsPlusErrors_equalTheBatch_inInputOrder_eitherWay() {
    Theories.qt()
        .forAll(lists().of(customers()).ofSizeBetween(0, 60),
            integers().between(0, 1))
        .checkAssert((batch, parallel) -> {
          BatchResult result = MODEL.evaluateAllCollectingErrors(batch,
              parallel == 1 ? Execution.PARALLEL : Execution.SEQUENTIAL);

          assertThat(result.size()).isEqualTo(batch.size());
          assertThat(result.evaluations().size() + result.errors().size())
              .isEqualTo(batch.size());
          List<Integer> failed = new ArrayList<>();
          List<Evaluation> expected = new ArrayList<>();
          for (int i = 0; i < batch.size(); i++) {
            Account customer = batch.get(i);
            if (customer == null || Double.isNaN(customer.margin())) {
              failed.add(i);
              assertThat(result.evaluation(i)).isEmpty();
            } else {
              expected.add(MODEL.evaluate(customer));
              assertThat(result.evaluation(i)).contains(MODEL.evaluate(customer));
            }
          }
          assertThat(result.evaluations()).isEqualTo(expected);
          assertThat(result.errors()).extracting(e -> e.customerIndex().getAsInt())
              .isEqualTo(failed);
        });
  }

  /**
   * A ranking lists every customer once, with its own evaluation, higher scores first and
   * equal scores in input order; the customers' scores come in steps of 12.5, so ties are many.
   */
  @Test
  void ranking_isEveryCustomerOnce_byScoreDescending_tiesInInputOrder() {
    Theories.qt()
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(0, 40),
            integers().between(0, 1))
        .checkAssert((steps, parallel) -> {
          List<Account> batch = new ArrayList<>();
          for (int step : steps) {
            batch.add(Account.of(step * 12.5, step * 5.0, step / 2.0));
          }

          List<Ranked<Account>> ranking = MODEL.rank(batch,
              parallel == 1 ? Execution.PARALLEL : Execution.SEQUENTIAL);

          assertThat(ranking).extracting(Ranked::index).doesNotHaveDuplicates()
              .hasSize(batch.size());
          for (int p = 0; p < ranking.size(); p++) {
            Ranked<Account> r = ranking.get(p);
            assertThat(r.position()).isEqualTo(p + 1);
            assertThat(r.customer()).isSameAs(batch.get(r.index()));
            assertThat(r.evaluation()).isEqualTo(MODEL.evaluate(batch.get(r.index())));
            if (p > 0) {
              Ranked<Account> before = ranking.get(p - 1);
              double higher = before.evaluation().score();
              double lower = r.evaluation().score();
              assertThat(higher > lower || higher == lower && before.index() < r.index())
                  .as("%s before %s", before, r).isTrue();
            }
          }
        });
  }
}
