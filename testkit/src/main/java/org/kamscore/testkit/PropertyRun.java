package org.kamscore.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One run of {@link PolicyProperties}' checks with a resolved seed: draws the cases, judges
 * them, shrinks the first failure and throws it as a report.
 *
 * @param <T> the customer type
 */
final class PropertyRun<T> {
  static final int MONOTONIC = 0;
  static final int BOUNDED = 1;
  static final int KNOCK_OUT_CAPS = 2;
  static final int DETERMINISTIC = 3;
  private static final List<String> NAMES =
      List.of("monotonic", "bounded", "knock-out caps", "deterministic");

  private final Policy<T> policy;
  private final Function<? super SplittableRandom, ? extends T> customers;
  private final List<Variation<T>> variations;
  private final long seed;
  private final int examples;
  private final Function<? super T, ? extends Collection<? extends T>> simpler;
  private final Function<? super T, String> description;

  PropertyRun(Policy<T> policy, Function<? super SplittableRandom, ? extends T> customers,
      List<Variation<T>> variations, long seed, int examples,
      Function<? super T, ? extends Collection<? extends T>> simpler,
      Function<? super T, String> description) {
    this.policy = policy;
    this.customers = customers;
    this.variations = variations;
    this.seed = seed;
    this.examples = examples;
    this.simpler = simpler;
    this.description = description;
  }

  /** Checks every variation: a better value never lowers a score, a tier or a band. */
  void monotonic() {
    for (int j = 0; j < variations.size(); j++) {
      Variation<T> v = variations.get(j);
      SplittableRandom random = Seeds.stream(seed, MONOTONIC, j);
      for (int example = 1; example <= examples; example++) {
        T customer = generate(random, example);
        double x = v.values().draw(random);
        double y = v.values().draw(random);
        if (x == y) {
          continue;
        }
        double better = v.better().isAtLeastAsGood(x, y) ? x : y;
        double worse = better == x ? y : x;
        Finding found = pair(customer, v, worse, better);
        if (found != null) {
          throw shrunkPair(customer, v, worse, better, found, example);
        }
      }
    }
  }

  /** Checks one property of single customers: {@link #BOUNDED} or {@link #KNOCK_OUT_CAPS}. */
  void single(int property) {
    SplittableRandom random = Seeds.stream(seed, property, -1);
    for (int example = 1; example <= examples; example++) {
      T customer = generate(random, example);
      if (!variations.isEmpty()) {
        Variation<T> v = variations.get((example - 1) % variations.size());
        customer = v.with(customer, v.values().draw(random));
      }
      Finding found = single(property, customer);
      if (found != null) {
        Shrinker<T> shrinker = new Shrinker<>(policy, variations, simpler);
        T shrunk = shrinker.customer(customer,
            c -> found.sameKind(single(property, c)), null);
        Finding last = single(property, shrunk);
        StringBuilder s = head(property);
        found(s, example, shrinker.steps());
        line(s, "  smallest counterexample:");
        finding(s, last);
        describe(s, shrunk);
        if (last.error() == null) {
          line(s, "  evaluation:");
          indent(s, policy.evaluate(shrunk).explain());
        }
        throw new AssertionError(s.toString(), last.error());
      }
    }
  }

  /** Checks that scoring is deterministic; see {@link Determinism}. */
  void deterministic() {
    SplittableRandom first = Seeds.stream(seed, DETERMINISTIC, -1);
    SplittableRandom second = Seeds.stream(seed, DETERMINISTIC, -1);
    List<T> batch = new ArrayList<>();
    List<T> again = new ArrayList<>();
    for (int example = 1; example <= examples; example++) {
      batch.add(generate(first, example));
      again.add(generate(second, example));
    }
    Determinism.Difference difference;
    try {
      difference = new Determinism<>(policy).compare(batch, again);
    } catch (RuntimeException e) {
      StringBuilder s = head(DETERMINISTIC);
      line(s, "  a customer of the batch of %d could not be scored: %s", batch.size(),
          e.getMessage());
      throw new AssertionError(s.toString(), e);
    }
    if (difference != null) {
      StringBuilder s = head(DETERMINISTIC);
      if (difference.index() < 0) {
        line(s, "  %s", difference.what());
      } else {
        line(s, "  customer %d of a batch of %d: %s", difference.index() + 1, batch.size(),
            difference.what());
        describe(s, batch.get(difference.index()));
      }
      line(s, "  first:");
      indent(s, difference.first());
      line(s, "  second:");
      indent(s, difference.second());
      throw new AssertionError(s.toString());
    }
  }

