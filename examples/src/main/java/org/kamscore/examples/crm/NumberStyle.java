package org.kamscore.examples.crm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CSV file writes decimal numbers: its decimal separator and its thousands separator.
 *
 * <p>A number is an optional sign, then either plain digits or digits grouped in threes by the
 * thousands separator ({@code 1.234.567}, the first group 1 to 3 digits and not starting with
 * 0), then optionally the decimal separator and one or more digits. Nothing else: no exponent,
 * no spaces, no currency, no {@code NaN}. A value grouped otherwise ({@code 12.34.567},
 * {@code 0.123} with a decimal comma) is not a number in this style.
 */
final class NumberStyle {
  /** Decimal point, thousands comma: {@code 1,234.5}. */
  static final NumberStyle POINT = new NumberStyle('.', ',');
  /** Decimal comma, thousands point: {@code 1.234,5}, as Excel writes it in German. */
  static final NumberStyle COMMA = new NumberStyle(',', '.');

  private final char decimal;
  private final char grouping;
  private final Pattern pattern;

  /**
   * A style with a decimal separator ({@code '.'} or {@code ','}) and a thousands separator
   * (never a digit, a sign or the decimal separator).
   */
  NumberStyle(char decimal, char grouping) {
    if (decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("decimal separator must be '.' or ',' but was: "
          + ExportFormat.quoted(decimal));
    }
    if (grouping == decimal || Character.isDigit(grouping) || grouping == '-'
        || grouping == '+') {
      throw new IllegalArgumentException("thousands separator must not be a digit, a sign or "
          + "the decimal separator but was: " + ExportFormat.quoted(grouping));
    }
    this.decimal = decimal;
    this.grouping = grouping;
    String g = Pattern.quote(Character.toString(grouping));
    String d = Pattern.quote(Character.toString(decimal));
    this.pattern = Pattern.compile("([-+]?)([0-9]+|[1-9][0-9]{0,2}(?:" + g + "[0-9]{3})+)(?:"
        + d + "([0-9]+))?");
  }

  char decimal() {
    return decimal;
  }

  char grouping() {
    return grouping;
  }

  /** The style whose decimal separator is {@code decimal} and thousands separator the other. */
  static NumberStyle withDecimal(char decimal) {
    return new NumberStyle(decimal, decimal == ',' ? '.' : ',');
  }

  /** The plain decimal text of {@code value} in this style, or {@code null} if none. */
  String plain(String value) {
    Matcher m = pattern.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String whole = m.group(2).replace(Character.toString(grouping), "");
    return m.group(1) + whole + (m.group(3) == null ? "" : "." + m.group(3));
  }

  /** The number {@code value} reads as in this style, or NaN if it is not one. */
  double parse(String value) {
    String plain = plain(value);
    return plain == null ? Double.NaN : Double.parseDouble(plain);
  }

  /** A name for messages, such as {@code decimal comma}. */
  String describe() {
    return (decimal == ',' ? "decimal comma" : "decimal point") + ", thousands "
        + ExportFormat.quoted(grouping);
  }
}
