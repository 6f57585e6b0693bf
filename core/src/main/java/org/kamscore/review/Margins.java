package org.kamscore.review;

import java.util.Arrays;
import java.util.List;

/**
 * The margins of one ladder being declared, for a builder: margins for every threshold, and
 * margins per threshold that override them. Thresholds are in rank order, strictly descending;
 * each is named by the tier or band just above it. Mutable, like the builders that own it.
 */
final class Margins {
  private final String what;
  private final String where;
  private final String setting;
  private final List<String> labels;
  private final double[] thresholds;
  private double up;
  private double down;
  private boolean set;
  /** Per threshold the declared margins, NaN where none was declared. */
  private final double[] ups;
  private final double[] downs;
  /** Per threshold whether its margins were declared on this builder (not inherited). */
  private final boolean[] declared;

  /**
   * @param what what a rank is, such as {@code "tier"} or {@code "row band"}
   * @param where which ranks have a threshold, such as {@code "with a threshold"}
   * @param setting the setting's name in messages, such as {@code "margins"}
   * @param labels the label of every rank, best first
   * @param thresholds the thresholds in rank order, one fewer than the labels
   */
  Margins(String what, String where, String setting, List<String> labels, double[] thresholds) {
    this.what = what;
    this.where = where;
    this.setting = setting;
    this.labels = List.copyOf(labels);
    this.thresholds = thresholds.clone();
    this.ups = new double[thresholds.length];
    this.downs = new double[thresholds.length];
    this.declared = new boolean[thresholds.length];
    Arrays.fill(ups, Double.NaN);
    Arrays.fill(downs, Double.NaN);
  }

  /** A copy for a builder made from a built thing: the same margins, none declared on it. */
  Margins inherit() {
    Margins copy = new Margins(what, where, setting, labels, thresholds);
    copy.up = up;
    copy.down = down;
    System.arraycopy(ups, 0, copy.ups, 0, ups.length);
    System.arraycopy(downs, 0, copy.downs, 0, downs.length);
    return copy;
  }

  void all(double up, double down) {
    requireMargin(up, "up margin", "");
    requireMargin(down, "down margin", "");
    Checks.requireState(!set, "%s were already set to up %s, down %s", setting, this.up,
        this.down);
    this.up = up;
    this.down = down;
    this.set = true;
  }

  void of(String label, double up, double down) {
    Checks.requireNonNull(label, "%s", what);
    int j = labels.indexOf(label);
    Checks.requireArgument(j >= 0 && j < thresholds.length, "%s %s must be one of %s but was: '%s'",
        what, where, labels.subList(0, thresholds.length), label);
    String of = " of " + what + " '" + label + "'";
    requireMargin(up, "up margin", of);
    requireMargin(down, "down margin", of);
    Checks.requireState(!declared[j], "margins of %s '%s' were already set to up %s, down %s",
        what, label, ups[j], downs[j]);
    ups[j] = up;
    downs[j] = down;
    declared[j] = true;
  }

  private static void requireMargin(double margin, String name, String of) {
    Checks.requireFinite(margin, "%s%s", name, of);
    Checks.requireArgument(margin >= 0.0, "%s%s must not be negative but was: %s", name, of,
        margin);
  }

  /** The up-margin that applies to a threshold. */
  double up(int j) {
    return Double.isNaN(ups[j]) ? up : ups[j];
  }

  /** The down-margin that applies to a threshold. */
  double down(int j) {
    return Double.isNaN(downs[j]) ? down : downs[j];
  }

  /**
   * Checks that every promotion threshold stays at most 100 and at most the one above it, and
   * every demotion threshold at least 0 and at most the one above it, and makes the ladder.
   */
  Hysteresis build(int minimumCycles) {
    double[] resolvedUps = new double[thresholds.length];
    double[] resolvedDowns = new double[thresholds.length];
    for (int j = 0; j < thresholds.length; j++) {
      resolvedUps[j] = up(j);
      resolvedDowns[j] = down(j);
      double raised = thresholds[j] + resolvedUps[j];
      double lowered = thresholds[j] - resolvedDowns[j];
      String label = labels.get(j);
      Checks.requireState(raised <= 100.0,
          "promotion threshold of %s '%s' must be at most 100 but was: %s (%s + up margin %s)",
          what, label, raised, thresholds[j], resolvedUps[j]);
      Checks.requireState(lowered >= 0.0,
          "demotion threshold of %s '%s' must be at least 0 but was: %s (%s - down margin %s)",
          what, label, lowered, thresholds[j], resolvedDowns[j]);
      if (j > 0) {
        double raisedAbove = thresholds[j - 1] + resolvedUps[j - 1];
        double loweredAbove = thresholds[j - 1] - resolvedDowns[j - 1];
        Checks.requireState(raised <= raisedAbove, "promotion threshold of %s '%s' must be at "
            + "most that of %s '%s', %s, but was: %s (%s + up margin %s)", what, label, what,
            labels.get(j - 1), raisedAbove, raised, thresholds[j], resolvedUps[j]);
        Checks.requireState(lowered <= loweredAbove, "demotion threshold of %s '%s' must be at "
            + "most that of %s '%s', %s, but was: %s (%s - down margin %s)", what, label, what,
            labels.get(j - 1), loweredAbove, lowered, thresholds[j], resolvedDowns[j]);
      }
    }
    return new Hysteresis(what, labels, thresholds, resolvedUps, resolvedDowns, minimumCycles);
  }
}
