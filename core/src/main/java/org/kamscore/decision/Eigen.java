package org.kamscore.decision;

/**
 * The principal eigenvector of a positive reciprocal matrix by power iteration, and its
 * eigenvalue: deterministic, as it runs a fixed loop of additions, multiplications and
 * divisions in index order (IEEE 754 gives them the same bits on every JVM), from the uniform
 * vector, until no component moves by more than {@link #TOLERANCE} or {@link #ITERATIONS}
 * steps are done. A positive matrix has a simple, real, positive principal eigenvalue (Perron),
 * so the iteration converges, quickly for the small matrices of comparisons.
 */
final class Eigen {
  static final int ITERATIONS = 1000;
  static final double TOLERANCE = 1e-15;
  /**
   * Saaty's random index by matrix size: the mean consistency index of random reciprocal
   * matrices (Saaty, The Analytic Hierarchy Process, 1980); 0 for sizes 1 and 2.
   */
  private static final double[] RANDOM_INDEX =
      {0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

  private final double[] vector;
  private final double value;
  private final int n;

  private Eigen(double[] vector, double value, int n) {
    this.vector = vector;
    this.value = value;
    this.n = n;
  }

  static Eigen of(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1.0 / n;
    }
    for (int step = 0; step < ITERATIONS; step++) {
      double[] next = normalized(multiply(a, w));
      double moved = 0.0;
      for (int i = 0; i < n; i++) {
        moved = StrictMath.max(moved, StrictMath.abs(next[i] - w[i]));
      }
      w = next;
      if (moved <= TOLERANCE) {
        break;
      }
    }
    double[] aw = multiply(a, w);
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      sum += aw[i] / w[i];
    }
    return new Eigen(w, sum / n, n);
  }

  private static double[] multiply(double[][] a, double[] w) {
    int n = w.length;
    double[] product = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      for (int j = 0; j < n; j++) {
        s += a[i][j] * w[j];
      }
      product[i] = s;
    }
    return product;
  }

  private static double[] normalized(double[] v) {
    double sum = 0.0;
    for (double x : v) {
      sum += x;
    }
    double[] w = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      w[i] = v[i] / sum;
    }
    return w;
  }

  /** The principal eigenvector, its components adding up to 1 (up to rounding). */
  double[] vector() {
    return vector.clone();
  }

  Consistency consistency() {
    // rounding can leave the eigenvalue of a consistent matrix a hair below n
    double index = n > 1 ? StrictMath.max(0.0, (value - n) / (n - 1)) : 0.0;
    double random = RANDOM_INDEX[n];
    return new Consistency(value, index, random > 0.0 ? index / random : 0.0, random);
  }
}
