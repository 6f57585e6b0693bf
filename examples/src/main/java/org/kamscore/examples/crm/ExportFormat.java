package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * How a CRM export is written: its character encoding, its delimiter and how it writes decimal
 * numbers. Each part is either declared or, left out, detected when the file is read:
 *
 * <ul>
 *   <li><b>Encoding.</b> A byte-order mark decides it (UTF-8, UTF-16LE or UTF-16BE) and is
 *       skipped. Without one, the file is read as UTF-8 if all of it is valid UTF-8, else as
 *       Windows-1252, the encoding Excel's "CSV (Trennzeichen-getrennt)" uses on a German
 *       Windows. A declared encoding is used as it is, and a leading byte-order mark is skipped.
 *   <li><b>Delimiter.</b> Of {@code ,} {@code ;} tab and {@code |}, the one that splits the
 *       header line into the most known column names (then the most columns, then in that
 *       order).
 *   <li><b>Numbers.</b> A decimal point with a thousands comma ({@code 1,234.5}), or a decimal
 *       comma with a thousands point ({@code 1.234,5}, as Excel writes it in German). A value
 *       that reads as a number in only one of the two, such as {@code 0,246} or
 *       {@code 1.234,5}, decides it for the whole file; values that decide both ways stop
 *       reading. A value such as {@code 1.234} or {@code 12,500}, a number in both styles but
 *       not the same number, never decides: if nothing else in the file does, it is a bad row.
 *       Thousands separators are optional and must group by three ({@code 1.234.567}).
 * </ul>
 *
 * <p>Instances are immutable; {@link #detect()} detects everything:
 *
 * <pre>{@code
 * ExportFormat excel = ExportFormat.builder()
 *     .charset(Charset.forName("windows-1252"))
 *     .delimiter(';')
 *     .locale(Locale.GERMANY)            // decimal comma, thousands point
 *     .build();
 * PortfolioReading reading = PortfolioCsv.read(Path.of("export.csv"), excel);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExportFormat {
  /** The delimiters a file may use, in the order detection prefers them on a tie. */
  static final String DELIMITERS = ",;\t|";

  private static final ExportFormat DETECT = new ExportFormat(null, null, null);

  private final Charset charset;
  private final Character delimiter;
  private final NumberStyle numbers;

  private ExportFormat(Charset charset, Character delimiter, NumberStyle numbers) {
    this.charset = charset;
    this.delimiter = delimiter;
    this.numbers = numbers;
  }

  /**
   * Returns the format that detects every part.
   *
   * @return the format
   */
  public static ExportFormat detect() {
    return DETECT;
  }

  /**
   * Returns a builder that declares some parts; the parts it leaves out are detected.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the character encoding, if declared or known.
   *
   * @return the encoding, or empty to detect it
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Returns the delimiter, if declared or known.
   *
   * @return the delimiter, or empty to detect it
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * Returns the decimal separator, {@code '.'} or {@code ','}, if declared or known.
   *
   * @return the decimal separator, or empty to detect it
   */
  public Optional<Character> decimalSeparator() {
    return numbers().map(NumberStyle::decimal);
  }

  /**
   * Returns the thousands separator that goes with the decimal separator, if declared or known.
   *
   * @return the thousands separator, or empty to detect it
   */
  public Optional<Character> thousandsSeparator() {
    return numbers().map(NumberStyle::grouping);
  }

  Optional<NumberStyle> numbers() {
    return Optional.ofNullable(numbers);
  }

  ExportFormat withCharset(Charset known) {
    return new ExportFormat(known, delimiter, numbers);
  }

  ExportFormat withDelimiter(char known) {
    return new ExportFormat(charset, known, numbers);
  }

  ExportFormat withNumbers(NumberStyle known) {
    return new ExportFormat(charset, delimiter, known);
  }

  /**
   * Returns the parts, such as {@code windows-1252, delimiter ';', decimal comma and thousands
   * '.'}; a part not declared or not yet known is {@code undetermined}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (charset == null ? "charset undetermined" : charset.name())
        + ", delimiter " + (delimiter == null ? "undetermined" : quoted(delimiter))
        + ", " + (numbers == null ? "decimal separator undetermined" : numbers.describe());
  }

  /** A character for messages, quoted, with invisible characters escaped: {@code '\t'}. */
  static String quoted(char c) {
    return "'" + visible(Character.toString(c)) + "'";
  }

  /**
   * Text for messages with control, format and non-ASCII space characters escaped as in Java
   * source (a byte-order mark shows as a backslash, then {@code uFEFF}), so that what is
   * invisible in a file shows.
   */
  static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        shown.append("\\t");
      } else if (c == '\n') {
        shown.append("\\n");
      } else if (c == '\r') {
        shown.append("\\r");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.isSpaceChar(c) && c != ' ') {
        shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  /**
   * Declares parts of an {@link ExportFormat}; each part is declared at most once, and the
   * parts left out are detected.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Charset charset;
    private Character delimiter;
    private NumberStyle numbers;
    private String numbersBy;

    private Builder() {}

    /**
     * Declares the character encoding, such as {@code Charset.forName("windows-1252")}.
     *
     * @param charset the encoding
     * @return this builder
     * @throws NullPointerException if {@code charset} is {@code null}
     * @throws IllegalStateException if the encoding was already declared
     */
    public Builder charset(Charset charset) {
      requireNonNull(charset, "charset");
      if (this.charset != null) {
        throw new IllegalStateException("charset was already set to " + this.charset.name());
      }
      this.charset = charset;
      return this;
    }

    /**
     * Declares the delimiter.
     *
     * @param delimiter {@code ','}, {@code ';'}, {@code '\t'} or {@code '|'}
     * @return this builder
     * @throws IllegalArgumentException if {@code delimiter} is none of those
     * @throws IllegalStateException if the delimiter was already declared
     */
    public Builder delimiter(char delimiter) {
      if (DELIMITERS.indexOf(delimiter) < 0) {
        throw new IllegalArgumentException("delimiter must be one of ',', ';', '\\t' or '|' "
            + "but was: " + quoted(delimiter));
      }
      if (this.delimiter != null) {
        throw new IllegalStateException("delimiter was already set to "
            + quoted(this.delimiter));
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Declares the decimal separator; the thousands separator is the other of {@code '.'} and
     * {@code ','}.
     *
     * @param decimalSeparator {@code '.'} or {@code ','}
     * @return this builder
     * @throws IllegalArgumentException if {@code decimalSeparator} is neither
     * @throws IllegalStateException if the decimal separator was already declared, here or
     *     through {@link #locale}
     */
    public Builder decimalSeparator(char decimalSeparator) {
      return numbers(NumberStyle.withDecimal(decimalSeparator),
          "decimalSeparator(" + quoted(decimalSeparator) + ")");
    }

    /**
     * Declares the decimal and thousands separators as a locale writes them:
     * {@code Locale.GERMANY} writes {@code 1.234,5}, {@code Locale.US} writes {@code 1,234.5}.
     *
     * @param locale the locale
     * @return this builder
     * @throws NullPointerException if {@code locale} is {@code null}
     * @throws IllegalArgumentException if the locale's decimal separator is not {@code '.'} or
     *     {@code ','}
     * @throws IllegalStateException if the decimal separator was already declared, here or
     *     through {@link #decimalSeparator}
     */
    public Builder locale(Locale locale) {
      requireNonNull(locale, "locale");
      DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
      char decimal = symbols.getDecimalSeparator();
      if (decimal != '.' && decimal != ',') {
        throw new IllegalArgumentException("decimal separator of locale "
            + locale.toLanguageTag() + " must be '.' or ',' but was: " + quoted(decimal));
      }
      return numbers(new NumberStyle(decimal, symbols.getGroupingSeparator()),
          "locale(" + locale.toLanguageTag() + ")");
    }

    private Builder numbers(NumberStyle style, String by) {
      if (numbers != null) {
        throw new IllegalStateException("decimal separator was already set to "
            + quoted(numbers.decimal()) + " by " + numbersBy);
      }
      numbers = style;
      numbersBy = by;
      return this;
    }

    /**
     * Returns the format; the builder can go on to build others.
     *
     * @return the format
     */
    public ExportFormat build() {
      return new ExportFormat(charset, delimiter, numbers);
    }
  }
}
