package org.kamscore.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Placement;

/**
 * A snapshot's content: the models that made it, and one entry per customer, sorted by id.
 * Made from a policy and rendered as text, or read back from that text; see
 * {@link PolicySnapshot} for the format.
 */
final class Snapshot {
  static final String FORMAT = "# kamscore policy snapshot 1";

  private final String portfolio;
  private final List<String> models;
  private final Map<String, String> fingerprints;
  private final List<Entry> entries;

  private Snapshot(String portfolio, List<String> models, Map<String, String> fingerprints,
      List<Entry> entries) {
    this.portfolio = portfolio;
    this.models = models;
    this.fingerprints = fingerprints;
    this.entries = entries;
  }

  /** One customer: its id, its line, and for a matrix its cell and bands. */
  static final class Entry {
    private final String id;
    private final String line;
    private final Map<String, String> placement;
    private final List<Section> sections;

    Entry(String id, String line, Map<String, String> placement, List<Section> sections) {
      this.id = id;
      this.line = line;
      this.placement = placement;
      this.sections = sections;
    }

    String id() {
      return id;
    }

    String line() {
      return line;
    }

    /** {@code cell}, {@code row} and {@code column}, or empty for a single model. */
    Map<String, String> placement() {
      return placement;
    }

    List<Section> sections() {
      return sections;
    }
  }

  /** One model's result for a customer. */
  static final class Section {
    private final String role;
    private final String tier;
    private final double score;
    private final List<String> failed;
    private final Map<String, BigDecimal> points;

    Section(String role, String tier, double score, List<String> failed,
        Map<String, BigDecimal> points) {
      this.role = role;
      this.tier = tier;
      this.score = score;
      this.failed = failed;
      this.points = points;
    }

    String role() {
      return role;
    }

    String tier() {
      return tier;
    }

    double score() {
      return score;
    }

    List<String> failed() {
      return failed;
    }

    /** Points per criterion, as rounded in the file, in declaration order. */
    Map<String, BigDecimal> points() {
      return points;
    }
  }

