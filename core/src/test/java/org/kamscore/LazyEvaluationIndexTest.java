package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoringModel#evaluateLazily} names the right customer however the caller runs the
 * stream: the index travels with each customer, not in a counter.
 */
final class LazyEvaluationIndexTest {
  private static final int CUSTOMERS = 100_000;
  private static final int BAD = 77_777;
  private static final ScoringModel<Account> MODEL = Fixtures.standard();

  private static List<Account> customers() {
    List<Account> customers = new ArrayList<>(CUSTOMERS);
    for (int i = 0; i < CUSTOMERS; i++) {
      // the revenue of the bad customer is missing, which the model rejects
      customers.add(Account.of(i == BAD ? Double.NaN : i % 100, 20, 5).withId("C-" + i));
    }
    return customers;
  }

  private static int failingIndex(Function<List<Account>, Stream<Evaluation>> run) {
    ScoringException e = catchThrowableOfType(ScoringException.class,
        () -> run.apply(customers()).forEach(evaluation -> { }));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("at index " + e.customerIndex().getAsInt());
    return e.customerIndex().getAsInt();
  }

  @Test
  void sequential_namesTheBadCustomer() {
    assertThat(failingIndex(list -> MODEL.evaluateLazily(list.stream()))).isEqualTo(BAD);
  }

  @Test
  void parallelSource_namesTheBadCustomer() {
    assertThat(failingIndex(list -> MODEL.evaluateLazily(list.parallelStream())))
        .isEqualTo(BAD);
  }

  @Test
  void madeParallelAfterTheCall_namesTheBadCustomer() {
    assertThat(failingIndex(list -> MODEL.evaluateLazily(list.stream()).parallel()))
        .isEqualTo(BAD);
  }

  @Test
  void madeSequentialAfterTheCall_namesTheBadCustomer() {
    assertThat(failingIndex(list -> MODEL.evaluateLazily(list.parallelStream()).sequential()))
        .isEqualTo(BAD);
  }

  @Test
  void parallelSourceOfUnknownSize_namesTheBadCustomer() {
    assertThat(failingIndex(list -> MODEL.evaluateLazily(StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(list.iterator(), Spliterator.ORDERED), true))))
        .isEqualTo(BAD);
  }

  @Test
  void parallelStream_givesEveryCustomerItsOwnEvaluation_inEncounterOrder() {
    List<Account> good = customers().subList(0, BAD); // all scorable
    List<Evaluation> lazily = MODEL.evaluateLazily(good.parallelStream()).parallel().toList();

    assertThat(lazily).hasSize(good.size());
    for (int i = 0; i < good.size(); i += 997) {
      // revenue i % 100 on linear(0 -> 100) at weight 2 of 4: half of it in points
      assertThat(lazily.get(i).contribution("revenue").value()).isEqualTo(i % 100);
    }
  }

  @Test
  void closingTheResult_closesTheSource() {
    boolean[] closed = {false};
    try (Stream<Evaluation> evaluations =
        MODEL.evaluateLazily(Stream.of(Account.of(1, 2, 3)).onClose(() -> closed[0] = true))) {
      assertThat(evaluations.count()).isEqualTo(1);
    }
    assertThat(closed[0]).isTrue();
  }
}
