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
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,9}");

  private final CSVRecord record;
  private final int columns;
  private final List<Problem> problems = new ArrayList<>();

  RowReader(CSVRecord record, int columns) {
    this.record = record;
    this.columns = columns;
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
    if (!DECIMAL.matcher(value).matches()) {
      problem(column, value, "must be a decimal number", "");
      return Double.NaN;
    }
    double number = Double.parseDouble(value);
    return inRange(column, value, number, min, max) ? number : Double.NaN;
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
