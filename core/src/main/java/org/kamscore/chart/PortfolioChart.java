package org.kamscore.chart;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * A picture of a classified portfolio as a standalone SVG document: every customer is a bubble
 * at its column score (x, the supplier's position by convention) and row score (y, customer
 * attractiveness, higher up), its area proportional to a measure such as revenue, coloured by
 * the cell it lands in.
 *
 * <pre>{@code
 * String svg = PortfolioChart.of(matrix.classifyAll(customers), Customer::revenue)
 *     .title("Key accounts 2026")
 *     .measureName("revenue")
 *     .label(Customer::name)
 *     .labelTop(12)
 *     .toSvg();
 * }</pre>
 *
 * <p>The chart shows the plot area with ticks at 0, 25, 50, 75 and 100 and the axis models'
 * ids as axis titles; dashed band lines at every cut point of both axes; every cell's name in
 * its top left corner; the bubbles, largest first so that small ones lie on top; labels for
 * the customers with the largest measures; and a legend with one entry per distinct cell name
 * (its colour and member count) and a key of bubble sizes. Each bubble carries a tooltip with
 * the customer's label, cell and measure.
 *
 * <p><b>Knock-outs.</b> A customer that a failed knock-out holds below the band of its score
 * (see {@link org.kamscore.matrix.Placement#isCapped()}) still sits at its scores, which may lie
 * in another cell's region, but is coloured by the cell it was placed in and ringed with a dark
 * dashed circle; its tooltip names the knock-outs. If either axis's model has knock-outs, the
 * legend has an entry for the capped customers with their count.
 *
 * <p><b>Sizes.</b> A bubble's radius is {@code 30 * sqrt(measure / largest measure)} user
 * units, so areas are proportional to measures; bubbles that would be smaller than 2 units,
 * among them every bubble of measure 0, are drawn with radius 2.
 *
 * <p><b>Labels.</b> The customers with the largest measures are labelled, equal measures by
 * input index. Each label goes next to its bubble — right, left, above, below or diagonal,
 * touching it or further out with a leader line — where it touches no other label or cell
 * name and the fewest other bubbles. A label that finds no free place is left out; its
 * customer's tooltip still names it. Labels longer than 32 characters are shortened with an
 * ellipsis.
 *
 * <p><b>Output.</b> The same classification, measures and settings give the same bytes:
 * numbers have one decimal in {@link java.util.Locale#ROOT}, elements come in a fixed order,
 * and every text is XML-escaped. Fonts are the generic {@code sans-serif}. Instances are
 * immutable; every setting returns a new chart.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class PortfolioChart<T> {
  private static final int DEFAULT_LABELS = 10;

  private final Classification<T> classification;
  private final double[] measures;
  private final String title;
  private final String measureName;
  /** Reads a customer's label; null labels customers by their input index. */
  private final Function<? super T, String> label;
  private final int labelTop;

  private PortfolioChart(Classification<T> classification, double[] measures, String title,
      String measureName, Function<? super T, String> label, int labelTop) {
    this.classification = classification;
    this.measures = measures;
    this.title = title;
    this.measureName = measureName;
    this.label = label;
    this.labelTop = labelTop;
  }

  /**
   * Starts a chart of a classification, sized by a measure. The measure of every customer is
   * read and checked here. The defaults are: the matrix's id and version as title,
   * {@code "measure"} as the measure's name, {@code "customer <index>"} as label (never the
   * customer's {@code toString()}, which often holds personal data), and
   * labels for the 10 largest customers.
   *
   * @param <T> the customer type
   * @param classification the classified portfolio
   * @param measure reads a customer's measure, such as revenue: finite and not negative
   * @return the chart
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if a measure is negative, {@code NaN} or infinite; the
   *     message names the customer's input index and the value
   */
  public static <T> PortfolioChart<T> of(Classification<T> classification,
      ToDoubleFunction<? super T> measure) {
    requireNonNull(classification, "classification");
    requireNonNull(measure, "measure");
    PortfolioMatrix<T> matrix = classification.matrix();
    return new PortfolioChart<>(classification, ChartBubbles.measures(classification, measure),
        matrix.id() + " " + matrix.version(), "measure", null, DEFAULT_LABELS);
  }

  /**
   * Returns a chart with another title.
   *
   * @param title the title, such as {@code "Key accounts 2026"}
   * @return the chart with that title
   * @throws NullPointerException if {@code title} is {@code null}
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public PortfolioChart<T> title(String title) {
    Checks.requireName(title, "title");
    return new PortfolioChart<>(classification, measures, title, measureName, label, labelTop);
  }

  /**
   * Returns a chart that names its measure in the legend's size key, as in
   * {@code "bubble area ∝ revenue"}.
   *
   * @param measureName the name, such as {@code "revenue"}
   * @return the chart with that name
   * @throws NullPointerException if {@code measureName} is {@code null}
   * @throws IllegalArgumentException if {@code measureName} is blank
   */
  public PortfolioChart<T> measureName(String measureName) {
    Checks.requireName(measureName, "measure name");
    return new PortfolioChart<>(classification, measures, title, measureName, label, labelTop);
  }

  /**
   * Returns a chart that names customers with a function, in labels and tooltips.
   *
   * @param label reads a customer's label, such as its name; any text, it is escaped
   * @return the chart with those labels
   * @throws NullPointerException if {@code label} is {@code null}
   */
  public PortfolioChart<T> label(Function<? super T, String> label) {
    requireNonNull(label, "label");
    return new PortfolioChart<>(classification, measures, title, measureName, label, labelTop);
  }

  /**
   * Returns a chart that labels the customers with the largest measures.
   *
   * @param count how many customers to label at most: 0 for none
   * @return the chart with that many labels
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public PortfolioChart<T> labelTop(int count) {
    Checks.requireArgument(count >= 0,
        "number of labelled customers must not be negative but was: %d", count);
    return new PortfolioChart<>(classification, measures, title, measureName, label, count);
  }

  /**
   * Renders the chart as a standalone SVG document, UTF-8 with an XML declaration.
   *
   * @return the SVG document, lines separated by {@code \n}
   * @throws NullPointerException if the label function returns {@code null}; the message
   *     names the customer's input index
   */
  public String toSvg() {
    return ChartSvg.render(classification, ChartBubbles.of(classification, measures, label),
        title, measureName, labelTop);
  }

  /**
   * Writes the SVG document of {@link #toSvg()} to a file in UTF-8, replacing the file if it
   * exists.
   *
   * @param file the file, such as {@code Path.of("portfolio.svg")}
   * @throws NullPointerException if {@code file} is {@code null} or the label function returns
   *     {@code null}
   * @throws IOException if the file cannot be written
   */
  public void writeTo(Path file) throws IOException {
    requireNonNull(file, "file");
    Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
  }

  /**
   * Returns a summary such as {@code PortfolioChart[key-account-matrix 2026.1, 200 customers,
   * 10 labels]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PortfolioChart[" + title + ", " + measures.length + " customers, " + labelTop
        + " labels]";
  }
}
