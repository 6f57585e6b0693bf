package org.kamscore.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One rater's pairwise comparisons of criteria on Saaty's 1–9 scale, the input of the
 * Analytic Hierarchy Process ({@link AhpWeights}): for every pair, how many times more
 * important the first criterion is than the second.
 *
 * <pre>{@code
 * PairwiseComparisons judgments = PairwiseComparisons.builder(
 *         "revenue-share", "contribution-margin", "growth-potential")
 *     .compare("revenue-share", "contribution-margin", 3)   // moderately more important
 *     .compare("revenue-share", "growth-potential", 5)      // strongly more important
 *     .compare("contribution-margin", "growth-potential", 2)
 *     .build();
 * }</pre>
 *
 * <p>Saaty's scale: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9 extreme, the
 * even numbers between, and the reciprocals for the other way round; every comparison lies in
 * {@code [1/9, 9]}. The matrix is positive, has 1 on its diagonal and is reciprocal: the
 * comparison of {@code b} with {@code a} is {@code 1 /} that of {@code a} with {@code b}. Two
 * to ten criteria can be compared, the sizes for which Saaty's random index is defined.
 * Instances are immutable.
 *
 * @since 0.1.0
 */
public final class PairwiseComparisons {
  /** How far a product of reciprocal comparisons may be from 1, relatively. */
  static final double RECIPROCITY = 1e-9;
  private static final int MOST = 10;

  private final List<String> criteria;
  private final double[][] matrix;

  private PairwiseComparisons(List<String> criteria, double[][] matrix) {
    this.criteria = criteria;
    this.matrix = matrix;
  }

  /**
   * Starts comparing criteria; every pair must be compared once before
   * {@link Builder#build()}.
   *
   * @param criteria the criteria's names, distinct, two to ten
   * @return a new builder
   * @throws IllegalArgumentException if a name is blank or repeats, or there are fewer than two
   *     or more than ten
   */
  public static Builder builder(String... criteria) {
    requireNonNull(criteria, "criteria");
    return new Builder(names(List.of(criteria)));
  }

