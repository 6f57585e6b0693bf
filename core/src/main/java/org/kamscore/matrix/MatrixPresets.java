package org.kamscore.matrix;

import org.kamscore.ScoringModel;

/**
 * Ready-made portfolio matrices over customer attractiveness (rows) and the supplier's
 * position with the customer (columns). Give them your two scoring models; derive a variant
 * with {@link PortfolioMatrix#toBuilder()}, for example to set your own id or member order.
 *
 * <pre>{@code
 * PortfolioMatrix<Customer> matrix = MatrixPresets.keyAccount(attractiveness, supplierPosition);
 * matrix.classify(customer).cell().name();    // "key account", "develop", "maintain" or "reduce"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MatrixPresets {
  /** The bands of both axes of the key-account matrix. */
  private static final Bands HALVES = Bands.cutAt(50);
  /** The bands of both axes of the nine-box. */
  private static final Bands THIRDS = Bands.cutAt(33, 67);
  private static final String INVEST = "invest to grow: key-account management, joint "
      + "development and priority capacity";
  private static final String SELECT = "invest selectively: improve the position where the "
      + "customer's attractiveness justifies it, otherwise hold at moderate cost";
  private static final String HARVEST = "harvest: keep the cost to serve low, protect the "
      + "margin, standard terms";

  private MatrixPresets() {}

  /**
   * The classic key-account 2×2, id {@code key-account-matrix}, version {@code 1}. Both axes
   * are cut at 50 into {@code low} and {@code high}:
   *
   * <table class="striped">
   *   <caption>Cells (attractiveness, position): name, treatment</caption>
   *   <tr><th scope="col">attractiveness</th><th scope="col">position</th>
   *       <th scope="col">name</th><th scope="col">treatment</th></tr>
   *   <tr><td>high</td><td>high</td><td>key account</td><td>dedicated key-account manager,
   *       joint planning and priority service; secure and expand the relationship</td></tr>
   *   <tr><td>high</td><td>low</td><td>develop</td><td>invest to win share of wallet: more
   *       contact, tailored offers and solutions; build the relationship</td></tr>
   *   <tr><td>low</td><td>high</td><td>maintain</td><td>serve efficiently with standard
   *       processes and terms; defend the position at a low cost to serve</td></tr>
   *   <tr><td>low</td><td>low</td><td>reduce</td><td>minimize effort: a standard offer through
   *       lean or indirect channels; review the terms or let go</td></tr>
   * </table>
   *
   * @param <T> the customer type
   * @param attractiveness the model of the customer's attractiveness, for the rows
   * @param supplierPosition the model of the supplier's position with the customer, for the
   *     columns
   * @return the matrix
   */
  public static <T> PortfolioMatrix<T> keyAccount(
      ScoringModel<T> attractiveness, ScoringModel<T> supplierPosition) {
    return start("key-account-matrix", attractiveness, supplierPosition, HALVES)
        .cell("high", "high", "key account", "dedicated key-account manager, joint planning "
            + "and priority service; secure and expand the relationship")
        .cell("high", "low", "develop", "invest to win share of wallet: more contact, "
            + "tailored offers and solutions; build the relationship")
        .cell("low", "high", "maintain", "serve efficiently with standard processes and "
            + "terms; defend the position at a low cost to serve")
        .cell("low", "low", "reduce", "minimize effort: a standard offer through lean or "
            + "indirect channels; review the terms or let go")
        .build();
  }

  /**
   * The 3×3 nine-box, id {@code nine-box}, version {@code 1}. Both axes are cut at 33 and 67
   * into {@code low}, {@code medium} and {@code high}. The three cells toward high/high are
   * <i>invest and grow</i>, the diagonal from high/low to low/high is <i>select</i>, and the
   * three cells toward low/low are <i>harvest</i>:
   *
   * <pre>
   *  attractiveness \ position | low             | medium          | high
   *  high                      | select          | invest and grow | invest and grow
   *  medium                    | harvest         | select          | invest and grow
   *  low                       | harvest         | harvest         | select
   * </pre>
   *
   * <p>Treatments: invest and grow — "invest to grow: key-account management, joint
   * development and priority capacity"; select — "invest selectively: improve the position
   * where the customer's attractiveness justifies it, otherwise hold at moderate cost";
   * harvest — "harvest: keep the cost to serve low, protect the margin, standard terms".
   *
   * @param <T> the customer type
   * @param attractiveness the model of the customer's attractiveness, for the rows
   * @param supplierPosition the model of the supplier's position with the customer, for the
   *     columns
   * @return the matrix
   */
  public static <T> PortfolioMatrix<T> nineBox(
      ScoringModel<T> attractiveness, ScoringModel<T> supplierPosition) {
    return start("nine-box", attractiveness, supplierPosition, THIRDS)
        .cell("high", "high", "invest and grow", INVEST)
        .cell("high", "medium", "invest and grow", INVEST)
        .cell("medium", "high", "invest and grow", INVEST)
        .cell("high", "low", "select", SELECT)
        .cell("medium", "medium", "select", SELECT)
        .cell("low", "high", "select", SELECT)
        .cell("medium", "low", "harvest", HARVEST)
        .cell("low", "low", "harvest", HARVEST)
        .cell("low", "medium", "harvest", HARVEST)
        .build();
  }

  /** Starts a preset: version 1, the same bands on both axes. */
  private static <T> PortfolioMatrix.Builder<T> start(String id,
      ScoringModel<T> attractiveness, ScoringModel<T> supplierPosition, Bands bands) {
    return new PortfolioMatrix.Builder<T>()
        .id(id, "1")
        .rows(attractiveness, bands)
        .columns(supplierPosition, bands);
  }
}
