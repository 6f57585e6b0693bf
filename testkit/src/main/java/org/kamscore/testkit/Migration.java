package org.kamscore.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Says how a portfolio moved between a stored snapshot and the current policy: which models
 * changed, who moved from which tier or cell to which, by how many points, and the criteria
 * whose points moved them.
 */
final class Migration {
  /** The most customers listed per kind of change; the rest are counted. */
  static final int LISTED = 50;

  private Migration() {}

  /** The report of a snapshot that does not match: the stored text against the current. */
  static String report(String file, String stored, Snapshot current) {
    StringBuilder s = new StringBuilder();
    line(s, "snapshot of portfolio '%s' does not match the policy: %s", current.portfolio(),
        file);
    Snapshot old;
    try {
      old = Snapshot.parse(stored);
    } catch (IllegalArgumentException e) {
      line(s, "  the stored snapshot %s; its first line that differs:", e.getMessage());
      firstDifference(s, stored, current.render());
      return accept(s);
    }
    models(s, old, current);
    Map<String, Snapshot.Entry> was = byId(old);
    Map<String, Snapshot.Entry> is = byId(current);
    List<String> moved = new ArrayList<>();
    List<String> scored = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(was.keySet());
    ids.addAll(is.keySet());
    for (String id : ids) {
      Snapshot.Entry before = was.get(id);
      Snapshot.Entry after = is.get(id);
      if (before == null) {
        added.add(Tokens.quote(id));
      } else if (after == null) {
        removed.add(Tokens.quote(id));
      } else if (!before.line().equals(after.line())) {
        List<String> changes = new ArrayList<>();
        boolean move = placement(changes, before, after);
        for (Snapshot.Section b : before.sections()) {
          for (Snapshot.Section a : after.sections()) {
            if (a.role().equals(b.role())) {
              move |= section(changes, b, a);
            }
          }
        }
        String text = Tokens.quote(id) + ": "
            + (changes.isEmpty() ? "changed" : String.join("; ", changes));
        (move ? moved : scored).add(text);
      }
    }
    line(s, "  %d customers: %d moved, %d stayed but scored differently, %d added, %d removed",
        current.entries().size(), moved.size(), scored.size(), added.size(), removed.size());
    list(s, "moved (tier, cell or failed knock-outs):", moved);
    list(s, "stayed in tier and cell, scored differently:", scored);
    list(s, "added:", added);
    list(s, "removed:", removed);
    return accept(s);
  }

  private static void models(StringBuilder s, Snapshot old, Snapshot current) {
    for (String model : current.models()) {
      String role = model.substring(0, model.indexOf(' '));
      String before = null;
      for (String m : old.models()) {
        before = m.startsWith(role + " ") ? m : before;
      }
      if (!model.equals(before)) {
        String unchanged = before != null && sameIdentity(before, model)
            ? " (the version did not change)" : "";
        line(s, "  %s: %s -> %s%s", role, before == null ? "none" : shorten(before),
            shorten(model), unchanged);
      }
    }
  }

  /** Whether two model lines have the same role, id and version, and differ otherwise. */
  private static boolean sameIdentity(String a, String b) {
    List<String> x = Tokens.words(a);
    List<String> y = Tokens.words(b);
    return x.size() == 5 && y.size() == 5 && x.subList(0, 3).equals(y.subList(0, 3));
  }

  /** A model line without its role, the fingerprint cut to 12 digits as in explanations. */
  private static String shorten(String model) {
    List<String> words = Tokens.words(model);
    StringBuilder s = new StringBuilder(words.get(1)).append(' ').append(words.get(2));
    if (words.size() == 5) {
      s.append(" fingerprint ").append(words.get(4), 0, Math.min(12, words.get(4).length()));
    }
    return s.toString();
  }

  private static boolean placement(List<String> changes, Snapshot.Entry before,
      Snapshot.Entry after) {
    boolean move = false;
    for (String key : List.of("cell", "row", "column")) {
      String was = before.placement().get(key);
      String is = after.placement().get(key);
      if (was != null && is != null && !was.equals(is)) {
        changes.add(Checks.format("%s %s -> %s", key.equals("cell") ? "cell" : key + " band",
            Tokens.quote(was), Tokens.quote(is)));
        move = true;
      }
    }
    return move;
  }

