package org.kamscore.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a snapshot line: separated by single spaces; a name written bare if it has
 * only ASCII letters, digits and {@code - _ . + : /}, else in double quotes with {@code \"},
 * {@code \\}, {@code \n}, {@code \r}, {@code \t} and {@code \}{@code uXXXX} escapes; lists
 * joined by commas, {@code -} for none. ASCII only, so that no JDK's Unicode tables matter.
 */
final class Tokens {
  private Tokens() {}

  /** A name, bare or quoted. */
  static String quote(String text) {
    if (!text.isEmpty() && !text.equals("-") && text.chars().allMatch(Tokens::bare)) {
      return text;
    }
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          s.append("\\\"");
          break;
        case '\\':
          s.append("\\\\");
          break;
        case '\n':
          s.append("\\n");
          break;
        case '\r':
          s.append("\\r");
          break;
        case '\t':
          s.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    return s.append('"').toString();
  }

  /** A list of names: each quoted as needed, joined by commas; {@code -} if empty. */
  static String list(List<String> names) {
    if (names.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      s.append(s.length() == 0 ? "" : ",").append(quote(name));
    }
    return s.toString();
  }

  private static boolean bare(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '_' || c == '.' || c == '+' || c == ':' || c == '/';
  }

  /**
   * Splits a line into words at spaces outside quotes; quotes and escapes stay in the words.
   *
   * @throws IllegalArgumentException if a quote is not closed
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '\\' && i + 1 < line.length()) {
        word.append(c).append(line.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        word.append(c);
      } else if (c == ' ' && !quoted) {
        words.add(word.toString());
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    Checks.requireArgument(!quoted, "quotes must be closed but were not in: %s", line);
    words.add(word.toString());
    return words;
  }

  /** Splits a word at the separators outside quotes: {@code '='} or {@code ','}. */
  static List<String> parts(String word, char separator, int limit) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < word.length() && parts.size() < limit - 1; i++) {
      char c = word.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        parts.add(word.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(word.substring(start));
    return parts;
  }

  /**
   * The name a bare or quoted word stands for.
   *
   * @throws IllegalArgumentException if the word is neither
   */
  static String unquote(String word) {
    if (!word.startsWith("\"")) {
      Checks.requireArgument(!word.isEmpty() && word.chars().allMatch(Tokens::bare),
          "a name must be bare or quoted but was: %s", word);
      return word;
    }
    Checks.requireArgument(word.length() >= 2 && word.endsWith("\""),
        "a quoted name must end with a quote but was: %s", word);
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < word.length() - 1; i++) {
      char c = word.charAt(i);
      if (c != '\\') {
        s.append(c);
        continue;
      }
      char e = word.charAt(++i);
      switch (e) {
        case 'n':
          s.append('\n');
          break;
        case 'r':
          s.append('\r');
          break;
        case 't':
          s.append('\t');
          break;
        case 'u':
          s.append((char) Integer.parseInt(word.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default:
          s.append(e);
      }
    }
    return s.toString();
  }

  /** The names of a list written by {@link #list(List)}. */
  static List<String> unlist(String word) {
    List<String> names = new ArrayList<>();
    if (!word.equals("-")) {
      for (String part : parts(word, ',', Integer.MAX_VALUE)) {
        names.add(unquote(part));
      }
    }
    return names;
  }
}