  /**
   * Takes a full comparison matrix, row {@code i} column {@code j} comparing criterion
   * {@code i} with criterion {@code j}, as a textbook prints it.
   *
   * @param criteria the criteria's names, distinct, two to ten, in the matrix's order
   * @param matrix the square matrix of comparisons, one row per criterion; it is copied
   * @return the comparisons
   * @throws IllegalArgumentException if a name is blank or repeats, the number of criteria is
   *     not two to ten, the matrix is not square of that size, a comparison is not positive
   *     and finite, lies outside {@code [1/9, 9]}, a diagonal entry is not 1, or a pair is not
   *     reciprocal within a relative {@code 1e-9}
   */
  public static PairwiseComparisons of(List<String> criteria, double[][] matrix) {
    List<String> names = names(criteria);
    requireNonNull(matrix, "matrix");
    int n = names.size();
    Checks.requireArgument(matrix.length == n,
        "matrix must have %d rows, one per criterion, but had: %d", n, matrix.length);
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      Checks.requireNonNull(matrix[i], "row %d of the matrix", i);
      Checks.requireArgument(matrix[i].length == n,
          "row %d of the matrix must have %d entries, one per criterion, but had: %d", i, n,
          matrix[i].length);
      copy[i] = matrix[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        requireSaaty(names.get(i), names.get(j), copy[i][j]);
      }
    }
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(copy[i][i] == 1.0,
          "comparison of '%s' with itself must be 1 but was: %s", names.get(i), copy[i][i]);
      for (int j = i + 1; j < n; j++) {
        double product = copy[i][j] * copy[j][i];
        Checks.requireArgument(Math.abs(product - 1.0) <= RECIPROCITY,
            "comparison of '%s' with '%s' must be the reciprocal of that of '%s' with '%s', "
                + "1/%s, within a relative 1e-9, but was: %s", names.get(j), names.get(i),
            names.get(i), names.get(j), copy[i][j], copy[j][i]);
      }
    }
    return new PairwiseComparisons(names, copy);
  }

  /** A matrix made here, reciprocal by construction. */
  static PairwiseComparisons trusted(List<String> criteria, double[][] matrix) {
    return new PairwiseComparisons(criteria, matrix);
  }

  private static List<String> names(List<String> criteria) {
    requireNonNull(criteria, "criteria");
    int n = criteria.size();
    Checks.requireArgument(n >= 2 && n <= MOST,
        "number of criteria compared must be from 2 to %d, the sizes of Saaty's random index, "
            + "but was: %d", MOST, n);
    List<String> names = new ArrayList<>(n);
    for (String name : criteria) {
      Checks.requireNonNull(name, "criterion name");
      Checks.requireArgument(!name.isBlank(),
          "criterion name must not be blank but was: '%s'", name);
      Checks.requireArgument(!names.contains(name),
          "criterion name must be unique but was repeated: '%s'", name);
      names.add(name);
    }
    return List.copyOf(names);
  }

  private static void requireSaaty(String a, String b, double ratio) {
    Checks.requireArgument(ratio > 0.0 && ratio < Double.POSITIVE_INFINITY,
        "comparison of '%s' with '%s' must be positive and finite but was: %s", a, b, ratio);
    Checks.requireArgument(ratio >= 1.0 / 9.0 && ratio <= 9.0,
        "comparison of '%s' with '%s' must be on Saaty's scale, in [1/9, 9], but was: %s",
        a, b, ratio);
  }

  /**
   * Returns the criteria compared, in the matrix's order.
   *
   * @return an unmodifiable list of the names
   */
  public List<String> criteria() {
    return criteria;
  }

  /**
   * Returns how many times more important one criterion is than another.
   *
   * @param a a criterion compared
   * @param b a criterion compared
   * @return the comparison of {@code a} with {@code b}
   * @throws IllegalArgumentException if a name is not one of {@link #criteria()}
   */
  public double ratio(String a, String b) {
    return matrix[indexOf(criteria, a)][indexOf(criteria, b)];
  }

  static int indexOf(List<String> criteria, String name) {
    requireNonNull(name, "criterion");
    int i = criteria.indexOf(name);
    Checks.requireArgument(i >= 0, "criterion must be one of %s but was: '%s'", criteria, name);
    return i;
  }

  /**
   * Returns the matrix, row {@code i} column {@code j} comparing criterion {@code i} with
   * criterion {@code j}.
   *
   * @return an unmodifiable copy, one row per criterion
   */
  public List<List<Double>> matrix() {
    List<List<Double>> rows = new ArrayList<>(matrix.length);
    for (double[] row : matrix) {
      rows.add(Arrays.stream(row).boxed().toList());
    }
    return List.copyOf(rows);
  }

  /** The matrix itself: callers only read it. */
  double[][] entries() {
    return matrix;
  }

  /**
   * Returns how consistent the comparisons are: the principal eigenvalue, Saaty's consistency
   * index and ratio.
   *
   * @return the consistency
   */
  public Consistency consistency() {
    return Eigen.of(matrix).consistency();
  }

  /**
   * Tells whether another object holds the same criteria and comparisons.
   *
   * @param o the object to compare with
   * @return {@code true} if equal, comparisons compared bit for bit
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseComparisons
        && ((PairwiseComparisons) o).criteria.equals(criteria)
        && Arrays.deepEquals(((PairwiseComparisons) o).matrix, matrix);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * criteria.hashCode() + Arrays.deepHashCode(matrix);
  }

  /**
   * Returns a summary such as {@code PairwiseComparisons[revenue-share, margin, growth]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PairwiseComparisons" + criteria;
  }

  /**
   * Collects the comparisons of every pair of criteria. Builders are not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<String> criteria;
    private final double[][] matrix;

    private Builder(List<String> criteria) {
      this.criteria = criteria;
      int n = criteria.size();
      this.matrix = new double[n][n];
      for (int i = 0; i < n; i++) {
        matrix[i][i] = 1.0;
      }
    }

    /**
     * Says how many times more important criterion {@code a} is than criterion {@code b}; the
     * reciprocal, {@code b} with {@code a}, follows.
     *
     * @param a a criterion
     * @param b another criterion
     * @param ratio on Saaty's scale, in {@code [1/9, 9]}: 1 equal, 3 moderately, 5 strongly, 7
     *     very strongly, 9 extremely more important; {@code 1.0 / 3} moderately less
     * @return this builder
     * @throws IllegalArgumentException if a name is not one of the criteria, both are the same,
     *     or {@code ratio} is not positive and finite or lies outside {@code [1/9, 9]}
     * @throws IllegalStateException if the pair was already compared, either way round
     */
    public Builder compare(String a, String b, double ratio) {
      int i = indexOf(criteria, a);
      int j = indexOf(criteria, b);
      Checks.requireArgument(i != j, "criteria compared must differ but both were: '%s'", a);
      requireSaaty(a, b, ratio);
      Checks.requireState(matrix[i][j] == 0.0,
          "comparison of '%s' with '%s' was already given: %s", a, b, matrix[i][j]);
      matrix[i][j] = ratio;
      matrix[j][i] = 1.0 / ratio;
      return this;
    }

    /**
     * Builds the comparisons. The builder is unchanged.
     *
     * @return the comparisons
     * @throws IllegalStateException if a pair of criteria was not compared
     */
    public PairwiseComparisons build() {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < matrix.length; i++) {
        for (int j = i + 1; j < matrix.length; j++) {
          if (matrix[i][j] == 0.0) {
            missing.add("(" + criteria.get(i) + ", " + criteria.get(j) + ")");
          }
        }
      }
      Checks.requireState(missing.isEmpty(),
          "every pair of criteria must be compared but these were not: %s",
          String.join(", ", missing));
      double[][] copy = new double[matrix.length][];
      for (int i = 0; i < matrix.length; i++) {
        copy[i] = matrix[i].clone();
      }
      return new PairwiseComparisons(criteria, copy);
    }
  }
}