  /**
   * Scores a portfolio.
   *
   * @throws IllegalArgumentException if an id is null or blank, or two customers share one
   */
  static <T> Snapshot of(Policy<T> policy, String portfolio, Collection<? extends T> customers,
      Function<? super T, String> customerId) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>(); // looked up only, never iterated
    int index = 0;
    for (T customer : customers) {
      String id = customerId.apply(customer);
      Checks.requireArgument(id != null && !id.isBlank(),
          "id of customer %s must not be blank but was: %s", index,
          id == null ? "null" : "'" + id + "'");
      Integer earlier = seen.put(id, index);
      Checks.requireArgument(earlier == null,
          "customer ids must be unique but was: '%s' at %s and %s", id, earlier, index);
      entries.add(entry(policy, id, policy.evaluate(customer)));
      index++;
    }
    entries.sort(Comparator.comparing(Entry::id));
    List<String> models = new ArrayList<>();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    if (policy.isMatrix()) {
      models.add("matrix " + Tokens.quote(policy.matrix().id()) + " "
          + Tokens.quote(policy.matrix().version()));
    }
    for (int i = 0; i < policy.models().size(); i++) {
      ScoringModel<T> model = policy.models().get(i);
      models.add(policy.roles().get(i) + " " + Tokens.quote(model.id()) + " "
          + Tokens.quote(model.version()) + " fingerprint " + model.fingerprint());
      fingerprints.put(policy.roles().get(i), model.fingerprint());
    }
    return new Snapshot(portfolio, models, fingerprints, entries);
  }

  private static <T> Entry entry(Policy<T> policy, String id, Outcome outcome) {
    StringBuilder line = new StringBuilder(Tokens.quote(id));
    Map<String, String> placement = new LinkedHashMap<>();
    Placement p = outcome.placement();
    if (p != null) {
      placement.put("cell", p.cell().name());
      placement.put("row", p.rowBand().label());
      placement.put("column", p.columnBand().label());
      placement.forEach((key, value) -> line.append(' ').append(key).append('=')
          .append(Tokens.quote(value)));
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < outcome.evaluations().size(); i++) {
      Evaluation e = outcome.evaluations().get(i);
      String role = policy.roles().get(i);
      line.append(" | ").append(role)
          .append(" tier=").append(Tokens.quote(e.tier().label()))
          .append(" score=").append(Numbers.fixed(e.score(), 2))
          .append(" exact=").append(Double.toHexString(e.score()))
          .append(" failed=").append(Tokens.list(e.failedKnockOuts()))
          .append(" |");
      Map<String, BigDecimal> points = new LinkedHashMap<>();
      for (Contribution c : e.contributions()) {
        String rounded = Numbers.fixed(c.points(), 4);
        points.put(c.criterion(), new BigDecimal(rounded));
        line.append(' ').append(Tokens.quote(c.criterion())).append('=').append(rounded);
      }
      sections.add(new Section(role, e.tier().label(), e.score(), e.failedKnockOuts(), points));
    }
    return new Entry(id, line.toString(), placement, sections);
  }

  String portfolio() {
    return portfolio;
  }

  /** The header line of each model, by role; of the matrix first, if any. */
  List<String> models() {
    return models;
  }

  /** The fingerprint of each model, by role. */
  Map<String, String> fingerprints() {
    return fingerprints;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The file's text: UTF-8 with '\n' line ends, the same bytes on every JDK. */
  String render() {
    StringBuilder s = new StringBuilder(FORMAT).append('\n');
    s.append("# portfolio ").append(Tokens.quote(portfolio)).append(" with ")
        .append(entries.size()).append(" customers\n");
    for (String model : models) {
      s.append("# ").append(model).append('\n');
    }
    s.append("# one line per customer, sorted by id: ")
        .append(models.get(0).startsWith("matrix ") ? "its cell and bands; " : "")
        .append("for each model its tier,\n")
        .append("# its score rounded to 2 decimals and exactly (Java hex), the knock-outs it"
            + " failed,\n")
        .append("# and the points of each criterion rounded to 4 decimals\n");
    for (Entry entry : entries) {
      s.append(entry.line()).append('\n');
    }
    return s.toString();
  }

  /**
   * Reads a snapshot's text back.
   *
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  static Snapshot parse(String text) {
    String[] lines = text.split("\n", -1);
    Checks.requireArgument(lines[0].equals(FORMAT), "line 1 must be '%s' but was: '%s'", FORMAT,
        lines[0]);
    String portfolio = "";
    List<String> models = new ArrayList<>();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n];
      try {
        if (line.isEmpty()) {
          Checks.requireArgument(n == lines.length - 1, "a line must not be empty");
        } else if (line.startsWith("# ")) {
          List<String> words = Tokens.words(line.substring(2));
          if (words.get(0).equals("portfolio")) {
            portfolio = Tokens.unquote(words.get(1));
          } else if (words.size() == 5 && words.get(3).equals("fingerprint")) {
            models.add(line.substring(2));
            fingerprints.put(words.get(0), words.get(4));
          } else if (words.get(0).equals("matrix")) {
            models.add(line.substring(2));
          }
        } else {
          entries.add(parseEntry(line));
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(Checks.format("line %s cannot be read: %s", n + 1,
            e.getMessage()), e);
      }
    }
    return new Snapshot(portfolio, models, fingerprints, entries);
  }

  private static Entry parseEntry(String line) {
    List<List<String>> groups = new ArrayList<>();
    groups.add(new ArrayList<>());
    for (String word : Tokens.words(line)) {
      if (word.equals("|")) {
        groups.add(new ArrayList<>());
      } else {
        groups.get(groups.size() - 1).add(word);
      }
    }
    Checks.requireArgument(groups.size() % 2 == 1, "a line must have a results and a points"
        + " part per model but had %s parts", groups.size());
    List<String> head = groups.get(0);
    String id = Tokens.unquote(head.get(0));
    Map<String, String> placement = pairs(head.subList(1, head.size()));
    List<Section> sections = new ArrayList<>();
    for (int g = 1; g < groups.size(); g += 2) {
      List<String> results = groups.get(g);
      Map<String, String> fields = pairs(results.subList(1, results.size()));
      Map<String, BigDecimal> points = new LinkedHashMap<>();
      pairs(groups.get(g + 1)).forEach((name, value) -> points.put(name, new BigDecimal(value)));
      sections.add(new Section(results.get(0), Tokens.unquote(fields.get("tier")),
          Double.parseDouble(fields.get("exact")), Tokens.unlist(fields.get("failed")), points));
    }
    return new Entry(id, line, placement, sections);
  }

  /** Words {@code key=value} by unquoted key; values unquoted, except lists. */
  private static Map<String, String> pairs(List<String> words) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String word : words) {
      List<String> parts = Tokens.parts(word, '=', 2);
      Checks.requireArgument(parts.size() == 2, "a field must be name=value but was: %s", word);
      String key = Tokens.unquote(parts.get(0));
      pairs.put(key, key.equals("failed") ? parts.get(1) : Tokens.unquote(parts.get(1)));
    }
    return pairs;
  }
}
