package org.kamscore;

import java.util.Arrays;
import java.util.List;

/**
 * A generated criterion as data: a numeric {@link Scale} or an ordinal {@link LevelScale}, the
 * same scale as the test's {@link ReferenceScale} made from the same parameters, the direction
 * in which its raw value is better, the scale's breakpoints ({@code anchors}; the level indexes
 * of an ordinal scale), weight and missing-value policy.
 */
record CriterionSpec(String name, Scale scale, LevelScale<?> levels, ReferenceScale reference,
    Direction better, double[] anchors, double weight, MissingValue ifMissing) {

  static CriterionSpec numeric(
      Scale scale, ReferenceScale reference, Direction better, double... anchors) {
    return new CriterionSpec(
        "c", scale, null, reference, better, anchors, 1.0, MissingValue.reject());
  }

  static CriterionSpec ordinal(
      LevelScale<?> levels, ReferenceScale reference, Direction better) {
    double[] indexes = new double[levels.levels().size()];
    Arrays.setAll(indexes, i -> i);
    return new CriterionSpec(
        "c", null, levels, reference, better, indexes, 1.0, MissingValue.reject());
  }

  CriterionSpec declaredAs(String newName, double newWeight, MissingValue policy) {
    return new CriterionSpec(
        newName, scale, levels, reference, better, anchors, newWeight, policy);
  }

  boolean isOrdinal() {
    return levels != null;
  }

  int levelCount() {
    return levels.levels().size();
  }

  double lowest() {
    return anchors[0];
  }

  double highest() {
    return anchors[anchors.length - 1];
  }

  /** The utility of a raw value or level index, as the criterion's scale computes it. */
  double utility(double value) {
    return isOrdinal() ? levels.utility(levels.levels().get((int) value)) : scale.utility(value);
  }

  /** Declares this criterion, reading column {@code column}, with its weight times a factor. */
  void declare(ScoringModel.Builder<GeneratedAccount> builder, int column, double weightFactor) {
    double w = weight * weightFactor;
    if (isOrdinal()) {
      declareLevels(builder, column, levels, w);
    } else {
      builder.criterion(name, a -> a.value(column), scale, w);
    }
    builder.ifMissing(ifMissing);
  }

  private void declareLevels(
      ScoringModel.Builder<GeneratedAccount> builder, int column, LevelScale<?> scale, double w) {
    declareTyped(builder, column, scale, w);
  }

  private <E> void declareTyped(
      ScoringModel.Builder<GeneratedAccount> builder, int column, LevelScale<E> scale, double w) {
    List<E> list = scale.levels();
    builder.criterion(name, (GeneratedAccount a) -> a.level(list, column), scale, w);
  }

  @Override
  public String toString() {
    return name + " " + (isOrdinal() ? levels : scale) + " (" + better + ") weight " + weight
        + " ifMissing " + ifMissing;
  }
}
