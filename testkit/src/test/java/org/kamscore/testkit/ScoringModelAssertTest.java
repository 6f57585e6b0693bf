package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.testkit.KamAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamscore.ScoringModel;
import org.kamscore.testkit.Account.Relation;

final class ScoringModelAssertTest {
  private static final ScoringModel<Account> MODEL = Policies.linear();

  @Test
  void passingAssertions_chain_intoAnEvaluation() {
    assertThat(MODEL)
        .hasId("attractiveness").hasVersion("1.0")
        .hasFingerprint(Policies.linear().fingerprint())
        .hasCriteria("revenue", "margin", "discount", "relation")
        .hasKnockOuts("minimum-revenue")
        .evaluating(new Account("K-1", 100_000, 0.4, 0, 3, Relation.PARTNER))
        .hasTier("C").failedKnockOut("minimum-revenue");
  }

  @Test
  void hasFingerprint_changedPolicy_failsSayingWhatToDo() {
    ScoringModel<Account> changed = MODEL.toBuilder().weight("margin", 31).build();

    assertThatThrownBy(() -> assertThat(changed).hasFingerprint(MODEL.fingerprint()))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting model 'attractiveness' 1.0 to have fingerprint\n"
            + "  " + MODEL.fingerprint() + "\n"
            + "but it has\n"
            + "  " + changed.fingerprint() + "\n"
            + "The policy changed: its criteria, scales, weights, missing-value policies,"
            + " knock-outs or tiers. If the change is intended, update the expected fingerprint,"
            + " and the version if the policy is in use.");
  }

  @Test
  void identityAndDeclarations_otherValues_fail() {
    assertThatThrownBy(() -> assertThat(MODEL).hasId("loyalty"))
        .hasMessage("Expecting model 'attractiveness' 1.0 to have id 'loyalty' but it has"
            + " 'attractiveness'");
    assertThatThrownBy(() -> assertThat(MODEL).hasVersion("2.0"))
        .hasMessage("Expecting model 'attractiveness' 1.0 to have version '2.0' but it has"
            + " '1.0'");
    assertThatThrownBy(() -> assertThat(MODEL).hasCriteria("margin", "revenue"))
        .hasMessage("Expecting model 'attractiveness' 1.0 to have the criteria [margin, revenue]"
            + " but it has [revenue, margin, discount, relation]");
    assertThatThrownBy(() -> assertThat(MODEL).hasKnockOuts())
        .hasMessage("Expecting model 'attractiveness' 1.0 to have the knock-outs [] but it has"
            + " [minimum-revenue]");
  }
}
