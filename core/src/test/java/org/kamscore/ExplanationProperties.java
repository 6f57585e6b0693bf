package org.kamscore;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every evaluation's explanation says what the test's own {@link ReferenceScorer} works out
 * from the documented semantics and the generator's parameters: per criterion the raw value,
 * utility, weight share, maximum, points and points lost; the score; and the reasons, most
 * points lost first, ties in declaration order. Half of the models repeat some criteria
 * ("twins": same scale, weight, policy and value), whose exact ties must keep declaration
 * order.
 */
final class ExplanationProperties {

  @Test
  void explanation_matchesTheReferenceScorer() {
    Theories.qt().forAll(withTwins()).checkAssert(c -> {
      Evaluation e = c.model().build().evaluate(c.customer());
      ReferenceScorer.of(c.model().criteria(), c.customer()).check(e);
    });
  }

  /** A generated model and customer; in half the cases 1 to 3 criteria repeated at the end. */
  static Gen<Generated.Scored> withTwins() {
    return in -> {
      Draw d = new Draw(in);
      ModelSpec model = Generated.model(d);
      GeneratedAccount customer = Generated.customer(d, model);
      if (!d.rarely(50)) {
        return new Generated.Scored(model, customer);
      }
      List<CriterionSpec> criteria = new ArrayList<>(model.criteria());
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < criteria.size(); i++) {
        values.add(customer.value(i));
      }
      for (int k = d.between(1, 3); k > 0; k--) {
        int original = d.between(0, model.size() - 1);
        CriterionSpec c = model.criterion(original);
        criteria.add(c.declaredAs("c" + criteria.size(), c.weight(), c.ifMissing()));
        values.add(customer.value(original));
      }
      double[] twinned = values.stream().mapToDouble(Double::doubleValue).toArray();
      return new Generated.Scored(new ModelSpec(criteria, model.tiers(), model.knockOuts()),
          new GeneratedAccount(twinned));
    };
  }
}
