package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * A changed weight always fails the snapshot, and the migration counts exactly the customers
 * whose tier, score or points changed, as the two models score them; any name survives a
 * snapshot file.
 */
final class SnapshotProperties {

  @Test
  void changedWeight_alwaysFails_countingTheCustomersItChanged() throws IOException {
    Path file = Files.createTempFile("kamscore", ".snapshot");
    try {
      Theories.qt(20).forAll(longs().all(), integers().between(0, 40), integers().between(0, 3))
          .checkAssert((seed, size, criterion) -> {
            List<Account> portfolio = portfolio(seed, size);
            ScoringModel<Account> before = Policies.attractiveness();
            String name = before.criteria().get(criterion).name();
            double weight = before.criteria().get(criterion).weight();
            ScoringModel<Account> after = before.toBuilder().weight(name, weight + 1 + size)
                .build();
            PolicySnapshot.of(before, Account::id).write("generated", portfolio, file);

            AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> PolicySnapshot.of(after, Account::id).verify("generated", portfolio, file));

            int moved = 0;
            int scored = 0;
            for (Account a : portfolio) {
              Evaluation was = before.evaluate(a);
              Evaluation is = after.evaluate(a);
              if (!was.tier().equals(is.tier())
                  || !was.failedKnockOuts().equals(is.failedKnockOuts())) {
                moved++;
              } else if (Double.compare(was.score(), is.score()) != 0
                  || !rounded(was).equals(rounded(is))) {
                scored++;
              }
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains(String.format(java.util.Locale.ROOT,
                "\n  %d customers: %d moved, %d stayed but scored differently, 0 added,"
                    + " 0 removed\n", size, moved, scored));
          });
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void anyNames_readBackFromTheFile() {
    Theories.qt(10).forAll(strings().allPossible().ofLengthBetween(1, 10), longs().all())
        .checkAssert((name, seed) -> {
          List<Account> portfolio = new ArrayList<>();
          for (Account a : portfolio(seed, 5)) {
            portfolio.add(a.withId(name + a.id()));
          }
          String text = PolicySnapshot.of(Policies.matrix(Policies.attractiveness()),
              Account::id).render(name, portfolio);

          Snapshot read = Snapshot.parse(text);

          assertThat(read.portfolio()).isEqualTo(name);
          assertThat(read.entries()).extracting(Snapshot.Entry::id).containsExactlyElementsOf(
              portfolio.stream().map(Account::id).sorted().toList());
          for (Snapshot.Entry e : read.entries()) {
            Account a = portfolio.stream().filter(x -> x.id().equals(e.id())).findFirst()
                .orElseThrow();
            Evaluation rows = Policies.attractiveness().evaluate(a);
            assertThat(e.sections().get(0).tier()).isEqualTo(rows.tier().label());
            assertThat(e.sections().get(0).score()).isEqualTo(rows.score());
            assertThat(e.sections().get(0).failed()).isEqualTo(rows.failedKnockOuts());
          }
        });
  }

  /** Accounts K-0 .. K-(size-1), drawn from the seed. */
  private static List<Account> portfolio(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Account> portfolio = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      portfolio.add(Account.random(random).withId("K-" + i));
    }
    return portfolio;
  }

  /** Every criterion's points, rounded half-even to four decimals. */
  private static List<BigDecimal> rounded(Evaluation e) {
    List<BigDecimal> points = new ArrayList<>();
    for (Contribution c : e.contributions()) {
      points.add(new BigDecimal(c.points()).setScale(4, RoundingMode.HALF_EVEN));
    }
    return points;
  }
}
