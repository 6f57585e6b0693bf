package org.kamscore;

import java.util.Locale;
import org.kamscore.decision.TierPath;

/** Renders an {@link Evaluation} as readable text. */
final class Explanation {
  private Explanation() {}

  /** A number as people write it: whole numbers without ".0", others as Java prints them. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static String of(Evaluation e) {
    StringBuilder s = new StringBuilder();
    line(s, "%s %s (fingerprint %s)", e.modelId(), e.modelVersion(),
        e.fingerprint().substring(0, 12));
    line(s, "score %.2f -> tier %s", e.score(), e.tier().label());
    if (!e.failedKnockOuts().isEmpty()) {
      line(s, "knock-outs failed: %s (the score alone reaches tier %s)",
          String.join(", ", e.failedKnockOuts()), e.scoreTier().label());
    }
    if (e.nextTier().isPresent()) {
      line(s, "next tier %s from %.2f: %.2f points missing", e.nextTier().get().label(),
          e.nextTier().get().minimumScore(), e.pointsToNextTier().getAsDouble());
      s.append(TierPath.of(e.model(), e).toText());
    } else {
      line(s, "top tier");
    }
    int width = "criterion".length();
    for (Contribution c : e.contributions()) {
      width = Math.max(width, c.criterion().length());
    }
    String row = "%-" + width + "s  %14s  %7s  %7s  %7s  %7s";
    line(s, row, "criterion", "value", "utility", "weight", "points", "lost");
    for (Contribution c : e.contributions()) {
      line(s, row, c.criterion(), c.missing() ? c.displayValue() + "*" : c.displayValue(),
          fixed(3, c.utility()), fixed(1, c.weightShare() * 100) + "%", fixed(2, c.points()),
          fixed(2, c.pointsLost()));
    }
    if (e.contributions().stream().anyMatch(Contribution::missing)) {
      line(s, "* value missing; scored by the criterion's missing-value policy");
    }
    StringBuilder reasons = new StringBuilder();
    for (Contribution c : e.reasons()) {
      reasons.append(reasons.length() == 0 ? "" : ", ")
          .append(c.criterion()).append(" (-").append(fixed(2, c.pointsLost())).append(')');
    }
    line(s, "reasons: %s", reasons.length() == 0 ? "none" : reasons);
    return s.toString();
  }

  private static String fixed(int decimals, double value) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static void line(StringBuilder s, String template, Object... args) {
    s.append(String.format(Locale.ROOT, template, args)).append('\n');
  }
}
