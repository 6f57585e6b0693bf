package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorded raw values re-scored without the customer give the recorded result. */
final class ReplayTest {
  private static final ScoringModel<Account> MODEL = Fixtures.withKnockOutsBuilder()
      .criterion("grade", Account::grade, Scale.levels(Account.Grade.class), 2)
      .ifMissing(MissingValue.substituteLevel(Account.Grade.LOW))
      .build();

  private static List<Double> recorded(Evaluation e) {
    List<Double> values = new ArrayList<>();
    for (Contribution c : e.contributions()) {
      values.add(c.missing() ? Double.NaN : c.value());
    }
    return values;
  }

  @Test
  void replay_ofRecordedValues_givesTheRecordedEvaluation() {
    Account account = Account.of(63.3, 17.1, 4.4).withGrade(null).withYears(1);
    Evaluation original = MODEL.evaluate(account);

    Evaluation replayed = MODEL.replay(recorded(original), original.failedKnockOuts());

    assertThat(Double.doubleToRawLongBits(replayed.score()))
        .isEqualTo(Double.doubleToRawLongBits(original.score()));
    assertThat(replayed).isEqualTo(original);
    assertThat(replayed.tier().label()).isEqualTo("C");
    assertThat(replayed.contribution("grade").missing()).isTrue();
  }

  @Test
  void replay_keepsNoReferenceToTheCallersCollections() {
    List<Double> values = new ArrayList<>(List.of(63.3, 17.1, 4.4, Double.NaN));
    List<String> failed = new ArrayList<>(List.of("minimum-years"));

    Evaluation replayed = MODEL.replay(values, failed);
    values.set(0, 0.0);
    failed.clear();

    assertThat(replayed.failedKnockOuts()).containsExactly("minimum-years");
    assertThat(replayed.contribution("revenue").value()).isEqualTo(63.3);
    assertThat(replayed.contribution("grade").missing()).isTrue();
    assertThatThrownBy(() -> replayed.failedKnockOuts().add("reference"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void replay_withTheWrongNumberOfValues_isRejected() {
    assertThatThrownBy(() -> MODEL.replay(List.of(1.0), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded values must be one per criterion, 4, but were: 1");
  }

  @Test
  void replay_ofAPositionNoLevelHas_isRejected() {
    assertThatThrownBy(() -> MODEL.replay(List.of(1.0, 2.0, 3.0, 3.0), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded value of ordinal criterion 'grade' must be a level's position in "
            + "[0, 2] but was: 3.0");
  }

  @Test
  void replay_ofAMissingValueThePolicyRejects_isRejected() {
    assertThatThrownBy(() -> MODEL.replay(List.of(Double.NaN, 2.0, 3.0, 1.0), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recorded value of criterion 'revenue' must be a number, as its "
            + "missing-value policy rejects a missing one, but was: NaN");
  }

  @Test
  void replay_ofAnUndeclaredKnockOut_isRejected() {
    assertThatThrownBy(() -> MODEL.replay(List.of(1.0, 2.0, 3.0, 1.0), List.of("credit")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failed knock-out must be one of [minimum-years, reference] but was: "
            + "'credit'");
  }

  @Test
  void evaluation_carriesTheDeclaredCustomerId() {
    ScoringModel<Account> model = Fixtures.standard().toBuilder().customerId(Account::id).build();

    assertThat(model.evaluate(Account.of(1, 2, 3).withId("C-7")).customerId()).hasValue("C-7");
    assertThat(Fixtures.standard().evaluate(Account.of(1, 2, 3)).customerId()).isEmpty();
  }
}
