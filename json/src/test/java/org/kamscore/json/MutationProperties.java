package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.quicktheories.core.Gen;

/**
 * Documents and records mutated and truncated at random — a character dropped, added or
 * changed, a number or key swapped, a line repeated, the text cut short — either still read,
 * or fail with a {@link PolicyDocumentException} whose pointer is a JSON Pointer and whose
 * message starts with it: never another exception. At least 10,000 per run
 * ({@code kamscore.properties.examples} raises it).
 */
final class MutationProperties {
  private static final List<String> VALUES = List.of("-1", "0", "-0.0", "1e999", "1e-999",
      "\"x\"", "\"\"", "\" \"", "null", "true", "[]", "{}", "[1]", "2147483648", "0.5");
  private static final List<String> KEYS = List.of("name", "kind", "weight", "scale", "levels",
      "atLeast", "atMost", "cap", "tiers", "label", "minimumScore", "value", "utility", "format",
      "unknown", "$schema", "@class", "cuts", "labels", "row", "column", "type", "enum");
  private static final String CHARACTERS = "{}[]\",:-#&*!|>'\n \t0.5e+\\~%@`?";

  /** A text to read, in JSON or YAML, and what it is. */
  record Mutated(String text, boolean yaml, Kind kind) {}

  enum Kind { MODEL, MATRIX, RECORD }

  @Test
  void mutatedDocuments_readOrFailWithAPointer_only() {
    Theories.qt(Theories.MUTATIONS).forAll(mutated()).checkAssert(m -> {
      try {
        read(m);
      } catch (PolicyDocumentException e) {
        assertThat(e.pointer()).matches("(/[^/]*)*");
        assertThat(e.getMessage()).startsWith(e.pointer().isEmpty() ? "document" : e.pointer());
      }
    });
  }

  private static void read(Mutated m) {
    PolicyFormat format = m.yaml() ? GeneratedPolicies.YAML : GeneratedPolicies.JSON;
    switch (m.kind()) {
      case MODEL:
        format.readModel(m.text(), GeneratedPolicies.MAPS);
        break;
      case MATRIX:
        format.readMatrix(m.text(), GeneratedPolicies.MAPS);
        break;
      default:
        DecisionRecord.fromJson(m.text());
    }
  }

  private static Gen<Mutated> mutated() {
    return in -> {
      Dice d = new Dice(in);
      int what = d.between(0, 9);
      Kind kind = what < 6 ? Kind.MODEL : what < 8 ? Kind.MATRIX : Kind.RECORD;
      boolean yaml = kind != Kind.RECORD && d.chance(50);
      PolicyFormat format = yaml ? GeneratedPolicies.YAML : GeneratedPolicies.JSON;
      String text;
      if (kind == Kind.MODEL) {
        text = format.write(GeneratedPolicies.model(d, 4));
      } else if (kind == Kind.MATRIX) {
        text = format.write(GeneratedPolicies.matrix(d));
      } else {
        text = record(d);
      }
      for (int n = d.between(1, 3); n > 0; n--) {
        text = mutate(d, text);
      }
      return new Mutated(text, yaml, kind);
    };
  }

  private static String record(Dice d) {
    for (;;) {
      ScoringModel<Map<String, ?>> model = GeneratedPolicies.model(d, 4);
      try {
        return DecisionRecord.of(model.evaluate(GeneratedPolicies.customer(d, model))).toJson();
      } catch (ScoringException rejected) {
        // a customer the policy rejects has no record: draw another
      }
    }
  }

  private static String mutate(Dice d, String text) {
    if (text.isEmpty()) {
      return d.chance(50) ? "" : String.valueOf(CHARACTERS.charAt(d.between(0, 29)));
    }
    int at = d.between(0, text.length() - 1);
    switch (d.between(0, 7)) {
      case 0:
        return text.substring(0, at);
      case 1:
        return text.substring(0, at) + text.substring(at + 1);
      case 2:
        return text.substring(0, at) + CHARACTERS.charAt(d.between(0, CHARACTERS.length() - 1))
            + text.substring(at);
      case 3:
        return text.substring(0, at) + (char) d.between(0, 0x2FFF) + text.substring(at + 1);
      case 4:
        return replaceToken(d, text, "-?[0-9][0-9.eE+-]*", d.pick(VALUES));
      case 5:
        return replaceToken(d, text, "\"?[A-Za-z$@][A-Za-z]*\"?(?=:)",
            (text.startsWith("{") ? "\"" + d.pick(KEYS) + "\"" : d.pick(KEYS)));
      case 6: {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        int line = d.between(0, lines.size() - 1);
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      }
      default: {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        java.util.Collections.swap(lines, d.between(0, lines.size() - 1),
            d.between(0, lines.size() - 1));
        return String.join("\n", lines);
      }
    }
  }

  /** Replaces one match of a pattern, drawn among all, with a value. */
  private static String replaceToken(Dice d, String text, String pattern, String value) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
    List<int[]> matches = new java.util.ArrayList<>();
    while (m.find()) {
      matches.add(new int[] {m.start(), m.end()});
    }
    if (matches.isEmpty()) {
      return text;
    }
    int[] match = d.pick(matches);
    return text.substring(0, match[0]) + value + text.substring(match[1]);
  }
}
