package org.kamscore.chart;

import java.util.Locale;

/**
 * Writes SVG markup deterministically: one element per line, indented by nesting, attributes
 * in the order given, numbers with one decimal in {@link Locale#ROOT}, and every text and
 * attribute value XML-escaped.
 */
final class SvgWriter {
  private final StringBuilder svg = new StringBuilder();
  private int depth;

  /** Opens an element; {@code attributes} are name, value pairs. */
  SvgWriter open(String element, Object... attributes) {
    tag(element, attributes).append(">\n");
    depth++;
    return this;
  }

  /** Writes an element without content. */
  SvgWriter empty(String element, Object... attributes) {
    tag(element, attributes).append("/>\n");
    return this;
  }

  /** Writes an element whose content is a text, escaped. */
  SvgWriter text(String element, String content, Object... attributes) {
    tag(element, attributes).append('>').append(escape(content))
        .append("</").append(element).append(">\n");
    return this;
  }

  /** Closes the innermost open element, which must be {@code element}. */
  SvgWriter close(String element) {
    depth--;
    svg.append("  ".repeat(depth)).append("</").append(element).append(">\n");
    return this;
  }

  /** Writes text as it is: only for fixed markup such as the XML declaration. */
  SvgWriter raw(String markup) {
    svg.append(markup);
    return this;
  }

  private StringBuilder tag(String element, Object... attributes) {
    svg.append("  ".repeat(depth)).append('<').append(element);
    for (int a = 0; a < attributes.length; a += 2) {
      Object value = attributes[a + 1];
      String text = value instanceof Double d ? number(d) : escape(String.valueOf(value));
      svg.append(' ').append(attributes[a]).append("=\"").append(text).append('"');
    }
    return svg;
  }

  /** Formats a coordinate or length with one decimal; {@code -0.0} becomes {@code 0.0}. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value + 0.0);
  }

  /** Escapes the five XML special characters, so any text is safe in content and quotes. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return svg.toString();
  }
}
