package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation's explanation adds up: points sum to the score, points lost are the
 * maximum less the points, utilities lie in [0, 1], weight shares sum to 1, and the reasons
 * are the criteria that lost points, most first, ties in declaration order.
 */
final class ExplanationProperties {

  @Test
  void explanation_addsUp() {
    Theories.qt().forAll(Generated.scored()).checkAssert(c -> {
      Evaluation e = c.model().build().evaluate(c.customer());
      double points = 0.0;
      double shares = 0.0;
      for (Contribution contribution : e.contributions()) {
        points += contribution.points();
        shares += contribution.weightShare();
        assertThat(contribution.pointsLost())
            .isEqualTo(contribution.maximum() - contribution.points());
        assertThat(contribution.utility()).as(contribution.criterion()).isBetween(0.0, 1.0);
        assertThat(contribution.points()).isBetween(0.0, contribution.maximum());
      }
      assertThat(e.contributions()).hasSize(c.model().size());
      assertThat(points).isCloseTo(e.score(), within(1e-9));
      assertThat(shares).isCloseTo(1.0, within(1e-12));
      List<Contribution> lost = new ArrayList<>();
      for (Contribution contribution : e.contributions()) {
        if (contribution.pointsLost() > 0) {
          lost.add(contribution);
        }
      }
      assertThat(e.reasons()).containsExactlyInAnyOrderElementsOf(lost);
      for (int i = 1; i < e.reasons().size(); i++) {
        Contribution before = e.reasons().get(i - 1);
        Contribution after = e.reasons().get(i);
        assertThat(before.pointsLost() > after.pointsLost()
            || before.pointsLost() == after.pointsLost()
                && e.contributions().indexOf(before) < e.contributions().indexOf(after))
            .as("%s ranked before %s", before, after).isTrue();
      }
    });
  }
}
