package org.kamscore.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kamscore.review.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.quicktheories.core.Gen;

final class TrendsProperties {
  private static final ScoringModel<Account> MODEL = Models.two("2026.1");

  /** One customer in two cycles: in which, and its values in each. */
  record Member(String id, int presence, double value0, double margin0, double value1,
      double margin1) {
    boolean before() {
      return presence != 2; // 0: both, 1: previous only, 2: current only
    }

    boolean after() {
      return presence != 1;
    }
  }

  /** 0 to 30 customers C-1, C-2, ...; most in both cycles; values from a few steps. */
  private static Gen<List<Member>> portfolios() {
    Gen<Double> values = integers().between(0, 20).map(i -> i * 5.0);
    Gen<double[]> four = values.zip(values, values, values,
        (a, b, c, d) -> new double[] {a, b, c, d});
    Gen<int[]> presence = integers().between(0, 5).map(p -> new int[] {p < 4 ? 0 : p - 3});
    return lists().of(four.zip(presence, (v, p) -> new Object[] {v, p})).ofSizeBetween(0, 30)
        .map(list -> {
          List<Member> members = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            double[] v = (double[]) list.get(i)[0];
            int p = ((int[]) list.get(i)[1])[0];
            members.add(new Member("C-" + (i + 1), p, v[0], v[1], v[2], v[3]));
          }
          return members;
        });
  }

  private static Map<String, Evaluation> cycle(List<Member> members, boolean first,
      Map<String, Evaluation> into) {
    for (Member m : members) {
      if (first ? m.before() : m.after()) {
        into.put(m.id(), MODEL.evaluate(new Account(m.id(), first ? m.value0() : m.value1(),
            first ? m.margin0() : m.margin1(), 1_000, 5)));
      }
    }
    return into;
  }

  private static TrendReport report(List<Member> members, double band) {
    return Trends.steadyWithin(band).compare(Cycle.of(cycle(members, true, new HashMap<>())),
        Cycle.of(cycle(members, false, new HashMap<>())));
  }

  /**
   * Steady bands 1.25, 3.75, ...: score changes are whole numbers (3 per step of value, 2 per
   * step of margin) up to rounding, never within rounding of a band.
   */
  private static Gen<Double> bands() {
    return integers().between(0, 8).map(i -> i * 2.5 + 1.25);
  }

  @Test
  void everyCustomerOfEitherCycle_hasOneTrend_inIdOrder() {
    qt().forAll(portfolios(), bands()).checkAssert((members, band) -> {
      TrendReport report = report(members, band);

      List<String> ids = new ArrayList<>();
      members.forEach(m -> ids.add(m.id()));
      Collections.sort(ids);
      assertThat(report.trends()).extracting(Trend::id).containsExactlyElementsOf(ids);
      for (Member m : members) {
        Trend t = report.trend(m.id());
        assertThat(t.direction() == TrendDirection.NOT_ENOUGH_DATA)
            .isEqualTo(!(m.before() && m.after()));
        assertThat(t.before().isPresent()).isEqualTo(m.before());
        assertThat(t.after().isPresent()).isEqualTo(m.after());
      }
    });
  }

  @Test
  void reversingTheCycles_mirrorsEveryTrend() {
    qt().forAll(portfolios(), bands()).checkAssert((members, band) -> {
      Cycle previous = Cycle.of(cycle(members, true, new HashMap<>()));
      Cycle current = Cycle.of(cycle(members, false, new HashMap<>()));

      TrendReport forward = Trends.steadyWithin(band).compare(previous, current);
      TrendReport backward = Trends.steadyWithin(band).compare(current, previous);

      for (int i = 0; i < forward.trends().size(); i++) {
        Trend f = forward.trends().get(i);
        Trend b = backward.trends().get(i);
        assertThat(b.direction()).isEqualTo(mirror(f.direction()));
        if (f.scoreChange().isPresent()) {
          assertThat(b.scoreChange().getAsDouble()).isEqualTo(-f.scoreChange().getAsDouble());
          assertThat(b.tierSteps().getAsInt()).isEqualTo(-f.tierSteps().getAsInt());
        }
        assertThat(b.drivers()).extracting(CriterionChange::criterion)
            .isEqualTo(f.drivers().stream().map(CriterionChange::criterion).toList());
      }
    });
  }

  private static TrendDirection mirror(TrendDirection d) {
    return d == TrendDirection.IMPROVING ? TrendDirection.DECLINING
        : d == TrendDirection.DECLINING ? TrendDirection.IMPROVING : d;
  }

  @Test
  void theDrivers_addUpToTheScoreChange() {
    qt().forAll(portfolios(), bands()).checkAssert((members, band) -> {
      for (Trend t : report(members, band).trends()) {
        if (t.scoreChange().isPresent()) {
          double sum = 0.0;
          for (CriterionChange c : t.drivers()) {
            sum += c.change();
          }
          assertThat(sum).isCloseTo(t.scoreChange().getAsDouble(), within(1e-9));
        }
      }
    });
  }

  @Test
  void movers_areTheMovesBeyondTheBand_biggestFirst_tiesById() {
    qt().forAll(portfolios(), bands(), integers().between(0, 40)).checkAssert(
        (members, band, limit) -> {
          TrendReport report = report(members, band);

          List<Trend> movers = report.movers(limit);

          int beyond = 0;
          for (Member m : members) {
            if (m.before() && m.after()) {
              double before = 0.6 * m.value0() + 0.4 * m.margin0();
              double after = 0.6 * m.value1() + 0.4 * m.margin1();
              if (Math.abs(after - before) > band) {
                beyond++;
              }
            }
          }
          assertThat(movers).hasSize(Math.min(limit, beyond));
          for (int i = 1; i < movers.size(); i++) {
            double previous = Math.abs(movers.get(i - 1).scoreChange().getAsDouble());
            double next = Math.abs(movers.get(i).scoreChange().getAsDouble());
            assertThat(next).isLessThanOrEqualTo(previous);
            if (next == previous) {
              assertThat(movers.get(i).id()).isGreaterThan(movers.get(i - 1).id());
            }
          }
        });
  }

  @Test
  void aWiderSteadyBand_neverMakesAMover() {
    qt().forAll(portfolios(), bands(), bands()).checkAssert((members, a, b) -> {
      List<String> narrow = ids(report(members, Math.min(a, b)).movers(100));
      List<String> wide = ids(report(members, Math.max(a, b)).movers(100));

      assertThat(narrow).containsAll(wide);
    });
  }

  private static List<String> ids(List<Trend> trends) {
    return trends.stream().map(Trend::id).toList();
  }

  @Test
  void theReport_doesNotDependOnTheInputOrderOrTheKindOfMap() {
    qt().forAll(portfolios(), bands(), integers().all()).checkAssert((members, band, seed) -> {
      List<Member> shuffled = new ArrayList<>(members);
      Collections.shuffle(shuffled, new Random(seed));
      List<Account> accounts = new ArrayList<>();
      List<Evaluation> evaluations = new ArrayList<>();
      for (Member m : shuffled) {
        if (m.after()) {
          Account a = new Account(m.id(), m.value1(), m.margin1(), 1_000, 5);
          accounts.add(a);
          evaluations.add(MODEL.evaluate(a));
        }
      }

      TrendReport fromLists = Trends.steadyWithin(band).compare(
          Cycle.of(cycle(shuffled, true, new TreeMap<>())),
          Cycle.of(accounts, evaluations, Account::id));

      assertThat(fromLists.trends()).isEqualTo(report(members, band).trends());
    });
  }
}