  private Finding single(int property, T customer) {
    try {
      Outcome outcome = policy.evaluate(customer);
      return Finding.of(property == BOUNDED
          ? Judgements.bounded(policy, customer, outcome)
          : Judgements.knockOutCaps(policy, outcome));
    } catch (RuntimeException e) {
      return Finding.error(e);
    }
  }

  private Finding pair(T customer, Variation<T> v, double worse, double better) {
    try {
      return Finding.drops(Judgements.monotone(policy.evaluate(v.with(customer, worse)),
          policy.evaluate(v.with(customer, better))));
    } catch (RuntimeException e) {
      return Finding.error(e);
    }
  }

  private AssertionError shrunkPair(T customer, Variation<T> v, double worse, double better,
      Finding found, int example) {
    Shrinker<T> shrinker = new Shrinker<>(policy, variations, simpler);
    T c = shrinker.customer(customer, x -> found.sameKind(pair(x, v, worse, better)), v);
    T simplest = c;
    double[] pair = shrinker.values(worse, better, v.values(), found.threshold(),
        (a, b) -> found.sameKind(pair(simplest, v, a, b)));
    c = shrinker.customer(c, x -> found.sameKind(pair(x, v, pair[0], pair[1])), v);
    Finding last = pair(c, v, pair[0], pair[1]);
    StringBuilder s = head(MONOTONIC);
    line(s, "  varied: %s, values %s", v, v.values());
    found(s, example, shrinker.steps());
    line(s, "  smallest counterexample: %s %s -> %s", v.name(), Numbers.shortest(pair[0]),
        Numbers.shortest(pair[1]));
    finding(s, last);
    describe(s, c);
    if (last.error() == null) {
      line(s, "  before:");
      indent(s, policy.evaluate(v.with(c, pair[0])).explain());
      line(s, "  after:");
      indent(s, policy.evaluate(v.with(c, pair[1])).explain());
    }
    return new AssertionError(s.toString(), last.error());
  }

  private T generate(SplittableRandom random, int example) {
    T customer = customers.apply(random);
    Checks.requireState(customer != null,
        "customer generator must return a customer but returned: null at example %s", example);
    return customer;
  }

  private StringBuilder head(int property) {
    StringBuilder s = new StringBuilder();
    line(s, "policy property '%s' failed for %s", NAMES.get(property), policy.title());
    line(s, "  seed: %d (repeat with -D%s=%d)", seed, PolicyProperties.SEED_PROPERTY, seed);
    return s;
  }

  private void found(StringBuilder s, int example, int steps) {
    line(s, "  found at example %d of %d, shrunk in %d steps", example, examples, steps);
  }

  private static void finding(StringBuilder s, Finding finding) {
    for (String line : finding.lines()) {
      line(s, "    %s", line);
    }
  }

  private void describe(StringBuilder s, T customer) {
    if (description != null) {
      line(s, "  customer: %s", description.apply(customer));
    }
  }

  private static void line(StringBuilder s, String template, Object... args) {
    s.append(Checks.format(template, args)).append('\n');
  }

  /** Appends text indented by four spaces, each line ended by '\n'. */
  static void indent(StringBuilder s, String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        s.append("    ").append(line).append('\n');
      }
    }
  }
}
