package org.kamscore.decision;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.Contribution;
import org.kamscore.Direction;
import org.kamscore.KnockOut;

/** Renders a {@link TierPath} and a {@link TierMargin} as lines for an explanation. */
final class PathText {
  private PathText() {}

  static String of(TierPath path) {
    if (path.target().isEmpty()) {
      return "";
    }
    String target = path.target().get().label();
    StringBuilder s = new StringBuilder();
    if (path.scoreReaches()) {
      s.append("the score reaches ").append(target).append("; knock-outs hold it back: ")
          .append(knockOuts(path.blockingKnockOuts())).append('\n');
      return s.toString();
    }
    List<CriterionChange> possible = path.possibleChanges();
    List<String> notAlone = new ArrayList<>();
    for (CriterionChange c : path.changes()) {
      if (!c.isPossible()) {
        notAlone.add(c.criterion());
      }
    }
    if (!possible.isEmpty()) {
      s.append("to reach ").append(target).append(", change one of:\n");
      for (CriterionChange c : possible) {
        s.append("  ").append(change(c)).append('\n');
      }
      if (!notAlone.isEmpty()) {
        s.append("  not by one alone: ").append(String.join(", ", notAlone)).append('\n');
      }
    }
    if (!path.plan().isEmpty()) {
      s.append(possible.isEmpty()
          ? "to reach " + target + ", no single criterion suffices; change together:\n"
          : "or change the actionable criteria together:\n");
      for (CriterionChange c : path.plan()) {
        s.append("  ").append(change(c)).append('\n');
      }
    }
    if (possible.isEmpty() && path.plan().isEmpty()) {
      s.append(target).append(" is out of reach of any one criterion and of the ")
          .append(path.changes().stream().anyMatch(CriterionChange::actionable)
              ? "actionable criteria" : "criteria")
          .append(" together\n");
    }
    if (!path.blockingKnockOuts().isEmpty()) {
      s.append("knock-outs blocking ").append(target).append(" whatever the score: ")
          .append(knockOuts(path.blockingKnockOuts())).append('\n');
    }
    return s.toString();
  }

  static String of(TierMargin margin) {
    if (margin.below().isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    s.append(Checks.format("%s holds by %.2f points above %.2f", margin.tier().label(),
        margin.points().getAsDouble(), margin.tier().minimumScore()));
    if (margin.first().isPresent()) {
      CriterionChange first = margin.first().get();
      s.append("; ").append(first.criterion()).append(" drops it first, ")
          .append(worse(first)).append(' ').append(first.valueText().get());
    } else {
      s.append("; no one criterion drops it");
    }
    return s.append('\n').toString();
  }

  /** "raise contract-years from 2 to 4 (actionable)". */
  private static String change(CriterionChange c) {
    Contribution current = c.current();
    String verb = current.missing() ? "set" : Scales.verb(c.direction());
    return verb + " " + c.criterion() + " from " + current.displayValue() + " to "
        + c.valueText().get() + (c.actionable() ? " (actionable)" : "");
  }

  /** "below" or "above": where values that drop a tier lie from the holding value. */
  private static String worse(CriterionChange c) {
    return c.direction() == Direction.HIGHER_IS_BETTER ? "below" : "above";
  }

  private static String knockOuts(List<KnockOut> knockOuts) {
    StringBuilder s = new StringBuilder();
    for (KnockOut k : knockOuts) {
      s.append(s.length() == 0 ? "" : ", ").append(k.name()).append(" (")
          .append(k.kind() == KnockOut.Kind.PREDICATE
              ? "a predicate: the value that clears it cannot be computed"
              : k.condition())
          .append(')');
    }
    return s.toString();
  }
}
