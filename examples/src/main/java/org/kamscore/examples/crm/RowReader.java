package org.kamscore.examples.crm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.kamscore.examples.crm.BadRow.Problem;

/**
 * Reads the values of one CSV record by column name and collects every problem instead of
 * stopping at the first. A read that fails returns a placeholder; the row's customer is made
 * only if no problem was found.
 */
final class RowReader {
  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,9}");

  private final CSVRecord record;
  private final int columns;
  private final NumberStyle numbers;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * A reader of one record with {@code columns} header columns, whose decimal numbers are
   * written in a style, or in one not known if empty.
   */
  RowReader(CSVRecord record, int columns, Optional<NumberStyle> numbers) {
    this.record = record;
    this.columns = columns;
    this.numbers = numbers.orElse(null);
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  void problem(String column, String value, String rule, String detail) {
    problems.add(new Problem(column, value, rule, detail));
  }

  /** Reports every value beyond the header's columns. */
  void checkNoExtraValues() {
    for (int i = columns; i < record.size(); i++) {
      problem(Integer.toString(i + 1), record.get(i), "must not exist",
          "the header has " + columns + " columns");
    }
  }

  String text(String column) {
    String value = value(column);
    if (value != null && value.isBlank()) {
      problem(column, value, "must not be blank", "");
    }
    return value;
  }

  double number(String column, double min, double max) {
    String value = value(column);
    if (value == null) {
      return Double.NaN;
    }
    String plain = numbers == null ? plainInEitherStyle(column, value) : plain(column, value);
    if (plain == null) {
      return Double.NaN;
    }
    double number = Double.parseDouble(plain);
    return inRange(column, value, number, min, max) ? number : Double.NaN;
  }

  /** The value in the file's style as plain decimal text, or null with a problem. */
  private String plain(String column, String value) {
    String plain = numbers.plain(value);
    if (plain == null) {
      NumberStyle other = NumberStyle.withDecimal(numbers.decimal() == '.' ? ',' : '.');
      problem(column, value, "must be a decimal number", other.plain(value) == null ? ""
          : "the file's numbers have a " + numbers.describe());
    }
    return plain;
  }

  /**
   * The value as plain decimal text when the file does not say how it writes numbers: the same
   * in both styles, or null with a problem. (Values that read in one style only decide the
   * style, so they do not reach here.)
   */
  private String plainInEitherStyle(String column, String value) {
    String point = NumberStyle.POINT.plain(value);
    String comma = NumberStyle.COMMA.plain(value);
    if (point == null || comma == null) {
      problem(column, value, "must be a decimal number", "");
      return null;
    }
    if (!point.equals(comma)) {
      problem(column, value, "must be unambiguous", "it reads as " + point
          + " with a decimal point and as " + comma + " with a decimal comma; declare the "
          + "decimal separator (--decimal=point or --decimal=comma)");
      return null;
    }
    return point;
  }

  int whole(String column, int min, int max) {
    String value = value(column);
    if (value == null) {
      return 0;
    }
    if (!WHOLE.matcher(value).matches()) {
      problem(column, value, "must be a whole number", "");
      return 0;
    }
    int number = Integer.parseInt(value);
    return inRange(column, value, number, min, max) ? number : 0;
  }

  <E extends Enum<E> & Category> E category(String column, Class<E> type) {
    String value = value(column);
    if (value == null) {
      return null;
    }
    Optional<E> category = Category.of(type, value);
    if (category.isEmpty()) {
      problem(column, value, "must be one of " + Category.labels(type), "");
    }
    return category.orElse(null);
  }

  private boolean inRange(String column, String value, double number, double min, double max) {
    if (number >= min && number <= max) {
      return true;
    }
    problem(column, value, max == Double.POSITIVE_INFINITY
        ? "must be at least " + plain(min)
        : "must be in [" + plain(min) + ", " + plain(max) + "]", "");
    return false;
  }

  private static String plain(double bound) {
    return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }

  /** The value of a column, or {@code null} with a problem if the row is too short for it. */
  private String value(String column) {
    if (record.isSet(column)) {
      return record.get(column);
    }
    problem(column, null, "must be present", "the row has " + record.size() + " of "
        + columns + " columns");
    return null;
  }
}
