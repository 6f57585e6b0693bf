package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.Tiers;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

final class CycleTest {
  private static final ScoringModel<Account> MODEL = Models.two("2026.1");

  @Test
  void cycle_holdsItsCustomersInIdOrder_whateverTheMap() {
    Map<String, Evaluation> hashed = new HashMap<>();
    for (String id : List.of("C-9", "C-10", "C-1", "B-7")) {
      hashed.put(id, MODEL.evaluate(Account.passing(id, 50)));
    }

    Cycle cycle = Cycle.of(hashed);

    assertThat(cycle.ids()).containsExactly("B-7", "C-1", "C-10", "C-9");
    assertThat(cycle.size()).isEqualTo(4);
    assertThat(cycle.evaluations()).containsExactly(hashed.get("B-7"), hashed.get("C-1"),
        hashed.get("C-10"), hashed.get("C-9"));
    assertThat(cycle.evaluation("C-10")).containsSame(hashed.get("C-10"));
    assertThat(cycle.evaluation("C-2")).isEmpty();
    assertThat(cycle.placement("C-10")).isEmpty();
    assertThat(cycle.hasPlacements()).isFalse();
    assertThat(Cycle.of(new TreeMap<>(hashed)).evaluations()).isEqualTo(cycle.evaluations());
    assertThat(cycle.toString()).isEqualTo("Cycle[4 customers, evaluations]");
  }

  @Test
  void cycle_fromListsAndAnIdFunction() {
    List<Account> accounts = Models.accounts(30, 60, 90);

    Cycle cycle = Cycle.of(accounts, MODEL.evaluateAll(accounts), Account::id);

    assertThat(cycle.ids()).containsExactly("C-0", "C-1", "C-2");
    assertThat(cycle.evaluation("C-2").orElseThrow().score())
        .isEqualTo(MODEL.evaluate(accounts.get(2)).score());
  }

  @Test
  void cycle_ofPlacements_holdsTheRowEvaluations() {
    PortfolioMatrix<Account> matrix = Matrices.threeByTwo();
    List<Account> accounts = Models.accounts(30, 80);
    List<Placement> placements = List.copyOf(matrix.classifyAll(accounts).placements());

    Cycle fromLists = Cycle.ofPlacements(accounts, placements, Account::id);
    Cycle fromMap = Cycle.ofPlacements(Map.of("C-1", placements.get(1), "C-0",
        placements.get(0)));

    assertThat(fromLists.hasPlacements()).isTrue();
    assertThat(fromLists.placement("C-1")).containsSame(placements.get(1));
    assertThat(fromLists.evaluation("C-1")).containsSame(placements.get(1).rowEvaluation());
    assertThat(fromMap.evaluations()).isEqualTo(fromLists.evaluations());
    assertThat(fromMap.toString()).isEqualTo("Cycle[2 customers, placements]");
  }

  @Test
  void repeatedId_isRejected_namingBothIndexes() {
    List<Account> accounts = List.of(Account.passing("C-1", 10), Account.passing("C-2", 20),
        Account.passing("C-1", 30));

    assertThatThrownBy(() -> Cycle.of(accounts, MODEL.evaluateAll(accounts), Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer id must be unique but was repeated: 'C-1' at indexes 0 and 2");
  }

  @Test
  void listsOfDifferentSizes_areRejected() {
    List<Account> accounts = Models.accounts(10, 20);
    List<Evaluation> one = List.of(MODEL.evaluate(accounts.get(0)));

    assertThatThrownBy(() -> Cycle.of(accounts, one, Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of evaluations must be the number of customers, 2, but was: 1");
    assertThatThrownBy(() -> Cycle.ofPlacements(accounts, List.of(), Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of placements must be the number of customers, 2, but was: 0");
  }

  @Test
  void nulls_areRejected_namingTheIndexOrTheId() {
    List<Account> accounts = Models.accounts(10, 20);
    List<Evaluation> evaluations = MODEL.evaluateAll(accounts);
    Map<String, Evaluation> missing = new HashMap<>();
    missing.put("C-9", null);
    missing.put("C-2", null);
    missing.put("C-5", evaluations.get(0));
    Map<String, Evaluation> nullId = new HashMap<>();
    nullId.put(null, evaluations.get(0));

    assertThatThrownBy(() -> Cycle.of(Arrays.asList(accounts.get(0), null), evaluations,
        Account::id)).isInstanceOf(NullPointerException.class).hasMessage("customer 1");
    assertThatThrownBy(() -> Cycle.of(accounts, Arrays.asList(evaluations.get(0), null),
        Account::id)).isInstanceOf(NullPointerException.class).hasMessage("evaluation 1");
    assertThatThrownBy(() -> Cycle.of(accounts, evaluations, a -> null))
        .isInstanceOf(NullPointerException.class).hasMessage("id of customer 0");
    assertThatThrownBy(() -> Cycle.of(missing))
        .isInstanceOf(NullPointerException.class).hasMessage("evaluation of customer 'C-2'");
    assertThatThrownBy(() -> Cycle.of(nullId))
        .isInstanceOf(NullPointerException.class).hasMessage("customer id");
    assertThatThrownBy(() -> Cycle.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("evaluations");
    assertThatThrownBy(() -> Cycle.ofPlacements(null))
        .isInstanceOf(NullPointerException.class).hasMessage("placements");
    assertThatThrownBy(() -> Cycle.of(accounts, evaluations, null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    Cycle cycle = Cycle.of(accounts, evaluations, Account::id);
    assertThatThrownBy(() -> cycle.evaluation(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void evaluationsThatDifferInCriteriaOrTierLabels_areRejected() {
    ScoringModel<Account> single = Models.single(Models.abc());
    ScoringModel<Account> relabelled = MODEL.toBuilder()
        .tiers(Tiers.from("Gold", 75).then("Silver", 50).otherwise("Bronze")).build();
    Map<String, Evaluation> criteria = Map.of(
        "C-1", MODEL.evaluate(Account.passing("C-1", 50)),
        "C-2", single.evaluate(Account.passing("C-2", 50)));
    // value 100, margin 0: 60 points, tier B or Silver
    Map<String, Evaluation> tiers = Map.of(
        "C-1", MODEL.evaluate(Account.passing("C-1", 100)),
        "C-2", relabelled.evaluate(Account.passing("C-2", 100)));

    assertThatThrownBy(() -> Cycle.of(criteria))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria of customer 'C-2' must be [value, margin] as in the others but "
            + "were: [value]");
    assertThatThrownBy(() -> Cycle.of(tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier of rank 1 of customer 'C-2' must be 'B' as in the others but was: "
            + "'Silver'");
  }
}
