package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.kamscore.Direction;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The properties every key-account policy must have, checked on the user's own policy with
 * customers from the user's own generator: a plain {@code Function<SplittableRandom, T>}, so
 * no property-testing library is needed.
 *
 * <pre>{@code
 * PolicyProperties.of(CrmPolicy.matrix(), CrmCustomers::random)
 *     .vary("revenue", CrmCustomer::withRevenue, Values.logarithmic(1, 1e9))
 *     .vary("discount-demanded", CrmCustomer::withDiscountDemanded, Values.between(0, 0.6))
 *     .checkAll();
 * }</pre>
 *
 * <ul>
 *   <li>{@link #checkMonotonic() monotonic}: for each varied criterion, a better value (by the
 *       direction of the criterion's scale) never lowers a score or a tier, nor, for a matrix,
 *       the band on either axis;
 *   <li>{@link #checkBounded() bounded}: every score lies in [0, 100];
 *   <li>{@link #checkKnockOutCaps() knock-out caps}: the tier is the tier of the score lowered
 *       to the cap of every failed knock-out, never above a cap and no lower than needed;
 *   <li>{@link #checkDeterministic() deterministic}: every way of scoring a batch gives the
 *       same bits.
 * </ul>
 *
 * <p><b>Seeded and repeatable.</b> The seed is the one set with {@link #seed(long)}, else the
 * system property {@value #SEED_PROPERTY} (a number, or {@code random} for a fresh one), else
 * a fixed default; every check draws from its own stream of it, so a failure reproduces with
 * the seed it prints. The number of examples per check and variation is the one set with
 * {@link #examples(int)}, else the system property {@value #EXAMPLES_PROPERTY}, else
 * {@value #DEFAULT_EXAMPLES}.
 *
 * <p><b>Counterexamples.</b> A failure is an {@link AssertionError} that prints the property,
 * the seed, the varied criterion, the smallest counterexample found and its explanations. See
 * {@link Values} for the values drawn and how they shrink; the customer shrinks through the
 * declared variations, each value toward its simplest, and through the user's own shrinker if
 * one is {@linkplain #shrinkingCustomersWith(Function) given}. A customer is never printed by
 * its {@code toString()}: the explanations show its raw values, and
 * {@link #describingCustomersWith(Function)} may add a description.
 *
 * <p>Instances are immutable: every setting returns a new instance, and each setting may be
 * given once.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class PolicyProperties<T> {
  /** The system property that sets the seed: a number, or {@code random}. */
  public static final String SEED_PROPERTY = "kamscore.testkit.seed";
  /** The system property that sets the number of examples per check and variation. */
  public static final String EXAMPLES_PROPERTY = "kamscore.testkit.examples";
  /** The number of examples per check and variation if nothing sets it. */
  public static final int DEFAULT_EXAMPLES = 1000;

  private final Policy<T> policy;
  private final Function<? super SplittableRandom, ? extends T> customers;
  private final List<Variation<T>> variations;
  private final Long seed;
  private final Integer examples;
  private final Function<? super T, ? extends Collection<? extends T>> simpler;
  private final Function<? super T, String> description;

  private PolicyProperties(Policy<T> policy,
      Function<? super SplittableRandom, ? extends T> customers, List<Variation<T>> variations,
      Long seed, Integer examples, Function<? super T, ? extends Collection<? extends T>> simpler,
      Function<? super T, String> description) {
    this.policy = policy;
    this.customers = customers;
    this.variations = List.copyOf(variations);
    this.seed = seed;
    this.examples = examples;
    this.simpler = simpler;
    this.description = description;
  }

  /**
   * Starts the properties of a scoring model.
   *
   * @param <T> the customer type
   * @param model the model
   * @param customers draws a customer from the given random numbers, and from nothing else
   * @return the properties, with nothing varied yet
   * @throws NullPointerException if an argument is {@code null}
   */
  public static <T> PolicyProperties<T> of(ScoringModel<T> model,
      Function<? super SplittableRandom, ? extends T> customers) {
    return new PolicyProperties<>(Policy.of(model), requireNonNull(customers, "customers"),
        List.of(), null, null, null, null);
  }

  /**
   * Starts the properties of a portfolio matrix: of both axis models, and of the bands.
   *
   * @param <T> the customer type
   * @param matrix the matrix
   * @param customers draws a customer from the given random numbers, and from nothing else
   * @return the properties, with nothing varied yet
   * @throws NullPointerException if an argument is {@code null}
   */
  public static <T> PolicyProperties<T> of(PortfolioMatrix<T> matrix,
      Function<? super SplittableRandom, ? extends T> customers) {
    return new PolicyProperties<>(Policy.of(matrix), requireNonNull(customers, "customers"),
        List.of(), null, null, null, null);
  }

  /**
   * Varies a criterion: its scale's direction says which of two values is better.
   *
   * @param criterion the criterion's name, in the model or in either axis model of the matrix
   * @param setter sets the criterion's raw value on a copy of a customer
   * @param values the raw values to try
   * @return new properties that also vary this criterion
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if no model has the criterion, or two models give it
   *     opposite directions
   * @throws IllegalStateException if a variation of that name was already declared
   */
  public PolicyProperties<T> vary(String criterion, ValueSetter<T> setter, Values values) {
    return vary(criterion, policy.direction(criterion), setter, values);
  }

  /**
   * Varies an attribute in a declared direction: for an attribute that only a knock-out reads,
   * or to vary a criterion's attribute against another direction than its scale's.
   *
   * @param attribute a name for the attribute, shown in failures; a criterion's name also
   *     lets shrinking read the customer's current value from the evaluation
   * @param better the direction in which the attribute gets better
   * @param setter sets the attribute on a copy of a customer
   * @param values the values to try
   * @return new properties that also vary this attribute
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code attribute} is blank
   * @throws IllegalStateException if a variation of that name was already declared
   */
  public PolicyProperties<T> vary(String attribute, Direction better, ValueSetter<T> setter,
      Values values) {
    requireNonNull(attribute, "attribute");
    requireNonNull(better, "better");
    requireNonNull(setter, "setter");
    requireNonNull(values, "values");
    Checks.requireArgument(!attribute.isBlank(), "attribute must not be blank but was: '%s'",
        attribute);
    for (Variation<T> v : variations) {
      Checks.requireState(!v.name().equals(attribute), "'%s' was already varied as %s, %s",
          attribute, v, v.values());
    }
    List<Variation<T>> more = new ArrayList<>(variations);
    more.add(new Variation<>(attribute, better, setter, values));
    return new PolicyProperties<>(policy, customers, more, seed, examples, simpler,
        description);
  }

  /**
   * Sets the seed, which the system property {@value #SEED_PROPERTY} then cannot change.
   *
   * @param seed the seed
   * @return new properties with the seed
   * @throws IllegalStateException if the seed was already set
   */
  public PolicyProperties<T> seed(long seed) {
    Checks.requireState(this.seed == null, "seed was already set to %s", this.seed);
    return new PolicyProperties<>(policy, customers, variations, seed, examples, simpler,
        description);
  }

  /**
   * Sets the number of examples per check and variation, which the system property
   * {@value #EXAMPLES_PROPERTY} then cannot change.
   *
   * @param examples the number of examples, positive
   * @return new properties with the number of examples
   * @throws IllegalArgumentException if {@code examples} is not positive
   * @throws IllegalStateException if the number of examples was already set
   */
  public PolicyProperties<T> examples(int examples) {
    Checks.requireArgument(examples > 0, "examples must be positive but was: %s", examples);
    Checks.requireState(this.examples == null, "examples was already set to %s", this.examples);
    return new PolicyProperties<>(policy, customers, variations, seed, examples, simpler,
        description);
  }

  /**
   * Adds the user's own shrinker: simpler versions of a customer, the simplest first. Shrinking
   * tries them before it simplifies the customer through the declared variations.
   *
   * @param simpler returns simpler candidates of a customer, possibly none
   * @return new properties with the shrinker
   * @throws NullPointerException if {@code simpler} is {@code null}
   * @throws IllegalStateException if a shrinker was already set
   */
  public PolicyProperties<T> shrinkingCustomersWith(
      Function<? super T, ? extends Collection<? extends T>> simpler) {
    requireNonNull(simpler, "simpler");
    Checks.requireState(this.simpler == null, "customer shrinker was already set");
    return new PolicyProperties<>(policy, customers, variations, seed, examples, simpler,
        description);
  }

  /**
   * Describes a counterexample's customer in failures, such as by its declared id; without it
   * a failure shows the customer only through its evaluations. Never print personal data.
   *
   * @param description describes a customer
   * @return new properties with the description
   * @throws NullPointerException if {@code description} is {@code null}
   * @throws IllegalStateException if a description was already set
   */
  public PolicyProperties<T> describingCustomersWith(Function<? super T, String> description) {
    requireNonNull(description, "description");
    Checks.requireState(this.description == null, "customer description was already set");
    return new PolicyProperties<>(policy, customers, variations, seed, examples, simpler,
        description);
  }

  /**
   * Checks that for each varied criterion a better value, everything else fixed, never lowers
   * a score or a tier of any model, nor a band of the matrix.
   *
   * @throws AssertionError with the smallest counterexample, if one is found
   * @throws IllegalStateException if nothing is varied
   * @throws IllegalArgumentException if a system property is malformed
   */
  public void checkMonotonic() {
    Checks.requireState(!variations.isEmpty(), "monotonic property must vary at least one"
        + " criterion but varied: none; declare one with vary(criterion, setter, values)");
    run().monotonic();
  }

  /**
   * Checks that every score lies in [0, 100], from {@code evaluate} and from {@code score}, for
   * generated customers with, in turn, each varied value set to a drawn one (edges included).
   *
   * @throws AssertionError with the smallest counterexample, if one is found
   * @throws IllegalArgumentException if a system property is malformed
   */
  public void checkBounded() {
    run().single(PropertyRun.BOUNDED);
  }

  /**
   * Checks that every tier is the best tier its score reaches, lowered to the cap tier of every
   * knock-out the customer fails, and no lower, for customers drawn as by
   * {@link #checkBounded()}.
   *
   * @throws AssertionError with the smallest counterexample, if one is found
   * @throws IllegalArgumentException if a system property is malformed
   */
  public void checkKnockOutCaps() {
    run().single(PropertyRun.KNOCK_OUT_CAPS);
  }

  /**
   * Checks that one batch of generated customers scores to the same bits every way: drawn twice
   * from the same seed, each customer alone and twice, {@code score} against
   * {@code evaluate}, sequentially and in parallel, reversed by a rebuilt model, and placed by
   * the matrix. Failures are not shrunk.
   *
   * @throws AssertionError naming the first difference, if one is found
   * @throws IllegalArgumentException if a system property is malformed
   */
  public void checkDeterministic() {
    run().deterministic();
  }

  /**
   * Runs every check: bounded, knock-out caps, monotonic, deterministic.
   *
   * @throws AssertionError for the first property that fails
   * @throws IllegalStateException if nothing is varied
   * @throws IllegalArgumentException if a system property is malformed
   */
  public void checkAll() {
    checkBounded();
    checkKnockOutCaps();
    checkMonotonic();
    checkDeterministic();
  }

  private PropertyRun<T> run() {
    return new PropertyRun<>(policy, customers, variations, Seeds.resolve(seed),
        examples != null ? examples : examplesFromProperty(), simpler, description);
  }

  private static int examplesFromProperty() {
    String property = System.getProperty(EXAMPLES_PROPERTY);
    if (property == null || property.isBlank()) {
      return DEFAULT_EXAMPLES;
    }
    try {
      int examples = Integer.parseInt(property.strip());
      Checks.requireArgument(examples > 0, "system property %s must be positive but was: %s",
          EXAMPLES_PROPERTY, examples);
      return examples;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Checks.format(
          "system property %s must be a positive number but was: '%s'", EXAMPLES_PROPERTY,
          property), e);
    }
  }

  /**
   * Returns a summary such as
   * {@code PolicyProperties[model 'accounts' 1.0, varied: revenue (higher is better)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PolicyProperties[" + policy.title() + ", varied: " + variations + "]";
  }
}
