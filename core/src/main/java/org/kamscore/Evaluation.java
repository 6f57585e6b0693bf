package org.kamscore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The explained result of scoring one customer with a {@link ScoringModel}: the score, the
 * tier, what every criterion contributed, why points were lost, which knock-outs failed, how
 * far the next tier is, and which model (id, version, fingerprint) said so.
 *
 * <pre>{@code
 * Evaluation e = model.evaluate(customer);
 * e.score();                 // 63.5
 * e.tier().label();          // "B"
 * e.reasons().get(0);        // the criterion that lost the most points
 * System.out.println(e.explain());
 * }</pre>
 *
 * <p>An evaluation keeps the score, the failed knock-outs, the customer's declared id and the raw
 * value of every criterion, and derives the rest when asked: tiers and reasons on every call,
 * the contributions once. Until its contributions are asked for it takes 56 B plus 8 B per
 * criterion (with compressed references), 120 B for eight criteria; what the model's customer
 * id function returns, and for a model of more than six knock-outs the list of those failed,
 * come on top.
 *
 * <p>Instances are immutable and thread-safe. Two evaluations are equal when their results
 * are: model, score, tiers, contributions and failed knock-outs, doubles compared bit for bit;
 * the customer's id is not compared.
 *
 * @since 0.1.0
 */
public final class Evaluation {
  private static final Comparator<Contribution> BY_POINTS_LOST =
      Comparator.comparingDouble(Contribution::pointsLost).reversed();

  private final ScoringModel<?> model;
  private final double score;
  private final List<String> failedKnockOuts;
  /** The customer's declared id, or null. */
  private final String customerId;
  // per criterion only the raw value read, NaN where it was missing: the model derives the
  // rest of each Contribution from it on first use, and the tiers and reasons on every call,
  // so that an evaluation is two small objects, 40 B and an array (see benchmarks/RESULTS.md)
  private final double[] values;
  // derived on first use; racy but idempotent, and the list is immutable
  private List<Contribution> contributions;

  /**
   * Makes the evaluation of one customer, which owns the array from now on.
   *
   * @param values per criterion the raw value read, {@code NaN} where it was missing
   * @param failedKnockOuts the names of the knock-outs failed, an immutable list
   * @param customerId the customer's declared id, or null
   */
  Evaluation(ScoringModel<?> model, double score, double[] values, List<String> failedKnockOuts,
      String customerId) {
    this.model = model;
    this.score = score;
    this.values = values;
    this.failedKnockOuts = failedKnockOuts;
    this.customerId = customerId;
  }

  /**
   * Returns the customer's id as declared by {@link ScoringModel.Builder#customerId}: what a
   * decision record names the customer by, never its {@code toString()}.
   *
   * @return the id, or empty if the model declares none or it was {@code null}
   */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  /** The model that made this evaluation, for the explanation's path to the next tier. */
  ScoringModel<?> model() {
    return model;
  }

  /**
   * Returns the score.
   *
   * @return the score in {@code [0, 100]}
   */
  public double score() {
    return score;
  }

  /**
   * Returns the tier awarded: the tier of the score, lowered to the cap of every failed
   * knock-out.
   *
   * @return the tier
   */
  public Tier tier() {
    return model.tierOf(score, failedKnockOuts);
  }

  /**
   * Returns the tier the score alone reaches, before knock-outs.
   *
   * @return the tier of the score
   */
  public Tier scoreTier() {
    return model.scoreTierOf(score);
  }

  /**
   * Returns the tier one above the awarded tier.
   *
   * @return the next tier, or empty at the top tier
   */
  public Optional<Tier> nextTier() {
    return model.nextTierOf(tier());
  }

  /**
   * Returns the points missing to the next tier above the awarded one: its threshold minus
   * the score, or 0 if the score already reaches it and only knock-outs hold the customer back.
   *
   * @return the missing points, or empty at the top tier
   */
  public OptionalDouble pointsToNextTier() {
    Optional<Tier> next = nextTier();
    return next.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(Math.max(0.0, next.get().minimumScore() - score));
  }

  /**
   * Returns what every criterion contributed, in declaration order.
   *
   * @return an unmodifiable list, one contribution per criterion
   */
  public List<Contribution> contributions() {
    List<Contribution> list = contributions;
    if (list == null) {
      Contribution[] all = new Contribution[values.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = model.contribution(i, values[i]);
      }
      list = List.of(all);
      contributions = list;
    }
    return list;
  }

  /**
   * Returns the contribution of one criterion.
   *
   * @param criterion the criterion's name
   * @return its contribution
   * @throws IllegalArgumentException if the model has no criterion of that name
   */
  public Contribution contribution(String criterion) {
    Objects.requireNonNull(criterion, "criterion");
    for (Contribution c : contributions()) {
      if (c.criterion().equals(criterion)) {
        return c;
      }
    }
    throw new IllegalArgumentException(Checks.format(
        "criterion must be one of model '%s' but was: '%s'", model.id(), criterion));
  }

  /**
   * Returns the reason codes: the criteria that lost points, most points lost first, ties in
   * declaration order.
   *
   * @return an unmodifiable list of the contributions with {@code pointsLost() > 0}
   */
  public List<Contribution> reasons() {
    List<Contribution> lost = new ArrayList<>();
    for (Contribution c : contributions()) {
      if (c.pointsLost() > 0.0) {
        lost.add(c);
      }
    }
    lost.sort(BY_POINTS_LOST); // stable: ties stay in declaration order
    return List.copyOf(lost);
  }

  /**
   * Returns the names of the knock-outs the customer failed, in declaration order.
   *
   * @return an unmodifiable list, empty if every knock-out passed
   */
  public List<String> failedKnockOuts() {
    return failedKnockOuts;
  }

  /**
   * Returns the id of the model that made this evaluation.
   *
   * @return the model id
   */
  public String modelId() {
    return model.id();
  }

  /**
   * Returns the version of the model that made this evaluation.
   *
   * @return the model version
   */
  public String modelVersion() {
    return model.version();
  }

  /**
   * Returns the fingerprint of the model that made this evaluation.
   *
   * @return the SHA-256 fingerprint, 64 lower-case hex digits
   * @see ScoringModel#fingerprint()
   */
  public String fingerprint() {
    return model.fingerprint();
  }

  /**
   * Returns a readable, multi-line explanation: score and tier, failed knock-outs, the
   * distance to the next tier and the way there (as {@link org.kamscore.decision.TierPath}
   * finds it), one line per criterion, and the reason codes.
   *
   * @return the explanation
   */
  public String explain() {
    return Explanation.of(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Evaluation)) {
      return false;
    }
    Evaluation other = (Evaluation) o;
    return Double.doubleToLongBits(score) == Double.doubleToLongBits(other.score)
        && modelId().equals(other.modelId())
        && modelVersion().equals(other.modelVersion())
        && fingerprint().equals(other.fingerprint())
        && tier().equals(other.tier())
        && scoreTier().equals(other.scoreTier())
        && contributions().equals(other.contributions())
        && failedKnockOuts.equals(other.failedKnockOuts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, tier(), contributions(), failedKnockOuts, fingerprint());
  }

  /**
   * Returns a one-line summary, such as {@code Evaluation[score=63.5, tier=B]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Evaluation[score=" + score + ", tier=" + tier().label()
        + (failedKnockOuts.isEmpty() ? "" : ", failedKnockOuts=" + failedKnockOuts) + "]";
  }
}
