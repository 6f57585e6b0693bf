package org.kamscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamscore.matrix.Fixtures.ATTRACTIVENESS;
import static org.kamscore.matrix.Fixtures.PORTFOLIO;
import static org.kamscore.matrix.Fixtures.accountMatrix;
import static org.kamscore.matrix.Fixtures.POSITION;
import static org.kamscore.matrix.Fixtures.keyAccountMatrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.Execution;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Fixtures.Account;
import org.kamscore.matrix.Fixtures.Customer;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.matrix.PortfolioMatrix;

final class PortfolioChartTest {
  /** Revenue of the fixture customers a..g: distinct, so the order of sizes is clear. */
  private static final Map<String, Double> REVENUE = Map.of("a", 900.0, "b", 400.0,
      "c", 100.0, "d", 225.0, "e", 0.0, "f", 25.0, "g", 36.0);
  private static final ToDoubleFunction<Customer> REVENUE_OF = c -> REVENUE.get(c.id());

  private static PortfolioChart<Customer> chart() {
    return PortfolioChart.of(keyAccountMatrix().classifyAll(PORTFOLIO), REVENUE_OF)
        .label(Customer::id);
  }

  @Test
  void svg_isAStandaloneSvgDocument() {
    String svg = chart().toSvg();
    assertThat(svg).startsWith("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 790" width="1000" \
        height="790" font-family="sans-serif" fill="#333333">
          <title>key-account-matrix 2026.1</title>
        """).endsWith("</svg>\n");
  }

  @Test
  void everyCustomer_isOneBubble_largestFirst_withATooltip() {
    String svg = chart().toSvg();
    assertThat(children(svg, "bubbles")).hasSize(PORTFOLIO.size())
        .allSatisfy(b -> assertThat(b).startsWith("<circle "));
    assertThat(Pattern.compile("<title>(.*)</title>").matcher(svg).results()
        .map(r -> r.group(1)).skip(1))
        .containsExactly("a · key account · 900", "b · develop · 400", "d · maintain · 225",
            "c · develop · 100", "g · reduce · 36", "f · reduce · 25", "e · reduce · 0");
  }

  @Test
  void bubbleAreas_areProportionalToTheMeasures() {
    double[] radii = children(chart().toSvg(), "bubbles").stream()
        .mapToDouble(b -> Double.parseDouble(attribute(b, "r"))).toArray();
    // measures 900, 400, 225, 100, 36, 25, 0: radius 30 * sqrt(m / 900), at least 2
    assertThat(radii).containsExactly(30.0, 20.0, 15.0, 10.0, 6.0, 5.0, 2.0);
  }

  @Test
  void bubble_sitsAtTheColumnAndRowScore() {
    List<String> bubbles = children(chart().toSvg(), "bubbles");
    // a 620 square plot at (90, 84); customer a: position 80 (x), attractiveness 80 (y)
    assertThat(attribute(bubbles.get(0), "cx")).isEqualTo("586.0");
    assertThat(attribute(bubbles.get(0), "cy")).isEqualTo("208.0");
    // customer b: position 30, attractiveness 70; up is higher
    assertThat(attribute(bubbles.get(1), "cx")).isEqualTo("276.0");
    assertThat(attribute(bubbles.get(1), "cy")).isEqualTo("270.0");
  }

  @Test
  void defaultLabels_nameCustomersByIndex_neverByToString() {
    String svg = PortfolioChart.of(keyAccountMatrix().classifyAll(PORTFOLIO), REVENUE_OF)
        .toSvg();

    assertThat(svg).contains(">customer 0<");
    for (Customer customer : PORTFOLIO) {
      assertThat(svg).doesNotContain(customer.toString());
    }
  }

  @Test
  void everyCutPoint_isABandLine() {
    PortfolioMatrix<Customer> matrix = PortfolioMatrix.builder(Customer.class)
        .id("uneven", "1")
        .rows(ATTRACTIVENESS, Bands.cutAt(50))
        .columns(POSITION, Bands.cutAt(25, 75))
        .cell("low", "low", "a").cell("low", "medium", "b").cell("low", "high", "c")
        .cell("high", "low", "d").cell("high", "medium", "e").cell("high", "high", "f")
        .build();
    List<String> lines = children(
        PortfolioChart.of(matrix.classifyAll(PORTFOLIO), REVENUE_OF).toSvg(), "band-lines");
    assertThat(lines).extracting(l -> attribute(l, "x1") + "," + attribute(l, "y1")
            + " " + attribute(l, "x2") + "," + attribute(l, "y2"))
        .containsExactly("245.0,84.0 245.0,704.0", "555.0,84.0 555.0,704.0",
            "90.0,394.0 710.0,394.0");
  }

  @Test
  void everyCellName_andLegendEntry_isShown() {
    String svg = chart().toSvg();
    assertThat(texts(svg, "cell-names"))
        .containsExactly("reduce", "maintain", "develop", "key account");
    assertThat(texts(svg, "legend-entry"))
        .containsExactly("key account", "1", "develop", "2", "maintain", "1", "reduce", "3");
  }

  @Test
  void nineBox_hasOneLegendEntryPerDistinctName_withTheSumOfItsCells() {
    PortfolioMatrix<Customer> nineBox = MatrixPresets.nineBox(ATTRACTIVENESS, POSITION);
    String svg = PortfolioChart.of(nineBox.classifyAll(PORTFOLIO), REVENUE_OF).toSvg();
    assertThat(texts(svg, "legend-entry"))
        .containsExactly("invest and grow", "1", "select", "3", "harvest", "3");
    assertThat(children(svg, "band-lines")).hasSize(4);
    assertThat(texts(svg, "cell-names")).hasSize(9);
  }

  @Test
  void cappedCustomers_haveADashedRing_aTooltipNamingTheKnockOuts_andALegendEntry() {
    List<Account> accounts = List.of(new Account("big", 90, 90, 100_000, 0.1),
        new Account("key", 80, 80, 900_000, 0.1), new Account("tiny", 90, 90, 20_000, 0.1));

    String svg = PortfolioChart.of(accountMatrix().classifyAll(accounts), Account::revenue)
        .label(Account::id).toSvg();

    List<String> bubbles = children(svg, "bubbles"); // largest first: key, big, tiny
    assertThat(bubbles.get(0)).startsWith("<circle cx=");
    assertThat(bubbles.subList(1, 3)).allSatisfy(bubble -> assertThat(bubble)
        .startsWith("<circle class=\"capped\" "));
    // radii 30 * sqrt(100/900) = 10 and 30 * sqrt(20/900) = 4.5: rings 2.5 out, at least 6
    assertThat(children(svg, "capped-marks")).containsExactly(
        "<circle cx=\"648.0\" cy=\"146.0\" r=\"12.5\"/>",
        "<circle cx=\"648.0\" cy=\"146.0\" r=\"7.0\"/>");
    assertThat(svg).contains("<g class=\"capped-marks\" fill=\"none\" stroke=\"#222222\" "
        + "stroke-width=\"1.5\" stroke-dasharray=\"3 2\">");
    assertThat(Pattern.compile("<title>(.*)</title>").matcher(svg).results()
        .map(r -> r.group(1)).skip(1))
        .containsExactly("key · key account · 900,000",
            "big · maintain · 100,000 · capped by minimum-revenue",
            "tiny · reduce · 20,000 · capped by minimum-revenue, minimum-volume");
    assertThat(texts(svg, "legend-capped")).containsExactly("capped by a knock-out", "2");
    assertThat(children(svg, "legend-capped").get(0))
        .contains("stroke=\"#222222\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"");
  }

  @Test
  void matrixWithKnockOuts_showsTheCappedEntry_evenWhenNoneIsCapped() {
    String svg = PortfolioChart.of(
        accountMatrix().classifyAll(List.of(new Account("key", 80, 80, 900_000, 0.1))),
        Account::revenue).toSvg();

    assertThat(texts(svg, "legend-capped")).containsExactly("capped by a knock-out", "0");
    assertThat(svg).doesNotContain("capped-marks").doesNotContain("class=\"capped\"");
    assertThat(chart().toSvg()).doesNotContain("capped");
  }

  @Test
  void texts_areEscaped() {
    String name = "Tom & Jerry's <\"Möbel\">";
    String svg = chart().label(c -> c.id().equals("a") ? name : c.id())
        .title("A < B & C").measureName("revenue <EUR>").toSvg();
    assertThat(svg).contains("Tom &amp; Jerry&apos;s &lt;&quot;Möbel&quot;&gt;")
        .contains("A &lt; B &amp; C").contains("revenue &lt;EUR&gt;")
        .doesNotContain(name).doesNotContain("A < B");
    assertThat(texts(svg, "labels").get(0)).isEqualTo(name);
  }

  @Test
  void labels_nameTheLargestCustomers() {
    assertThat(texts(chart().labelTop(3).toSvg(), "labels")).containsExactly("a", "b", "d");
    assertThat(texts(chart().toSvg(), "labels")).hasSize(PORTFOLIO.size());
    assertThat(children(chart().labelTop(0).toSvg(), "labels")).isEmpty();
  }

  @Test
  void bubbleAtTheRightEdge_isLabelledOnItsLeft_endingNextToIt() {
    Classification<Customer> edge = keyAccountMatrix()
        .classifyAll(List.of(new Customer("edge", 50, 100)));
    List<String> labels = children(PortfolioChart.of(edge, c -> 1.0).label(Customer::id)
        .toSvg(), "labels");
    // the bubble at (710, 394) has radius 30: the text ends 3 + 2 units left of it, centred
    assertThat(labels).containsExactly("<text x=\"675.0\" y=\"398.0\" text-anchor=\"end\">"
        + "edge</text>");
  }

  @Test
  void longTitle_isShortenedOnTheChart_butNotInItsTitleElement() {
    String title = "t".repeat(100);
    String svg = chart().title(title).toSvg();
    assertThat(svg).contains("<title>" + title + "</title>")
        .contains(">" + "t".repeat(73) + "…</text>");
  }

  @Test
  void longLabel_isShortenedWithAnEllipsis() {
    String svg = chart().label(c -> c.id().repeat(40)).labelTop(1).toSvg();
    assertThat(texts(svg, "labels")).containsExactly("a".repeat(31) + "…");
  }

  @Test
  void sameInput_givesTheSameBytes() {
    String svg = chart().toSvg();
    assertThat(chart().toSvg()).isEqualTo(svg);
    assertThat(PortfolioChart.of(keyAccountMatrix().classifyAll(PORTFOLIO, Execution.PARALLEL),
        REVENUE_OF).label(Customer::id).toSvg()).isEqualTo(svg);
  }

  @Test
  void writeTo_writesTheSvgInUtf8(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("chart.svg");
    chart().title("Möbel").writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(chart().title("Möbel").toSvg());
  }

  @Test
  void emptyPortfolio_andZeroMeasures_renderMinimalDots() {
    String empty = PortfolioChart.of(keyAccountMatrix().classifyAll(List.of()), REVENUE_OF)
        .toSvg();
    assertThat(children(empty, "bubbles")).isEmpty();
    assertThat(texts(empty, "legend")).contains("no customers", "0 customers, total 0");
    String zeros = PortfolioChart.of(keyAccountMatrix().classifyAll(PORTFOLIO), c -> -0.0)
        .toSvg();
    assertThat(children(zeros, "bubbles")).extracting(b -> attribute(b, "r"))
        .hasSize(PORTFOLIO.size()).containsOnly("2.0");
    assertThat(texts(zeros, "legend")).contains("every measure is 0", "7 customers, total 0");
  }

  @Test
  void negativeOrNaNOrInfiniteMeasure_isRejected_namingTheIndex() {
    Classification<Customer> portfolio = keyAccountMatrix().classifyAll(PORTFOLIO);
    assertThatThrownBy(() -> PortfolioChart.of(portfolio,
        c -> c.id().equals("c") ? -1.0 : 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer at index 2 must be finite and not negative but was: "
            + "-1.0");
    assertThatThrownBy(() -> PortfolioChart.of(portfolio, c -> Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer at index 0 must be finite and not negative but was: "
            + "NaN");
    assertThatThrownBy(() -> PortfolioChart.of(portfolio,
        c -> c.id().equals("g") ? Double.POSITIVE_INFINITY : 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure of customer at index 6 must be finite and not negative but was: "
            + "Infinity");
  }

  @Test
  void badSettings_areRejected() {
    assertThatThrownBy(() -> chart().labelTop(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of labelled customers must not be negative but was: -1");
    assertThatThrownBy(() -> chart().title(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank but was: ' '");
    assertThatThrownBy(() -> chart().measureName(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure name must not be blank but was: ''");
    assertThatThrownBy(() -> chart().label(null))
        .isInstanceOf(NullPointerException.class).hasMessage("label");
    assertThatThrownBy(() -> PortfolioChart.of(null, REVENUE_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("classification");
  }

  @Test
  void nullLabel_isRejected_namingTheIndex() {
    assertThatThrownBy(() -> chart().label(c -> c.id().equals("b") ? null : c.id()).toSvg())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label of customer at index 1 must not be null");
  }

  @Test
  void toString_summarizes() {
    assertThat(chart().labelTop(3)).hasToString(
        "PortfolioChart[key-account-matrix 2026.1, 7 customers, 3 labels]");
  }

  /**
   * The direct children of the groups with a class, one line each: the writer puts every
   * element on its own line, indented by its depth. (The core tests run in the module
   * org.kamscore, which does not read java.xml; the examples module parses the SVG as XML.)
   */
  private static List<String> children(String svg, String groupClass) {
    List<String> lines = svg.lines().toList();
    List<String> children = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("<g class=\"" + groupClass + "\"")) {
        found = true;
        String indent = line.substring(0, line.indexOf('<')) + "  ";
        for (int c = i + 1; c < lines.size() && lines.get(c).startsWith(indent); c++) {
          String child = lines.get(c);
          if (child.charAt(indent.length()) == '<' && child.charAt(indent.length() + 1) != '/') {
            children.add(child.strip());
          }
        }
      }
    }
    if (!found) {
      throw new AssertionError("no group of class " + groupClass);
    }
    return children;
  }

  /** The unescaped contents of the text elements in the groups with a class, in order. */
  private static List<String> texts(String svg, String groupClass) {
    return children(svg, groupClass).stream().filter(e -> e.startsWith("<text "))
        .map(e -> content(e)).toList();
  }

  /** The value of an attribute of an element line. */
  private static String attribute(String element, String name) {
    Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(element);
    if (!m.find()) {
      throw new AssertionError("no attribute " + name + " in " + element);
    }
    return m.group(1);
  }

  /** The unescaped text of a one-line element such as a text or a title. */
  private static String content(String element) {
    Matcher m = Pattern.compile(">([^<]*)</").matcher(element);
    if (!m.find()) {
      throw new AssertionError("no text in " + element);
    }
    return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
