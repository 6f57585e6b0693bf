package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kamscore.Criterion;
import org.kamscore.Direction;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * What properties and snapshots run against: one scoring model, or a portfolio matrix and
 * its two axis models.
 *
 * @param <T> the customer type
 */
final class Policy<T> {
  private final String title;
  private final List<ScoringModel<T>> models;
  private final List<String> roles;
  private final PortfolioMatrix<T> matrix;

  private Policy(String title, List<ScoringModel<T>> models, List<String> roles,
      PortfolioMatrix<T> matrix) {
    this.title = title;
    this.models = models;
    this.roles = roles;
    this.matrix = matrix;
  }

  static <T> Policy<T> of(ScoringModel<T> model) {
    requireNonNull(model, "model");
    return new Policy<>(Checks.format("model '%s' %s", model.id(), model.version()),
        List.of(model), List.of("model"), null);
  }

  static <T> Policy<T> of(PortfolioMatrix<T> matrix) {
    requireNonNull(matrix, "matrix");
    return new Policy<>(Checks.format("matrix '%s' %s", matrix.id(), matrix.version()),
        List.of(matrix.rows().model(), matrix.columns().model()), List.of("rows", "columns"),
        matrix);
  }

  /** Such as {@code model 'crm-customer-attractiveness' 2026.1}. */
  String title() {
    return title;
  }

  /** The scoring models, the row model first for a matrix. */
  List<ScoringModel<T>> models() {
    return models;
  }

  /** What each model is to the policy: {@code model}, or {@code rows} and {@code columns}. */
  List<String> roles() {
    return roles;
  }

  boolean isMatrix() {
    return matrix != null;
  }

  /** The matrix, or {@code null} for a single model. */
  PortfolioMatrix<T> matrix() {
    return matrix;
  }

  /**
   * Evaluates a customer on every model, and places it for a matrix.
   *
   * @throws org.kamscore.ScoringException if a model cannot score the customer
   */
  Outcome evaluate(T customer) {
    if (matrix == null) {
      return new Outcome(List.of(models.get(0).evaluate(customer)), null);
    }
    Placement placement = matrix.classify(customer);
    return new Outcome(List.of(placement.rowEvaluation(), placement.columnEvaluation()),
        placement);
  }

  /**
   * The direction of a criterion in every model that declares it.
   *
   * @throws IllegalArgumentException if no model declares it, or two disagree
   */
  Direction direction(String criterion) {
    requireNonNull(criterion, "criterion");
    Direction direction = null;
    List<String> names = new ArrayList<>();
    StringBuilder seen = new StringBuilder();
    boolean agree = true;
    for (ScoringModel<T> model : models) {
      for (Criterion c : model.criteria()) {
        names.add(c.name());
        if (c.name().equals(criterion)) {
          agree &= direction == null || direction == c.direction();
          direction = c.direction();
          seen.append(seen.length() == 0 ? "" : ", ").append(words(c.direction()))
              .append(" in '").append(model.id()).append('\'');
        }
      }
    }
    Checks.requireArgument(direction != null, "criterion must be one of %s %s but was: '%s'",
        title, names, criterion);
    Checks.requireArgument(agree, "criterion '%s' must have one direction in %s but was: %s",
        criterion, title, seen);
    return direction;
  }

  /** A direction in words: {@code higher is better}. */
  static String words(Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The model's id in quotes, for messages. */
  static String name(Evaluation evaluation) {
    return "'" + evaluation.modelId() + "'";
  }
}
