package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Batches that fail fast, batches that collect errors, and lazy streams. */
final class BatchResultTest {
  private static final ScoringModel<Account> MODEL = Fixtures.standard();
  private static final Account GOOD = Account.of(75, 10, 5);
  private static final Account MISSING_MARGIN = Account.of(75, Double.NaN, 5);

  @Test
  void collectingErrors_keepsEveryCustomer_evaluationsAndErrorsInInputOrder() {
    List<Account> customers = Arrays.asList(GOOD, MISSING_MARGIN, null, GOOD.withId("C-4"));

    BatchResult result = MODEL.evaluateAllCollectingErrors(customers, Execution.SEQUENTIAL);

    assertThat(result.size()).isEqualTo(4);
    assertThat(result.evaluations()).hasSize(2).containsOnly(MODEL.evaluate(GOOD));
    assertThat(result.errors()).extracting(e -> e.customerIndex().getAsInt())
        .containsExactly(1, 2);
    assertThat(result.errors().get(0)).hasMessage("criterion 'margin' of model 'kam' 2026.1 "
        + "must have a value for customer at index 1 but was: NaN (missing-value policy: reject)");
    assertThat(result.errors().get(1))
        .hasMessage("customer at index 2 of a batch for model 'kam' 2026.1 must not be null");
    assertThat(result.evaluation(0)).isPresent();
    assertThat(result.evaluation(1)).isEmpty();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result).hasToString("BatchResult[size=4, evaluations=2, errors=2]");
  }

  @Test
  void collectingErrors_inParallel_equalsSequential() {
    List<Account> customers = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      customers.add(i % 7 == 3 ? MISSING_MARGIN : Account.of(i % 101, i % 41, i % 21));
    }

    BatchResult sequential = MODEL.evaluateAllCollectingErrors(customers, Execution.SEQUENTIAL);
    BatchResult parallel = MODEL.evaluateAllCollectingErrors(customers, Execution.PARALLEL);

    assertThat(parallel.evaluations()).isEqualTo(sequential.evaluations());
    assertThat(parallel.errors()).extracting(Throwable::getMessage)
        .isEqualTo(sequential.errors().stream().map(Throwable::getMessage).toList());
  }

  @Test
  void collectingErrors_emptyBatch_isEmpty() {
    BatchResult result = MODEL.evaluateAllCollectingErrors(List.of(), Execution.PARALLEL);

    assertThat(result.size()).isZero();
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void failFast_sequential_stopsAtTheFirstBadCustomer() {
    Set<Account> read = Collections.newSetFromMap(new IdentityHashMap<>());
    ScoringModel<Account> recording = Fixtures.empty()
        .criterion("margin", a -> {
          read.add(a);
          return a.margin();
        }, Scale.linear(0, 40), 1)
        .build();
    // four distinct customers, so that which ones were read tells how far the batch went
    List<Account> customers =
        List.of(Account.of(75, 10, 5), MISSING_MARGIN, Account.of(75, 10, 5), Account.of(75, 10, 5));

    assertThatThrownBy(() -> recording.evaluateAll(customers, Execution.SEQUENTIAL))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("customer at index 1");
    assertThat(read).containsExactlyInAnyOrder(customers.get(0), customers.get(1));
  }

  @Test
  void failFast_parallel_reportsTheLowestIndex() {
    List<Account> customers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      customers.add(i == 17 || i == 250 ? MISSING_MARGIN : GOOD);
    }

    assertThatThrownBy(() -> MODEL.evaluateAll(customers, Execution.PARALLEL))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("customer at index 17 ");
  }

  @Test
  void lazily_evaluatesInEncounterOrder_onlyWhatIsConsumed() {
    AtomicInteger produced = new AtomicInteger();
    Stream<Account> customers = Stream.generate(() -> Account.of(produced.incrementAndGet(), 10, 5));

    List<Evaluation> firstThree = MODEL.evaluateLazily(customers).limit(3).toList();

    assertThat(firstThree).containsExactly(MODEL.evaluate(Account.of(1, 10, 5)),
        MODEL.evaluate(Account.of(2, 10, 5)), MODEL.evaluate(Account.of(3, 10, 5)));
    assertThat(produced).hasValue(3);
  }

  @Test
  void lazily_badCustomer_namesItsIndexInTheStream() {
    Stream<Account> customers = Stream.of(GOOD, GOOD, MISSING_MARGIN);

    assertThatThrownBy(() -> MODEL.evaluateLazily(customers).forEach(e -> { }))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("customer at index 2 ");
    assertThatThrownBy(() -> MODEL.evaluateLazily(Stream.of(GOOD, null)).toList())
        .isInstanceOf(ScoringException.class)
        .hasMessage("customer at index 1 of a batch for model 'kam' 2026.1 must not be null");
  }
}
