package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.kamscore.ScoringModel;

/**
 * Assertions on a {@link ScoringModel}, from {@link KamAssertions#assertThat(ScoringModel)}:
 * its identity, its declarations, and the evaluation of a customer.
 *
 * <pre>{@code
 * assertThat(CrmPolicy.attractiveness())
 *     .hasFingerprint("3f2a...")     // fails on any change of criteria, scales, weights, tiers
 *     .evaluating(furnitureChain).hasTier("A");
 * }</pre>
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class ScoringModelAssert<T>
    extends AbstractAssert<ScoringModelAssert<T>, ScoringModel<T>> {

  ScoringModelAssert(ScoringModel<T> actual) {
    super(actual, ScoringModelAssert.class);
  }

  /**
   * Verifies the fingerprint: pins the policy, so that any change of its criteria, scales,
   * weights, missing-value policies, knock-outs or tiers fails until the fingerprint, and
   * maybe the version, is updated on purpose.
   *
   * @param fingerprint the expected fingerprint, 64 lower-case hex digits
   * @return this assertion
   * @throws AssertionError if the model is {@code null} or has another fingerprint
   * @see ScoringModel#fingerprint()
   */
  public ScoringModelAssert<T> hasFingerprint(String fingerprint) {
    requireNonNull(fingerprint, "fingerprint");
    isNotNull();
    if (!actual.fingerprint().equals(fingerprint)) {
      fail("to have fingerprint\n  %s\nbut it has\n  %s\nThe policy changed: its criteria,"
          + " scales, weights, missing-value policies, knock-outs or tiers. If the change is"
          + " intended, update the expected fingerprint, and the version if the policy is in"
          + " use.", fingerprint, actual.fingerprint());
    }
    return this;
  }

  /**
   * Verifies the id.
   *
   * @param id the expected id
   * @return this assertion
   * @throws AssertionError if the model is {@code null} or has another id
   */
  public ScoringModelAssert<T> hasId(String id) {
    requireNonNull(id, "id");
    isNotNull();
    if (!actual.id().equals(id)) {
      fail("to have id '%s' but it has '%s'", id, actual.id());
    }
    return this;
  }

  /**
   * Verifies the version.
   *
   * @param version the expected version
   * @return this assertion
   * @throws AssertionError if the model is {@code null} or has another version
   */
  public ScoringModelAssert<T> hasVersion(String version) {
    requireNonNull(version, "version");
    isNotNull();
    if (!actual.version().equals(version)) {
      fail("to have version '%s' but it has '%s'", version, actual.version());
    }
    return this;
  }

  /**
   * Verifies the criteria's names, exactly and in declaration order.
   *
   * @param names the expected names
   * @return this assertion
   * @throws AssertionError if the model is {@code null} or has other criteria
   */
  public ScoringModelAssert<T> hasCriteria(String... names) {
    isNotNull();
    List<String> actualNames = new ArrayList<>();
    actual.criteria().forEach(c -> actualNames.add(c.name()));
    return hasNames("criteria", actualNames, names);
  }

  /**
   * Verifies the knock-outs' names, exactly and in declaration order.
   *
   * @param names the expected names
   * @return this assertion
   * @throws AssertionError if the model is {@code null} or has other knock-outs
   */
  public ScoringModelAssert<T> hasKnockOuts(String... names) {
    isNotNull();
    List<String> actualNames = new ArrayList<>();
    actual.knockOuts().forEach(k -> actualNames.add(k.name()));
    return hasNames("knock-outs", actualNames, names);
  }

  private ScoringModelAssert<T> hasNames(String what, List<String> actualNames,
      String... names) {
    requireNonNull(names, "names");
    if (!actualNames.equals(Arrays.asList(names))) {
      fail("to have the %s %s but it has %s", what, Arrays.toString(names), actualNames);
    }
    return this;
  }

  /**
   * Evaluates a customer and continues with assertions on its evaluation.
   *
   * @param customer the customer
   * @return assertions on the customer's evaluation
   * @throws AssertionError if the model is {@code null}
   * @throws org.kamscore.ScoringException if the model cannot score the customer
   */
  public EvaluationAssert evaluating(T customer) {
    isNotNull();
    return new EvaluationAssert(actual.evaluate(customer));
  }

  private void fail(String template, Object... args) {
    failWithMessage("%s", Checks.format("Expecting model '%s' %s ", actual.id(),
        actual.version()) + Checks.format(template, args));
  }
}
