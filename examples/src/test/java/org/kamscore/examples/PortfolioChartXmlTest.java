package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.examples.Customer.Relevance;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.chart.PortfolioChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses the portfolio chart of 200 generated customers as XML, as a browser would, and writes
 * it to {@code target/portfolio-chart.svg} for a look. (The core tests run in the module
 * {@code org.kamscore}, which does not read {@code java.xml}.)
 */
final class PortfolioChartXmlTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  private static final ScoringModel<Customer> ATTRACTIVENESS =
      ScoringModel.builder(Customer.class)
          .id("customer-attractiveness", "2026.1")
          .customerId(Customer::id)
          .criterion("revenue", Customer::revenue, Scale.logarithmic(50_000, 5_000_000), 40)
          .criterion("contribution-margin", Customer::margin, Scale.linear(0.05, 0.40), 30)
          .criterion("growth-potential", Customer::growth, Scale.linear(1, 5), 20)
          .criterion("strategic-relevance", Customer::relevance, Scale.levels(Relevance.class),
              10)
          .build();

  private static final ScoringModel<Customer> POSITION = ScoringModel.builder(Customer.class)
      .id("supplier-position", "2026.1")
      .customerId(Customer::id)
      .criterion("share-of-revenue", Customer::revenueShare, Scale.linear(0.0, 0.10), 40)
      .criterion("contract-years", Customer::contractYears, Scale.linear(0, 5), 30)
      .criterion("joint-projects", Customer::jointProjects, Scale.yesNo(), 15)
      .criterion("discount-demanded", Customer::discount, Scale.linear(0.30, 0.0), 15)
      .build();

  @Test
  void chartOf200Customers_isWellFormedSvg_withEveryCustomerAndEscapedNames()
      throws Exception {
    List<Customer> customers = customers(200);
    Classification<Customer> portfolio =
        MatrixPresets.keyAccount(ATTRACTIVENESS, POSITION).classifyAll(customers);
    String svg = PortfolioChart.of(portfolio, Customer::revenue)
        .title("Key accounts 2026 — bedroom furniture")
        .measureName("revenue (EUR)")
        .label(Customer::name)
        .labelTop(12)
        .toSvg();
    Path file = Path.of("target", "portfolio-chart.svg");
    Files.createDirectories(file.getParent());
    Files.writeString(file, svg, StandardCharsets.UTF_8);

    Document document = parse(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG);
    assertThat(root.getLocalName()).isEqualTo("svg");
    List<Element> bubbles = children(group(document, "bubbles"));
    assertThat(bubbles).hasSize(customers.size())
        .allSatisfy(b -> assertThat(b.getLocalName()).isEqualTo("circle"));
    List<String> tooltips = bubbles.stream().map(b -> b.getTextContent().strip()).toList();
    for (Customer customer : customers) {
      assertThat(tooltips).anyMatch(t -> t.startsWith(customer.name() + " · "));
    }
    assertThat(children(group(document, "labels")))
        .filteredOn(e -> e.getLocalName().equals("text")).hasSize(12)
        .extracting(Element::getTextContent)
        .anyMatch(name -> name.contains("&") || name.contains("<"));
    assertThat(children(group(document, "band-lines"))).hasSize(2);
    assertThat(root.getTextContent()).contains("key account", "develop", "maintain", "reduce");
  }

  /** Customers of a bedroom-furniture maker: revenues spread over orders of magnitude. */
  private static List<Customer> customers(int count) {
    Random random = new Random(2026);
    String[] words = {"Möbel", "Wohnwelt", "Schlaf & Co", "Interior <Nord>", "Betten",
        "Raum \"Design\"", "Holz", "Hotel Alpina", "Studio", "Zentrum"};
    String[] forms = {"GmbH", "AG", "KG", "GmbH & Co. KG", "e.K."};
    Relevance[] relevances = Relevance.values();
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double revenue = Math.round(StrictMath.exp(12 + 1.3 * random.nextGaussian()));
      customers.add(new Customer("C-" + (1000 + i),
          words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
              + forms[random.nextInt(forms.length)] + " " + i,
          revenue, Math.min(0.3, revenue / 40_000_000), 0.05 + 0.35 * random.nextDouble(),
          1 + random.nextInt(5), relevances[random.nextInt(relevances.length)],
          random.nextInt(7), random.nextBoolean(), 0.3 * random.nextDouble()));
    }
    return customers;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element group(Document document, String groupClass) {
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    for (int g = 0; g < groups.getLength(); g++) {
      Element group = (Element) groups.item(g);
      if (group.getAttribute("class").equals(groupClass)) {
        return group;
      }
    }
    throw new AssertionError("no group of class " + groupClass);
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (int c = 0; c < parent.getChildNodes().getLength(); c++) {
      if (parent.getChildNodes().item(c) instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }
}
