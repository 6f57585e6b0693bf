package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;

/** A worked example of {@link PolicyImpact}, checked by hand in the comments. */
final class PolicyImpactTest {
  // version 1 weighs a and b 1:1, version 2 1:3; utilities value / 100; A from 60, B from 40
  //        a   b   v1: (a + b) / 2     v2: (a + 3 b) / 4
  // C-1   90  40   65 A                (90 + 120) / 4 = 52.5 B   demoted, lost key account
  // C-2   20  70   45 B                (20 + 210) / 4 = 57.5 B
  // C-3   50  20   35 C                (50 + 60) / 4 = 27.5 C
  // C-4   40  90   65 A                (40 + 270) / 4 = 77.5 A
  // C-5   10  80   45 B                (10 + 240) / 4 = 62.5 A   promoted, new key account
  private static final List<Account> PORTFOLIO =
      Account.pairs(90, 40, 20, 70, 50, 20, 40, 90, 10, 80);

  private final ScoringModel<Account> v1 = Policies.twoCriteria("2026.1", 1, 1);
  private final ScoringModel<Account> v2 = Policies.twoCriteria("2026.2", 1, 3);

  @Test
  void tiers_promotions_demotions_andKeyAccounts() {
    PolicyImpact<Account> impact = PolicyImpact.between(v1, v2).review(PORTFOLIO, Account::id);

    assertThat(impact.tiers().counts()).containsExactly(
        List.of(1, 1, 0), List.of(1, 1, 0), List.of(0, 0, 1));
    assertThat(impact.promotions()).containsExactly("C-5");
    assertThat(impact.demotions()).containsExactly("C-1");
    assertThat(impact.newKeyAccounts()).containsExactly("C-5");
    assertThat(impact.lostKeyAccounts()).containsExactly("C-1");
    assertThat(impact.cells()).isEmpty();
    assertThat(impact.changes()).extracting(CustomerImpact::key).containsExactly("C-1", "C-5");
    assertThat(impact.summary()).isEqualTo("""
        policy impact: two 2026.1 -> two 2026.2, 5 customers
        tiers: 1 promoted, 1 demoted, 3 unchanged
        key accounts (tier A): 1 new (C-5), 1 lost (C-1)
        """);
  }

  @Test
  void reasons_areTheDifferencesInPoints_largestFirst() {
    // C-1: v1 a 0.9 * 50 = 45, b 0.4 * 50 = 20; v2 a 0.9 * 25 = 22.5, b 0.4 * 75 = 30:
    // a -22.5, b +10
    CustomerImpact<Account> c1 = PolicyImpact.between(v1, v2).review(PORTFOLIO, Account::id)
        .changes().get(0);

    assertThat(c1.from().label()).isEqualTo("A");
    assertThat(c1.to().label()).isEqualTo("B");
    assertThat(c1.fromScore()).isCloseTo(65.0, within(1e-12));
    assertThat(c1.toScore()).isCloseTo(52.5, within(1e-12));
    assertThat(c1.isDemotion()).isTrue();
    assertThat(c1.reasons()).extracting(ReasonChange::criterion).containsExactly("a", "b");
    assertThat(c1.reasons().get(0).difference()).isCloseTo(-22.5, within(1e-12));
    assertThat(c1.reasons().get(1).difference()).isCloseTo(10.0, within(1e-12));
    assertThat(c1.toText()).isEqualTo("""
        C-1: tier A -> B (65.00 -> 52.50)
          a -22.50 (45.00 -> 22.50 points)
          b +10.00 (20.00 -> 30.00 points)
        """);
    assertThat(c1).hasToString("CustomerImpact[C-1: A -> B]");
  }

  @Test
  void matrices_addTheCellMigration_andKeyAccountsByCell() {
    // columns: margin alone, cut at 50: C-1 40 low, C-2 70 high, C-3 20 low, C-4 90 high,
    // C-5 80 high. Rows cut at 50:
    // v1 rows 65 high, 45 low, 35 low, 65 high, 45 low -> develop, maintain, reduce,
    //   key account, maintain
    // v2 rows 52.5 high, 57.5 high, 27.5 low, 77.5 high, 62.5 high -> develop, key account,
    //   reduce, key account, key account: C-2 and C-5 move from maintain to key account
    PolicyImpact<Account> impact = PolicyImpact.between(v1, v2)
        .matrices(matrix(v1), matrix(v2))
        .keyAccountCell("key account")
        .review(PORTFOLIO, Account::id);

    CellMigration cells = impact.cells().orElseThrow();
    assertThat(cells.fromCells()).containsExactly("reduce", "maintain", "develop",
        "key account");
    assertThat(cells.count("maintain", "key account")).isEqualTo(2);
    assertThat(cells.count("develop", "develop")).isEqualTo(1);
    assertThat(cells.moved()).isEqualTo(2);
    assertThat(cells.total()).isEqualTo(5);
    assertThat(impact.newKeyAccounts()).containsExactly("C-2", "C-5");
    assertThat(impact.lostKeyAccounts()).isEmpty();
    assertThat(impact.changes()).extracting(CustomerImpact::key)
        .containsExactly("C-1", "C-2", "C-5");
    CustomerImpact<Account> c2 = impact.changes().get(1);
    assertThat(c2.tierChanged()).isFalse();
    assertThat(c2.cellChanged()).isTrue();
    assertThat(c2.fromCell()).contains("maintain");
    assertThat(c2.toCell()).contains("key account");
    assertThat(impact.toText()).isEqualTo("""
        policy impact: two 2026.1 -> two 2026.2, 5 customers
        tiers: 1 promoted, 1 demoted, 3 unchanged
        key accounts (cell key account): 2 new (C-2, C-5), 0 lost
        cells: 2 moved
        tier migration (rows two 2026.1, columns two 2026.2):
           A  B  C
        A  1  1  0
        B  1  1  0
        C  0  0  1
        cell migration (rows two 2026.1, columns two 2026.2):
                     reduce  maintain  develop  key account
        reduce            1         0        0            0
        maintain          0         0        0            2
        develop           0         0        1            0
        key account       0         0        0            1
        changed customers:
        C-1: tier A -> B (65.00 -> 52.50)
          a -22.50 (45.00 -> 22.50 points)
          b +10.00 (20.00 -> 30.00 points)
        C-2: tier B (unchanged) (45.00 -> 57.50), cell maintain -> key account
          b +17.50 (35.00 -> 52.50 points)
          a -5.00 (10.00 -> 5.00 points)
        C-5: tier B -> A (45.00 -> 62.50), cell maintain -> key account
          b +20.00 (40.00 -> 60.00 points)
          a -2.50 (5.00 -> 2.50 points)
        """);
  }

