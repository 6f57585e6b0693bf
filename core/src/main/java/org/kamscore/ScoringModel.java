package org.kamscore;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key-account scoring policy over a customer type {@code T}: weighted criteria, knock-outs
 * and tiers, built once and used to score, explain and rank customers.
 *
 * <pre>{@code
 * ScoringModel<Customer> model = ScoringModel.builder(Customer.class)
 *     .id("customer-attractiveness", "2026.1")
 *     .criterion("revenue-share", Customer::revenueShare, Scale.linear(0.0, 0.30), 30)
 *     .criterion("contribution-margin", Customer::margin, Scale.linear(0.0, 0.40), 20)
 *     .criterion("discount-demanded", Customer::discount, Scale.linear(0.25, 0.0), 10)
 *     .knockOutBelow("minimum-revenue", Customer::revenue, 250_000)
 *     .tiers(Tiers.from("A", 75).then("B", 50).otherwise("C"))
 *     .build();
 *
 * double score = model.score(customer);          // fast path, allocates nothing
 * Evaluation evaluation = model.evaluate(customer); // score, tier and explanation
 * }</pre>
 *
 * <p><b>Scoring.</b> Weights are relative: each criterion's share is its weight divided by the
 * sum of all weights. A criterion earns {@code utility * share * 100} points, and the score is
 * the sum of the points in declaration order, in {@code [0, 100]}. The tier is the best tier
 * whose threshold the score reaches, lowered to the cap of every knock-out the customer fails.
 *
 * <p><b>Guarantees.</b> Scoring is monotonic: with everything else fixed, a better raw value
 * (by its scale's {@link Direction}) never lowers the score or the tier. It is deterministic:
 * the same model and customer give a bit-identical result on any thread, in any batch order,
 * on any JVM from Java 17. Knock-outs made by {@link Builder#knockOutBelow} and
 * {@link Builder#knockOutAbove} are monotone by construction; for
 * {@link Builder#knockOut(String, java.util.function.Predicate)} monotonicity is the caller's
 * duty.
 *
 * <p><b>Thread safety.</b> A model is immutable and keeps no mutable state; one instance may
 * be shared by any number of threads, provided the extractors and predicates it was built
 * with are themselves safe to call concurrently (as plain getters are).
 *
 * <p><b>Extractors are read as often as needed.</b> A model reads a customer through its
 * extractors and predicates whenever it scores, evaluates or explains that customer, and a
 * customer who misses a value is read twice in one call: the fast scoring loop finds a miss
 * once per customer, not once per criterion, and then scores that customer again with every
 * criterion tested. Extractors should therefore be plain reads without side effects, as getters
 * and {@link Attributes} are.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class ScoringModel<T> {
  private static final Logger LOG = LoggerFactory.getLogger(ScoringModel.class);

  private final Class<?> type;
  private final Attributes<T> attributes;
  private final String id;
  private final String version;
  private final String fingerprint;
  private final List<CriterionDefinition<T>> criteria;
  private final List<KnockOutDefinition<T>> knockOutDefinitions;
  private final Tiers tiers;
  private final Function<? super T, ?> customerId;
  private final String customerIdAttribute;
  private final Failures<T> failures;

  // compiled at build: flat arrays, so score() is a loop that allocates nothing
  private final Scorecard<T> scorecard;
  private final KnockOuts<T> knockOuts;
  /** The tier above each tier, by rank; shared by evaluations, as Optionals are immutable. */
  private final List<Optional<Tier>> nextTiers;

  private ScoringModel(Builder<T> builder) {
    this.type = builder.type;
    this.attributes = builder.attributes;
    this.id = builder.id;
    this.version = builder.version;
    this.criteria = List.copyOf(builder.criteria);
    this.knockOutDefinitions = List.copyOf(builder.knockOuts);
    this.tiers = builder.tiers;
    this.customerId = builder.customerId;
    this.customerIdAttribute = builder.customerIdAttribute;
    this.failures = new Failures<>(id, version, customerId);
    this.scorecard = new Scorecard<>(criteria, failures);
    this.knockOuts = new KnockOuts<>(knockOutDefinitions, tiers, failures);
    this.fingerprint = Fingerprint.of(criteria, knockOuts, tiers);
    List<Optional<Tier>> above = new ArrayList<>();
    above.add(Optional.empty());
    for (int rank = 1; rank < tiers.all().size(); rank++) {
      above.add(Optional.of(tiers.all().get(rank - 1)));
    }
    this.nextTiers = List.copyOf(above);
  }

  /**
   * Starts a model over a customer type.
   *
   * @param <T> the customer type
   * @param type the customer class, for readable logs
   * @return a new builder
   */
  public static <T> Builder<T> builder(Class<T> type) {
    return new Builder<>(requireNonNull(type, "type"), null);
  }

  /**
   * Starts a model whose criteria and knock-outs may also be bound to attributes by name, as
   * a policy document binds them: see {@link Builder#criterion(String, String, Scale, double)}.
   *
   * <pre>{@code
   * ScoringModel<Map<String, ?>> model = ScoringModel.builder(Attributes.ofMaps())
   *     .id("attractiveness", "2026.1")
   *     .criterion("revenue-share", "revenue_share", Scale.linear(0, 0.3), 30)
   *     .knockOutBelow("minimum-revenue", "revenue", 250_000)
   *     .build();
   * }</pre>
   *
   * @param <T> the customer type
   * @param attributes how the customer type's attributes are read by name
   * @return a new builder
   */
  public static <T> Builder<T> builder(Attributes<T> attributes) {
    return new Builder<>(requireNonNull(attributes, "attributes").type(), attributes);
  }

  /**
   * Returns a builder holding this model's declarations, to derive a variant such as the next
   * policy version. The model is unchanged.
   *
   * @return a new builder
   */
  public Builder<T> toBuilder() {
    Builder<T> builder = new Builder<>(type, attributes);
    builder.id = id;
    builder.version = version;
    builder.criteria.addAll(criteria);
    builder.knockOuts.addAll(knockOutDefinitions);
    builder.tiers = tiers;
    builder.customerId = customerId;
    builder.customerIdAttribute = customerIdAttribute;
    return builder;
  }

  /**
   * Scores a customer: the fast path, which allocates nothing and skips knock-outs and tiers.
   *
   * @param customer the customer
   * @return the score in {@code [0, 100]}, bit-identical to {@code evaluate(customer).score()}
   * @throws NullPointerException if {@code customer} is {@code null}
   * @throws ScoringException if a value is missing under the reject policy or an extractor
   *     throws
   */
  public double score(T customer) {
    requireNonNull(customer, "customer");
    return scorecard.score(customer, -1);
  }

  /**
   * Tells which knock-outs a customer fails, without scoring it: the fast path beside
   * {@link #score(Object)}, for code that needs the score and the knock-outs of many customers
   * but not their explanations, as a portfolio matrix does to place a batch.
   *
   * <pre>{@code
   * double score = model.score(customer);
   * List<String> failed = model.failedKnockOuts(customer); // [] or ["minimum-revenue"]
   * }</pre>
   *
   * <p>For a model of at most six knock-outs this allocates nothing: each list of names is made
   * once, when the model is built.
   *
   * @param customer the customer
   * @return the names of the knock-outs the customer fails, in declaration order, as an
   *     unmodifiable list equal to {@code evaluate(customer).failedKnockOuts()}; empty if it
   *     fails none
   * @throws NullPointerException if {@code customer} is {@code null}
   * @throws ScoringException if a knock-out's value is {@code NaN}, or its extractor or
   *     predicate throws
   * @since 0.1.0
   */
  public List<String> failedKnockOuts(T customer) {
    requireNonNull(customer, "customer");
    return knockOuts.failed(customer, -1);
  }

  /**
   * Evaluates a customer with the full explanation.
   *
   * @param customer the customer
   * @return the evaluation
   * @throws NullPointerException if {@code customer} is {@code null}
   * @throws ScoringException if a value is missing under the reject policy, a knock-out's value
   *     is {@code NaN}, or an extractor or predicate throws
   */
  public Evaluation evaluate(T customer) {
    requireNonNull(customer, "customer");
    return evaluate(customer, -1);
  }

  Evaluation evaluate(T customer, int index) {
    double[] raws = new double[scorecard.size()];
    double score = scorecard.score(customer, index, raws); // the raw values read, NaN if missing
    List<String> failed = knockOuts.failed(customer, index);
    return new Evaluation(this, score, raws, failed, failures.idOf(customer));
  }

  /** The tier a score reaches, before knock-outs. */
  Tier scoreTierOf(double score) {
    return tiers.all().get(tiers.rankOf(score));
  }

  /** The tier awarded: the score's, lowered to the cap of every knock-out failed. */
  Tier tierOf(double score, List<String> failedKnockOuts) {
    return tiers.all().get(knockOuts.capped(tiers.rankOf(score), failedKnockOuts));
  }

  /** The tier one above a tier, or empty at the top tier. */
  Optional<Tier> nextTierOf(Tier tier) {
    return nextTiers.get(tier.rank());
  }

  /**
   * Evaluates raw values recorded from an earlier evaluation, such as a stored decision
   * record, without the customer: each criterion's {@link Contribution#value()} in
   * declaration order, {@code NaN} where the value was {@link Contribution#missing()}, and
   * the knock-outs the customer failed, which raw criterion values cannot tell. With a model
   * of the same fingerprint the result is bit-identical to the recorded one: score, tiers and
   * contributions.
   *
   * <pre>{@code
   * List<Double> values = recorded.contributions().stream()
   *     .map(c -> c.missing() ? Double.NaN : c.value()).toList();
   * Evaluation again = model.replay(values, recorded.failedKnockOuts());
   * }</pre>
   *
   * @param rawValues per criterion, in declaration order, the raw value: a number, or for an
   *     ordinal criterion the level's position; {@code NaN} for a missing value
   * @param failedKnockOuts the names of the knock-outs failed, each declared by this model
   * @return the evaluation, naming no customer
   * @throws IllegalArgumentException if the number of values is not the number of criteria,
   *     a position is not one of its levels', a missing value meets a criterion whose policy
   *     rejects it, or a knock-out is not declared or repeats
   */
  public Evaluation replay(List<Double> rawValues, Collection<String> failedKnockOuts) {
    requireNonNull(rawValues, "rawValues");
    requireNonNull(failedKnockOuts, "failedKnockOuts");
    double[] raws = scorecard.recorded(rawValues);
    List<String> failed = knockOuts.recorded(failedKnockOuts);
    double score = scorecard.scoreRecorded(raws);
    return new Evaluation(this, score, raws, failed, null);
  }

  /** Criterion {@code i}'s contribution of a raw value read, NaN if it was missing. */
  Contribution contribution(int i, double raw) {
    return scorecard.contribution(i, raw);
  }

  /** The compiled criteria and scoring loops, for tests. */
  Scorecard<T> scorecard() {
    return scorecard;
  }

  /**
   * Evaluates every customer of a collection on the calling thread, failing fast.
   *
   * @param customers the customers
   * @return one evaluation per customer, in input order
   * @throws ScoringException at the first customer that is {@code null} or cannot be scored,
   *     naming its index
   */
  public List<Evaluation> evaluateAll(Collection<? extends T> customers) {
    return evaluateAll(customers, Execution.SEQUENTIAL);
  }

  /**
   * Evaluates every customer of a collection, sequentially or in parallel, with identical
   * results, failing if any customer cannot be scored. Sequentially it stops at the first such
   * customer; in parallel it evaluates all and reports the one with the lowest index. To score
   * the good customers and list the bad ones instead, use
   * {@link #evaluateAllCollectingErrors(Collection, Execution)}.
   *
   * @param customers the customers
   * @param execution how to run the batch
   * @return one evaluation per customer, in input order
   * @throws ScoringException naming the customer's index if a customer is {@code null} or
   *     cannot be scored
   */
  public List<Evaluation> evaluateAll(Collection<? extends T> customers, Execution execution) {
    BatchResult result = Batch.run(this, customers, execution, true);
    if (result.hasErrors()) {
      throw result.errors().get(0);
    }
    return result.evaluations();
  }

  /**
   * Evaluates every customer of a collection on the calling thread, and collects the
   * customers that cannot be scored beside the results instead of failing: nothing is
   * dropped, and the count of evaluations plus errors always equals the number of customers.
   *
   * @param customers the customers; {@code null} elements are reported as errors
   * @return the evaluations and errors, each in input order
   * @throws NullPointerException if {@code customers} is {@code null}
   */
  public BatchResult evaluateAllCollectingErrors(Collection<? extends T> customers) {
    return evaluateAllCollectingErrors(customers, Execution.SEQUENTIAL);
  }

  /**
   * Evaluates every customer of a collection, sequentially or in parallel, with identical
   * results, and collects the customers that cannot be scored beside the results instead of
   * failing: nothing is dropped, and the count of evaluations plus errors always equals the
   * number of customers.
   *
   * @param customers the customers; {@code null} elements are reported as errors
   * @param execution how to run the batch
   * @return the evaluations and errors, each in input order
   */
  public BatchResult evaluateAllCollectingErrors(
      Collection<? extends T> customers, Execution execution) {
    return Batch.run(this, customers, execution, false);
  }

  /**
   * Evaluates a stream of customers lazily, in encounter order, one at a time: nothing is
   * held beyond the customer at hand, so a stream of any length passes through in constant
   * memory. The result is parallel if {@code customers} is, and may be made parallel or
   * sequential afterwards; in every case each customer's index is its position in the
   * stream, so a failure names the right customer. Closing the result closes
   * {@code customers}. As with any stream, a terminal operation that Java answers without running the pipeline,
   * such as {@code count()} on a sized stream, evaluates nothing.
   *
   * <pre>{@code
   * try (Stream<Customer> customers = crm.streamAllCustomers()) {
   *   model.evaluateLazily(customers).forEach(store::save);
   * }
   * }</pre>
   *
   * @param customers the customers, consumed when the returned stream is
   * @return a lazy stream of evaluations, in encounter order
   * @throws ScoringException from the returned stream, naming the customer's index, when a
   *     customer is {@code null} or cannot be scored
   */
  public Stream<Evaluation> evaluateLazily(Stream<? extends T> customers) {
    requireNonNull(customers, "customers");
    return StreamSupport.stream(
            new LazyEvaluations<>(this, customers.spliterator(), 0), customers.isParallel())
        .onClose(customers::close);
  }

  /** Evaluates the customer at an index of a batch, naming the index if it fails. */
  Evaluation evaluateAt(T customer, int index) {
    if (customer == null) {
      throw failures.nullCustomer(index);
    }
    return evaluate(customer, index);
  }

  /**
   * Evaluates and ranks customers on the calling thread: score descending, equal scores in
   * input order.
   *
   * @param customers the customers
   * @return the ranking, best first
   * @throws ScoringException naming the customer's index if a customer is {@code null} or
   *     cannot be scored
   */
  public List<Ranked<T>> rank(Collection<? extends T> customers) {
    return rank(customers, Execution.SEQUENTIAL);
  }

  /**
   * Evaluates and ranks customers, sequentially or in parallel, with identical results: score
   * descending, equal scores in input order.
   *
   * @param customers the customers
   * @param execution how to run the batch
   * @return the ranking, best first
   * @throws ScoringException naming the customer's index if a customer is {@code null} or
   *     cannot be scored
   */
  public List<Ranked<T>> rank(Collection<? extends T> customers, Execution execution) {
    List<T> list = new ArrayList<>(requireNonNull(customers, "customers"));
    return Ranking.of(list, evaluateAll(list, execution));
  }

  /**
   * Returns the model's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the model's version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the fingerprint: SHA-256, as 64 lower-case hex digits, of a canonical description
   * of the configuration — criteria names, scale kinds and exact parameters, weights,
   * missing-value policies, knock-outs' names, bounds and caps, and tiers. Identical
   * definitions give identical fingerprints in every JVM run; any changed name, bound, weight
   * or threshold changes it. The id, version, descriptions, and the code of extractors and
   * predicates are not part of it.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Returns the criteria in declaration order.
   *
   * @return an unmodifiable list of the criteria
   */
  public List<Criterion> criteria() {
    List<Criterion> list = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      list.add(criteria.get(i).describe(scorecard.maximum(i) / 100.0));
    }
    return List.copyOf(list);
  }

  /**
   * Returns the attribute the customer id is read from, if it was declared by
   * {@link Builder#customerId(String)}.
   *
   * @return the attribute's name, or empty
   */
  public Optional<String> customerIdAttribute() {
    return Optional.ofNullable(customerIdAttribute);
  }

  /**
   * Returns the knock-outs in declaration order.
   *
   * @return an unmodifiable list of the knock-outs
   */
  public List<KnockOut> knockOuts() {
    return knockOuts.describe();
  }

  /**
   * Returns the tiers.
   *
   * @return the tiers
   */
  public Tiers tiers() {
    return tiers;
  }

  /**
   * Returns a summary such as
   * {@code ScoringModel[customer-attractiveness 2026.1, 4 criteria, fingerprint 3f2a...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScoringModel[" + id + " " + version + ", " + criteria.size() + " criteria, "
        + knockOuts.size() + " knock-outs, tiers " + tiers + ", fingerprint " + fingerprint + "]";
  }

  /**
   * Declares a {@link ScoringModel}. Each method checks its arguments where they are given;
   * {@link #build()} checks the whole and leaves the builder unchanged, so one builder can
   * build several variants. Builders are not thread-safe.
   *
   * @param <T> the customer type
   * @since 0.1.0
   */
  public static final class Builder<T> {
    private final Class<?> type;
    /** How attributes are read by name; null if the model binds by functions only. */
    private final Attributes<T> attributes;
    private final List<CriterionDefinition<T>> criteria = new ArrayList<>();
    private final List<KnockOutDefinition<T>> knockOuts = new ArrayList<>();
    private String id;
    private String version;
    private Tiers tiers = Tiers.single("all");
    private Function<? super T, ?> customerId;
    /** The attribute the customer id is read from, if bound by name; else null. */
    private String customerIdAttribute;
    /** Whether a setting was made on this builder; one inherited by toBuilder() is not. */
    private boolean idSet;
    private boolean tiersSet;
    private boolean customerIdSet;
    /** What describedAs(), ifMissing() and cappedAt() apply to: the declaration made last. */
    private Target target = Target.NOTHING;
    /** The call made last, for the messages of describedAs(), ifMissing() and cappedAt(). */
    private String lastCall = "nothing";

    private enum Target { NOTHING, CRITERION, KNOCK_OUT }

    private Builder(Class<?> type, Attributes<T> attributes) {
      this.type = type;
      this.attributes = attributes;
    }

    /**
     * Sets the model's id and version, which every evaluation carries.
     *
     * @param id the id, such as {@code "customer-attractiveness"}
     * @param version the version, such as {@code "2026.1"}
     * @return this builder
     * @throws IllegalArgumentException if {@code id} or {@code version} is blank
     * @throws IllegalStateException if the id was already set on this builder (a builder made
     *     by {@link ScoringModel#toBuilder()} may set it once more)
     */
    public Builder<T> id(String id, String version) {
      Checks.requireName(id, "model id");
      Checks.requireName(version, "model version");
      Checks.requireState(!idSet, "model id was already set to '%s' %s", this.id, this.version);
      this.id = id;
      this.version = version;
      idSet = true;
      return this;
    }

    /** Records a change of declarations, after which there is no declaration to describe. */
    private Builder<T> changed(String call) {
      target = Target.NOTHING;
      lastCall = call;
      return this;
    }

    /**
     * Declares how to name a customer in error messages, instead of by its index in a batch.
     * Messages never use a customer's {@code toString()}.
     *
     * @param customerId a function from customer to a non-personal id, such as the CRM key
     * @return this builder
     * @throws IllegalStateException if a customer id was already set on this builder (a
     *     builder made by {@link ScoringModel#toBuilder()} may set it once more)
     */
    public Builder<T> customerId(Function<? super T, ?> customerId) {
      requireNonNull(customerId, "customerId");
      Checks.requireState(!customerIdSet, "customer id was already set to %s",
          customerIdAttribute == null ? "a function" : "attribute '" + customerIdAttribute + "'");
      this.customerId = customerId;
      this.customerIdAttribute = null;
      customerIdSet = true;
      return this;
    }

    /**
     * Declares the attribute that names a customer in error messages and evaluations, as a
     * policy document does: see {@link #customerId(Function)}. A {@code null} value names the
     * customer by its index.
     *
     * @param attribute the attribute holding a non-personal id, such as the CRM key
     * @return this builder
     * @throws IllegalArgumentException if {@code attribute} is blank or not one of the
     *     {@link Attributes}
     * @throws IllegalStateException if a customer id was already set on this builder, or the
     *     builder was not started with {@link ScoringModel#builder(Attributes)}
     */
    public Builder<T> customerId(String attribute) {
      Function<? super T, ?> reader = reader("the customer id", attribute);
      customerId(reader);
      this.customerIdAttribute = attribute;
      return this;
    }

    /**
     * Adds a numeric criterion.
     *
     * @param name the criterion's name, unique in the model
     * @param value reads the raw value from a customer; {@code NaN} means missing
     * @param scale maps the raw value to a utility
     * @param weight the relative weight, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank, {@code weight} is not positive
     *     and finite, or the scale lacks breakpoints or thresholds
     */
    public Builder<T> criterion(
        String name, ToDoubleFunction<? super T> value, Scale scale, double weight) {
      checkCriterion(name, value, scale, weight);
      return addCriterion(CriterionDefinition.numeric(name, value, scale, weight));
    }

    /**
     * Adds an ordinal criterion, such as an enum rating or a yes/no flag. A {@code null} or
     * undeclared level is a missing value.
     *
     * @param <E> the type of the levels
     * @param name the criterion's name, unique in the model
     * @param level reads the level from a customer
     * @param scale the levels and their utilities
     * @param weight the relative weight, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank, {@code weight} is not
     *     positive and finite, or the scale has fewer than two levels
     */
    public <E> Builder<T> criterion(
        String name, Function<? super T, ? extends E> level, LevelScale<E> scale, double weight) {
      checkCriterion(name, level, scale, weight);
      return addCriterion(CriterionDefinition.ordinal(name, level, scale, weight));
    }

    /**
     * Adds a numeric criterion that reads an attribute by name, as a policy document does. A
     * missing attribute or {@code null} is a missing value; a value that is no
     * {@link Number} fails with a {@link ScoringException} naming the attribute and types.
     *
     * @param name the criterion's name, unique in the model
     * @param attribute the attribute holding the raw value
     * @param scale maps the raw value to a utility
     * @param weight the relative weight, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} or {@code attribute} is blank, the
     *     attribute is not one of the {@link Attributes}, {@code weight} is not positive and
     *     finite, or the scale lacks breakpoints or thresholds
     * @throws IllegalStateException if the builder was not started with
     *     {@link ScoringModel#builder(Attributes)}
     */
    public Builder<T> criterion(String name, String attribute, Scale scale, double weight) {
      checkCriterion(name, attribute, scale, weight);
      return addCriterion(CriterionDefinition.<T>numeric(name, c -> Double.NaN, scale, weight)
          .boundTo(attribute, reader("criterion '" + name + "'", attribute)));
    }

    /**
     * Adds an ordinal criterion that reads an attribute by name, as a policy document does. A
     * missing attribute, {@code null} or an undeclared level is a missing value; a value of
     * another type than the levels' fails with a {@link ScoringException} naming the attribute
     * and types. Where the levels are text, an enum constant is read by its name; where they
     * are an enum's constants, text naming one is read as it.
     *
     * @param name the criterion's name, unique in the model
     * @param attribute the attribute holding the level
     * @param scale the levels and their utilities
     * @param weight the relative weight, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} or {@code attribute} is blank, the
     *     attribute is not one of the {@link Attributes}, {@code weight} is not positive and
     *     finite, or the scale has fewer than two levels
     * @throws IllegalStateException if the builder was not started with
     *     {@link ScoringModel#builder(Attributes)}
     */
    public Builder<T> criterion(
        String name, String attribute, LevelScale<?> scale, double weight) {
      checkCriterion(name, attribute, scale, weight);
      return addCriterion(CriterionDefinition.<T, Object>ordinal(name, c -> null,
              uncheckedLevels(scale), weight)
          .boundTo(attribute, reader("criterion '" + name + "'", attribute)));
    }

    @SuppressWarnings("unchecked") // levels are only compared with what the attribute holds
    private static LevelScale<Object> uncheckedLevels(LevelScale<?> scale) {
      return (LevelScale<Object>) scale;
    }

    /** The reader of an attribute that {@code subject}, such as "criterion 'x'", binds. */
    private Function<? super T, ?> reader(String subject, String attribute) {
      Checks.requireName(attribute, "attribute");
      Checks.requireState(attributes != null,
          "%s can be bound to attribute '%s' only by a builder started with "
              + "ScoringModel.builder(Attributes) but this one was started with: %s",
          subject, attribute, type.getName());
      Function<? super T, ?> reader = attributes.reader(attribute);
      Checks.requireArgument(reader != null, "attribute of %s must be one of %s but was: '%s'",
          subject, attributes.names(), attribute);
      return reader;
    }

    private void checkCriterion(String name, Object value, Object scale, double weight) {
      Checks.requireName(name, "criterion name");
      requireNonNull(value, "value");
      requireNonNull(scale, "scale");
      Checks.requireArgument(weight > 0.0 && Double.isFinite(weight),
          "weight of criterion '%s' must be positive and finite but was: %s", name, weight);
    }

    private Builder<T> addCriterion(CriterionDefinition<T> criterion) {
      criteria.add(criterion);
      target = Target.CRITERION;
      lastCall = "criterion '" + criterion.name + "'";
      return this;
    }

    /**
     * Describes the criterion or knock-out declared last, for reports and reviews.
     *
     * @param description the description
     * @return this builder
     * @throws IllegalStateException if the call before is not a criterion or knock-out
     */
    public Builder<T> describedAs(String description) {
      requireNonNull(description, "description");
      Checks.requireState(target != Target.NOTHING,
          "describedAs must follow a criterion or knock-out but followed: %s", lastCall);
      if (target == Target.CRITERION) {
        int last = criteria.size() - 1;
        criteria.set(last, criteria.get(last).withDescription(description));
      } else {
        int last = knockOuts.size() - 1;
        knockOuts.set(last, knockOuts.get(last).withDescription(description));
      }
      return this;
    }

    /**
     * Declares the criterion declared last actionable: a value an account manager can change,
     * such as the discount granted, joint projects or contract years, unlike market power.
     * Decision support proposes actionable criteria first. It is no part of the fingerprint.
     *
     * @return this builder
     * @throws IllegalStateException if the call before is not a criterion
     */
    public Builder<T> actionable() {
      Checks.requireState(target == Target.CRITERION,
          "actionable must follow a criterion but followed: %s", lastCall);
      int last = criteria.size() - 1;
      criteria.set(last, criteria.get(last).asActionable());
      return this;
    }

    /**
     * Sets the missing-value policy of the criterion declared last; the default is
     * {@link MissingValue#reject()}.
     *
     * @param policy the policy
     * @return this builder
     * @throws IllegalStateException if the last declaration is not a criterion
     */
    public Builder<T> ifMissing(MissingValue policy) {
      requireNonNull(policy, "policy");
      Checks.requireState(target == Target.CRITERION,
          "ifMissing must follow a criterion but followed: %s", lastCall);
      int last = criteria.size() - 1;
      criteria.set(last, criteria.get(last).withMissingValue(policy));
      return this;
    }

    /**
     * Changes the weight of a declared criterion, such as in a variant made by
     * {@link ScoringModel#toBuilder()}.
     *
     * @param criterion the criterion's name
     * @param weight the new relative weight, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if no criterion has that name or the weight is not
     *     positive and finite
     */
    public Builder<T> weight(String criterion, double weight) {
      int i = indexOf(criterion);
      Checks.requireArgument(weight > 0.0 && Double.isFinite(weight),
          "weight of criterion '%s' must be positive and finite but was: %s", criterion, weight);
      criteria.set(i, criteria.get(i).withWeight(weight));
      // ifMissing and describedAs apply to declarations only
      return changed("weight('" + criterion + "', " + weight + ")");
    }

    /**
     * Removes the criterion and the knock-out of a name, such as in a variant made by
     * {@link ScoringModel#toBuilder()}.
     *
     * @param name the criterion's or knock-out's name
     * @return this builder
     * @throws IllegalArgumentException if nothing of that name is declared
     */
    public Builder<T> without(String name) {
      requireNonNull(name, "name");
      boolean removed = criteria.removeIf(c -> c.name.equals(name))
          | knockOuts.removeIf(k -> k.name.equals(name));
      Checks.requireArgument(removed,
          "name must be a declared criterion or knock-out but was: '%s'", name);
      return changed("without('" + name + "')");
    }

    private int indexOf(String criterion) {
      requireNonNull(criterion, "criterion");
      for (int i = 0; i < criteria.size(); i++) {
        if (criteria.get(i).name.equals(criterion)) {
          return i;
        }
      }
      throw new IllegalArgumentException(Checks.format(
          "criterion must be declared but was: '%s'", criterion));
    }

    /**
     * Adds a knock-out: a customer for whom {@code passes} is false gets no tier above the
     * knock-out's cap (the lowest tier unless {@link #cappedAt(String)} says otherwise). Its
     * score is still computed and shown. The predicate should be monotone — a better customer
     * never fails where a worse one passes — or the model's monotonicity is lost; that is the
     * caller's duty. Prefer {@link #knockOutBelow} and {@link #knockOutAbove}, which are
     * monotone by construction.
     *
     * @param name the knock-out's name, unique among knock-outs
     * @param passes true if the customer passes
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder<T> knockOut(String name, java.util.function.Predicate<? super T> passes) {
      Checks.requireName(name, "knock-out name");
      requireNonNull(passes, "passes");
      return addKnockOut(KnockOutDefinition.predicate(name, passes));
    }

    /**
     * Adds a knock-out that a customer fails when its value is below a minimum, such as
     * revenue below 250,000. A {@code NaN} value is rejected with a {@link ScoringException}.
     *
     * @param name the knock-out's name, unique among knock-outs
     * @param value reads the value from a customer
     * @param minimum the least value that passes, finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank or {@code minimum} not finite
     */
    public Builder<T> knockOutBelow(
        String name, ToDoubleFunction<? super T> value, double minimum) {
      return addBound(name, KnockOut.Kind.AT_LEAST, value, minimum, "minimum");
    }

    /**
     * Adds a knock-out that a customer fails when its value is above a maximum, such as a
     * demanded discount above 30 %. A {@code NaN} value is rejected with a
     * {@link ScoringException}.
     *
     * @param name the knock-out's name, unique among knock-outs
     * @param value reads the value from a customer
     * @param maximum the greatest value that passes, finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank or {@code maximum} not finite
     */
    public Builder<T> knockOutAbove(
        String name, ToDoubleFunction<? super T> value, double maximum) {
      return addBound(name, KnockOut.Kind.AT_MOST, value, maximum, "maximum");
    }

    /**
     * Adds a knock-out that reads an attribute by name and fails a value below a minimum. A
     * missing attribute, {@code null} or {@code NaN} is rejected with a
     * {@link ScoringException}, as is a value that is no {@link Number}.
     *
     * @param name the knock-out's name, unique among knock-outs
     * @param attribute the attribute holding the value
     * @param minimum the least value that passes, finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} or {@code attribute} is blank, the
     *     attribute is not one of the {@link Attributes}, or {@code minimum} is not finite
     * @throws IllegalStateException if the builder was not started with
     *     {@link ScoringModel#builder(Attributes)}
     */
    public Builder<T> knockOutBelow(String name, String attribute, double minimum) {
      return addBound(name, attribute, KnockOut.Kind.AT_LEAST, minimum, "minimum");
    }

    /**
     * Adds a knock-out that reads an attribute by name and fails a value above a maximum. A
     * missing attribute, {@code null} or {@code NaN} is rejected with a
     * {@link ScoringException}, as is a value that is no {@link Number}.
     *
     * @param name the knock-out's name, unique among knock-outs
     * @param attribute the attribute holding the value
     * @param maximum the greatest value that passes, finite
     * @return this builder
     * @throws IllegalArgumentException if {@code name} or {@code attribute} is blank, the
     *     attribute is not one of the {@link Attributes}, or {@code maximum} is not finite
     * @throws IllegalStateException if the builder was not started with
     *     {@link ScoringModel#builder(Attributes)}
     */
    public Builder<T> knockOutAbove(String name, String attribute, double maximum) {
      return addBound(name, attribute, KnockOut.Kind.AT_MOST, maximum, "maximum");
    }

    private Builder<T> addBound(
        String name, String attribute, KnockOut.Kind kind, double bound, String what) {
      Checks.requireName(name, "knock-out name");
      Checks.requireFinite(bound, "%s of knock-out '%s'", what, name);
      Function<? super T, ?> reader = reader("knock-out '" + name + "'", attribute);
      return addKnockOut(KnockOutDefinition.<T>bound(name, kind, c -> Double.NaN, bound)
          .boundTo(attribute, reader));
    }

    private Builder<T> addBound(String name, KnockOut.Kind kind,
        ToDoubleFunction<? super T> value, double bound, String what) {
      Checks.requireName(name, "knock-out name");
      requireNonNull(value, "value");
      Checks.requireFinite(bound, "%s of knock-out '%s'", what, name);
      return addKnockOut(KnockOutDefinition.bound(name, kind, value, bound));
    }

    private Builder<T> addKnockOut(KnockOutDefinition<T> knockOut) {
      knockOuts.add(knockOut);
      target = Target.KNOCK_OUT;
      lastCall = "knock-out '" + knockOut.name + "'";
      return this;
    }

    /**
     * Sets the best tier a customer failing the knock-out declared last can get; the default
     * is the lowest tier. The tier must exist when the model is built.
     *
     * @param tier the label of the cap tier
     * @return this builder
     * @throws IllegalStateException if the last declaration is not a knock-out
     */
    public Builder<T> cappedAt(String tier) {
      Checks.requireName(tier, "cap tier");
      Checks.requireState(target == Target.KNOCK_OUT,
          "cappedAt must follow a knock-out but followed: %s", lastCall);
      int last = knockOuts.size() - 1;
      knockOuts.set(last, knockOuts.get(last).cappedAt(tier));
      return this;
    }

    /**
     * Sets the tiers; the default is one tier, {@code "all"}, holding every score.
     *
     * @param tiers the tiers
     * @return this builder
     * @throws IllegalStateException if tiers were already set on this builder (a builder made
     *     by {@link ScoringModel#toBuilder()} may set them once more)
     */
    public Builder<T> tiers(Tiers tiers) {
      requireNonNull(tiers, "tiers");
      Checks.requireState(!tiersSet, "tiers were already set to %s", this.tiers);
      this.tiers = tiers;
      tiersSet = true;
      return this;
    }

    /**
     * Builds the model, compiling it for fast scoring. The builder is unchanged.
     *
     * @return the model
     * @throws IllegalStateException if no id was set, there are no criteria, a criterion or
     *     knock-out name repeats, a knock-out is capped at an unknown tier, or a missing-value
     *     substitute does not fit its criterion
     */
    public ScoringModel<T> build() {
      Checks.requireState(id != null, "model id must be set with id(id, version) but was: null");
      Checks.requireState(!criteria.isEmpty(),
          "model '%s' must have at least one criterion but had: 0", id);
      requireUnique(criteria.stream().map(c -> c.name).toArray(String[]::new), "criterion");
      requireUnique(knockOuts.stream().map(k -> k.name).toArray(String[]::new), "knock-out");
      for (KnockOutDefinition<T> knockOut : knockOuts) {
        Checks.requireState(knockOut.cap == null || tiers.rankOf(knockOut.cap) >= 0,
            "cap of knock-out '%s' must be one of the tiers %s but was: '%s'",
            knockOut.name, tiers.labels(), knockOut.cap);
      }
      ScoringModel<T> model = new ScoringModel<>(this);
      if (LOG.isDebugEnabled()) {
        LOG.debug("built {} over {}: criteria {}, knock-outs {}", model, type.getName(),
            model.criteria(), model.knockOuts());
      }
      return model;
    }

    private static void requireUnique(String[] names, String what) {
      for (int i = 0; i < names.length; i++) {
        for (int j = 0; j < i; j++) {
          Checks.requireState(!names[i].equals(names[j]),
              "%s name must be unique but was repeated: '%s'", what, names[i]);
        }
      }
    }
  }
}