  /** Describes one model's change; tells whether the customer moved. */
  private static boolean section(List<String> changes, Snapshot.Section b, Snapshot.Section a) {
    List<String> parts = new ArrayList<>();
    boolean move = false;
    if (!b.tier().equals(a.tier())) {
      parts.add("tier " + Tokens.quote(b.tier()) + " -> " + Tokens.quote(a.tier()));
      move = true;
    }
    if (!b.failed().equals(a.failed())) {
      parts.add("failed knock-outs " + Tokens.list(b.failed()) + " -> " + Tokens.list(a.failed()));
      move = true;
    }
    if (Double.doubleToLongBits(b.score()) != Double.doubleToLongBits(a.score())) {
      String was = Numbers.fixed(b.score(), 2);
      String is = Numbers.fixed(a.score(), 2);
      if (was.equals(is)) {
        was = Numbers.shortest(b.score());
        is = Numbers.shortest(a.score());
      }
      parts.add(Checks.format("score %s -> %s (%s)", was, is, Numbers.signed(
          new BigDecimal(a.score()).subtract(new BigDecimal(b.score())), 2)));
    }
    String criteria = criteria(b.points(), a.points());
    if (!criteria.isEmpty()) {
      parts.add("by " + criteria);
    }
    if (!parts.isEmpty()) {
      changes.add(a.role() + ": " + String.join(", ", parts));
    }
    return move;
  }

  /**
   * The criteria whose points changed: most points first, ties in declaration order; then the
   * criteria declared only now, then those no longer declared.
   */
  private static String criteria(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
    List<Map.Entry<String, BigDecimal>> moves = new ArrayList<>();
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : after.entrySet()) {
      BigDecimal was = before.get(e.getKey());
      if (was == null) {
        continue;
      }
      BigDecimal delta = e.getValue().subtract(was);
      if (delta.signum() != 0) {
        moves.add(Map.entry(e.getKey(), delta));
      }
    }
    moves.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue().abs())
        .reversed()); // stable: ties stay in declaration order
    for (Map.Entry<String, BigDecimal> m : moves) {
      text.add(Tokens.quote(m.getKey()) + " " + Numbers.signed(m.getValue(), 4));
    }
    after.forEach((name, points) -> {
      if (!before.containsKey(name)) {
        text.add(Tokens.quote(name) + " (new) " + Numbers.signed(points, 4));
      }
    });
    before.forEach((name, points) -> {
      if (!after.containsKey(name)) {
        text.add(Tokens.quote(name) + " (removed) " + Numbers.signed(points.negate(), 4));
      }
    });
    return String.join(", ", text);
  }

  private static Map<String, Snapshot.Entry> byId(Snapshot snapshot) {
    Map<String, Snapshot.Entry> entries = new TreeMap<>();
    for (Snapshot.Entry e : snapshot.entries()) {
      entries.put(e.id(), e);
    }
    return entries;
  }

  private static void list(StringBuilder s, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    line(s, "%s", title);
    for (int i = 0; i < Math.min(LISTED, items.size()); i++) {
      line(s, "  %s", items.get(i));
    }
    if (items.size() > LISTED) {
      line(s, "  ... and %d more", items.size() - LISTED);
    }
  }

  private static void firstDifference(StringBuilder s, String stored, String current) {
    String[] was = stored.split("\n", -1);
    String[] is = current.split("\n", -1);
    int n = 0;
    while (n < was.length && n < is.length && was[n].equals(is[n])) {
      n++;
    }
    line(s, "  line %d stored: %s", n + 1, n < was.length ? was[n] : "(end of file)");
    line(s, "  line %d now:    %s", n + 1, n < is.length ? is[n] : "(end of file)");
  }

  private static String accept(StringBuilder s) {
    line(s, "to accept the change, run the tests with -D%s=true and review the diff of the"
        + " snapshot file", PolicySnapshot.UPDATE_PROPERTY);
    return s.toString();
  }

  private static void line(StringBuilder s, String template, Object... args) {
    s.append(Checks.format(template, args)).append('\n');
  }
}