  @Test
  void review_keepsTheVersionsItCompared() {
    PortfolioMatrix<Account> m1 = matrix(v1);
    PortfolioMatrix<Account> m2 = matrix(v2);

    PolicyImpact<Account> withMatrices = PolicyImpact.between(v1, v2).matrices(m1, m2)
        .keyAccountCell("key account").review(PORTFOLIO, Account::id);
    PolicyImpact<Account> without = PolicyImpact.between(v2, v1).review(PORTFOLIO, Account::id);

    assertThat(withMatrices.from()).isSameAs(v1);
    assertThat(withMatrices.to()).isSameAs(v2);
    assertThat(withMatrices.fromMatrix()).containsSame(m1);
    assertThat(withMatrices.toMatrix()).containsSame(m2);
    assertThat(withMatrices.keyAccountCell()).contains("key account");
    assertThat(without.from()).isSameAs(v2);
    assertThat(without.to()).isSameAs(v1);
    assertThat(without.fromMatrix()).isEmpty();
    assertThat(without.toMatrix()).isEmpty();
    assertThat(without.keyAccountCell()).isEmpty();
  }

  @Test
  void knockOuts_failedNowOrNoLonger_areReasons() {
    ScoringModel<Account> strict = v1.toBuilder().id("two", "2026.3")
        .knockOutBelow("volume", Account::revenue, 50).build();
    // under 2026.3 C-1 (90) passes, C-2 (20) fails: B -> C; C-4 (40) fails: A -> C;
    // C-5 (10) fails: B -> C; C-3 (50) passes, C already
    PolicyImpact<Account> impact = PolicyImpact.between(v1, strict)
        .review(PORTFOLIO, Account::id);

    assertThat(impact.demotions()).containsExactly("C-2", "C-4", "C-5");
    CustomerImpact<Account> c4 = impact.changes().get(1);
    assertThat(c4.reasons()).isEmpty();
    assertThat(c4.knockOutsNowFailed()).containsExactly("volume");
    assertThat(c4.toText()).isEqualTo("""
        C-4: tier A -> C (65.00 -> 65.00)
          knock-out volume now failed
        """);
    assertThat(PolicyImpact.between(strict, v1).review(PORTFOLIO, Account::id).changes().get(1)
        .knockOutsNoLongerFailed()).containsExactly("volume");
  }

  @Test
  void sameVersion_changesNothing() {
    PolicyImpact<Account> impact = PolicyImpact.between(v1, v1).review(PORTFOLIO, Account::id);

    assertThat(impact.changes()).isEmpty();
    assertThat(impact.toText()).endsWith("no customer changed\n");
    assertThat(impact).hasToString("PolicyImpact[two 2026.1 -> two 2026.1, 5 customers, "
        + "0 changed]");
  }

  @Test
  void badSettings_areRejected() {
    assertThatThrownBy(() -> PolicyImpact.between(v1, v2).keyAccountCell("key account")
        .review(PORTFOLIO, Account::id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key-account cell 'key account' needs matrices(from, to) but they were: "
            + "null");
    assertThatThrownBy(() -> PolicyImpact.between(v1, v2).matrices(matrix(v1), matrix(v2))
        .keyAccountCell("star").review(PORTFOLIO, Account::id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key-account cell must be one of the cells [reduce, maintain, develop, "
            + "key account] of matrix 'm' but was: 'star'");
    assertThatThrownBy(() -> PolicyImpact.between(v1, v2).keyAccountCell("a")
        .keyAccountCell("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key-account cell was already set to 'a'");
    assertThatThrownBy(() -> PolicyImpact.between(v1, v2).keyAccountCell(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key-account cell must not be blank but was: ' '");
  }

  private static PortfolioMatrix<Account> matrix(ScoringModel<Account> rows) {
    return PortfolioMatrix.builder(Account.class).id("m", rows.version())
        .rows(rows, Bands.cutAt(50)).columns(POSITION, Bands.cutAt(50))
        .cell("high", "high", "key account").cell("high", "low", "develop")
        .cell("low", "high", "maintain").cell("low", "low", "reduce").build();
  }

  private static final ScoringModel<Account> POSITION = Policies.marginOnly();
}
