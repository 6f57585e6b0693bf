package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BatchTest {
  private final ScoringModel<Account> model = Fixtures.withKnockOuts();

  /** Scores 62.5, 87.5, 75, 87.5, 0. */
  private final List<Account> customers = List.of(
      Account.of(75, 10, 5).withId("C-0"),
      Account.of(87.5, 40, 5).withId("C-1"),
      Account.of(100, 0, 0).withId("C-2"),
      Account.of(87.5, 40, 5).withId("C-3"),
      Account.of(0, 0, 20).withId("C-4"));

  @Test
  void evaluateAll_keepsInputOrder() {
    List<Evaluation> evaluations = model.evaluateAll(customers);

    assertThat(evaluations).extracting(Evaluation::score)
        .containsExactly(62.5, 87.5, 75.0, 87.5, 0.0);
    for (int i = 0; i < customers.size(); i++) {
      assertThat(evaluations.get(i)).isEqualTo(model.evaluate(customers.get(i)));
    }
  }

  @Test
  void rank_ordersByScoreDescending_tiesInInputOrder() {
    List<Ranked<Account>> ranking = model.rank(customers);

    assertThat(ranking).extracting(Ranked::position).containsExactly(1, 2, 3, 4, 5);
    assertThat(ranking).extracting(Ranked::index).containsExactly(1, 3, 2, 0, 4);
    assertThat(ranking).extracting(r -> r.customer().id())
        .containsExactly("C-1", "C-3", "C-2", "C-0", "C-4");
    assertThat(ranking).extracting(r -> r.evaluation().score())
        .containsExactly(87.5, 87.5, 75.0, 62.5, 0.0);
  }

  @Test
  void rank_keepsTheCustomerInstanceAndItsEvaluation() {
    Ranked<Account> first = model.rank(customers).get(0);

    assertThat(first.customer()).isSameAs(customers.get(1));
    assertThat(first.evaluation()).isEqualTo(model.evaluate(customers.get(1)));
  }

  @Test
  void rank_ordersByScoreNotByTier() {
    // 87.5 but failing the minimum years: tier C, still ranked first by score
    List<Account> withKnockedOut = List.of(
        Account.of(75, 10, 5), Account.of(87.5, 40, 5).withYears(0));

    List<Ranked<Account>> ranking = model.rank(withKnockedOut);

    assertThat(ranking).extracting(Ranked::index).containsExactly(1, 0);
    assertThat(ranking.get(0).evaluation().tier().label()).isEqualTo("C");
  }

  @Test
  void parallel_givesTheSameEvaluationsAsSequential() {
    List<Account> many = manyCustomers();

    assertThat(model.evaluateAll(many, Execution.PARALLEL))
        .isEqualTo(model.evaluateAll(many, Execution.SEQUENTIAL))
        .isEqualTo(model.evaluateAll(many));
  }

  @Test
  void parallel_givesTheSameRankingAsSequential() {
    List<Account> many = manyCustomers();

    assertThat(model.rank(many, Execution.PARALLEL))
        .isEqualTo(model.rank(many, Execution.SEQUENTIAL))
        .isEqualTo(model.rank(many));
  }

  @Test
  void empty_givesEmptyLists() {
    for (Execution execution : List.of(Execution.SEQUENTIAL, Execution.PARALLEL)) {
      assertThat(model.evaluateAll(List.of(), execution)).isEmpty();
      assertThat(model.rank(List.of(), execution)).isEmpty();
    }
  }

  @Test
  void results_areUnmodifiable() {
    List<Evaluation> evaluations = model.evaluateAll(customers);
    List<Ranked<Account>> ranking = model.rank(customers);

    assertThatThrownBy(() -> evaluations.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ranking.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArguments_areRejected() {
    assertThatThrownBy(() -> model.evaluateAll(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customers");
    assertThatThrownBy(() -> model.evaluateAll(customers, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("execution");
    assertThatThrownBy(() -> model.rank(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customers");
  }

  /** 300 customers with many equal scores, so ties must be broken by input index. */
  private static List<Account> manyCustomers() {
    List<Account> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(Account.of(i % 7 * 15.0, i % 5 * 10.0, i % 3 * 7.5).withId("C-" + i)
          .withYears(i % 11));
    }
    return many;
  }
}
