package org.kamscore.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamscore.decision.Generators.cases;
import static org.kamscore.decision.Generators.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.decision.Generators.Row;

/**
 * The crossings of {@link WeightSensitivity}, computed as roots, checked against the model
 * itself: a variant rebuilt with {@code toBuilder().weight(name, w)} keeps every customer's
 * tier inside the range, and just beyond a bound gives the first customers the tier predicted.
 */
final class WeightSensitivityProperties {
  /** How far inside or beyond a bound the variants are built, relatively. */
  private static final double STEP = 1e-6;
  /** How close to a bound, relatively, a weight is too close to tell by rebuilding. */
  private static final double CLOSE = 1e-9;

  @Test
  void insideTheRange_noCustomerChangesTier_andJustBeyond_theFirstOnesDo() {
    qt().forAll(cases()).checkAssert(c -> {
      List<String> tiers = tiers(c.model(), c.rows());
      // a score within rounding of a threshold may be on it whatever the weight: its tier is
      // rounding's, at any weight
      List<Boolean> onThreshold = c.model().evaluateAll(c.rows()).stream()
          .map(e -> c.model().tiers().all().stream().anyMatch(
              t -> t.rank() < c.model().tiers().all().size() - 1
                  && Math.abs(e.score() - t.minimumScore()) <= CLOSE * 100))
          .toList();
      for (WeightRange range : WeightSensitivity.of(c.rows(), c.model(), Row::id).ranges()) {
        double w = range.weight();
        List<Double> inside = new ArrayList<>(List.of(w * 1.0001, w / 1.0001));
        if (range.lower().isPresent()) {
          double lower = range.lower().getAsDouble();
          assertThat(lower).isLessThanOrEqualTo(w);
          if (lower < w) {
            inside.add((lower + w) / 2);
            inside.add(Math.min(lower * (1 + STEP), (lower + w) / 2));
          }
          check(c, range, lower * (1 - STEP), range.firstDown());
        } else {
          inside.add(w * 1e-3);
        }
        if (range.upper().isPresent()) {
          double upper = range.upper().getAsDouble();
          assertThat(upper).isGreaterThanOrEqualTo(w);
          if (upper > w) {
            inside.add((upper + w) / 2);
            inside.add(Math.max(upper * (1 - STEP), (upper + w) / 2));
          }
          check(c, range, upper * (1 + STEP), range.firstUp());
        } else {
          inside.add(w * 1e3);
        }
        for (double weight : inside) {
          if (range.lower().isPresent() && weight <= range.lower().getAsDouble() * (1 + CLOSE)
              || range.upper().isPresent()
                  && weight >= range.upper().getAsDouble() * (1 - CLOSE)) {
            continue; // a bound within 1e-4 of the weight; or within rounding, a score that
                      // lies on a threshold at the model's own weight
          }
          List<String> again = tiers(variant(c.model(), range.criterion(), weight), c.rows());
          for (int i = 0; i < tiers.size(); i++) {
            if (!onThreshold.get(i)) {
              assertThat(again.get(i)).as("%s at weight %s, row %d", range, weight, i)
                  .isEqualTo(tiers.get(i));
            }
          }
        }
      }
    });
  }

  @Test
  void firstCustomers_crossAtTheBound_andComeByKey() {
    qt().forAll(cases()).checkAssert(c -> {
      for (WeightRange range : WeightSensitivity.of(c.rows(), c.model(), Row::id).ranges()) {
        assertThat(range.lower().isPresent()).isEqualTo(!range.firstDown().isEmpty());
        assertThat(range.upper().isPresent()).isEqualTo(!range.firstUp().isEmpty());
        for (TierCrossing crossing : range.firstDown()) {
          assertThat(crossing.weight()).isEqualTo(range.lower().getAsDouble());
        }
        for (TierCrossing crossing : range.firstUp()) {
          assertThat(crossing.weight()).isEqualTo(range.upper().getAsDouble());
        }
        assertThat(range.firstDown()).extracting(TierCrossing::key).isSorted();
        assertThat(range.firstUp()).extracting(TierCrossing::key).isSorted();
      }
    });
  }

  @Test
  void result_doesNotDependOnTheInputOrder() {
    qt().forAll(cases()).checkAssert(c -> {
      List<Row> reversed = new ArrayList<>(c.rows());
      Collections.reverse(reversed);
      assertThat(WeightSensitivity.of(reversed, c.model(), Row::id).toText())
          .isEqualTo(WeightSensitivity.of(c.rows(), c.model(), Row::id).toText());
    });
  }

  /** Beyond a bound, each first customer has the tier predicted. */
  private static void check(Generators.Case c, WeightRange range, double weight,
      List<TierCrossing> first) {
    List<Evaluation> beyond = variant(c.model(), range.criterion(), weight).evaluateAll(c.rows());
    for (TierCrossing crossing : first) {
      int index = Integer.parseInt(crossing.key().substring(2)) - 1;
      assertThat(beyond.get(index).tier().label()).as("%s beyond, at %s", crossing, weight)
          .isEqualTo(crossing.to().label());
    }
  }

  private static ScoringModel<Row> variant(ScoringModel<Row> model, String criterion,
      double weight) {
    return model.toBuilder().weight(criterion, weight).build();
  }

  private static List<String> tiers(ScoringModel<Row> model, List<Row> rows) {
    return model.evaluateAll(rows).stream().map(e -> e.tier().label()).toList();
  }
}
