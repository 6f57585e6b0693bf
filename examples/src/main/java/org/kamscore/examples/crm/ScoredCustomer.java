package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Evaluation;
import org.kamscore.Ranked;
import org.kamscore.ScoringModel;

/**
 * A customer with its evaluations on both axes of the CRM policy and its place in the ranking
 * by attractiveness.
 *
 * @param rank the place in the ranking by attractiveness, 1 for the best
 * @param customer the customer
 * @param attractiveness the evaluation by the attractiveness model
 * @param position the evaluation by the supplier-position model
 * @since 0.1.0
 */
public record ScoredCustomer(
    int rank, CrmCustomer customer, Evaluation attractiveness, Evaluation position) {

  /**
   * Checks the references.
   *
   * @throws NullPointerException if a reference is {@code null}
   */
  public ScoredCustomer {
    requireNonNull(customer, "customer");
    requireNonNull(attractiveness, "attractiveness");
    requireNonNull(position, "position");
  }

  /**
   * Scores customers on both axes and ranks them by attractiveness: score descending, equal
   * scores in input order.
   *
   * @param attractiveness the attractiveness model
   * @param position the supplier-position model
   * @param customers the customers
   * @return the scored customers, best first
   * @throws org.kamscore.ScoringException if a customer cannot be scored
   */
  public static List<ScoredCustomer> rank(ScoringModel<CrmCustomer> attractiveness,
      ScoringModel<CrmCustomer> position, List<CrmCustomer> customers) {
    List<Evaluation> positions = position.evaluateAll(customers);
    List<ScoredCustomer> scored = new ArrayList<>(customers.size());
    for (Ranked<CrmCustomer> r : attractiveness.rank(customers)) {
      scored.add(new ScoredCustomer(r.position(), r.customer(), r.evaluation(),
          positions.get(r.index())));
    }
    return List.copyOf(scored);
  }
}
