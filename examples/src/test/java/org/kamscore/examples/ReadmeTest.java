package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kamscore.examples.crm.PolicyAsData;

/**
 * Keeps the README true: every code snippet it shows is copied from a compiled example source
 * (between {@code // README:name:begin} and {@code // README:name:end}), and its commands are
 * the ones CI and the examples use. {@code python3 docs/readme.py} copies the snippets over.
 */
final class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BEGIN = Pattern.compile("\\s*// README:([a-z-]+):begin");
  private static final Pattern PLACE = Pattern.compile("<!-- snippet:([a-z-]+) -->");

  @Test
  void readme_showsEverySnippet_exactlyAsCompiled() throws IOException {
    Map<String, String> snippets = snippets();
    String readme = readme();

    assertThat(snippets).containsKeys("customer", "quick-start", "supplier-position", "matrix",
        "custom-matrix", "analytics", "tiers-over-time", "testing-assertions",
        "testing-properties", "testing-generator", "testing-snapshot", "policy-read",
        "decision-record", "replay", "decision-lines", "jackson-module", "spark");
    snippets.forEach((name, code) ->
        assertThat(readme).as("README snippet '%s'", name).contains("```java\n" + code + "```"));
  }

  @Test
  void readme_showsTheQuickStartsExplanation_asPrinted() throws IOException {
    String explanation = QuickStart.evaluateFurnitureChain().explain();

    assertThat(readme()).contains("```\n" + explanation + "```\n");
  }

  @Test
  void readme_showsTheMatrixGrid_asPrinted() throws IOException {
    String grid = PortfolioTour.keyAccountMatrix(Portfolio.sample()).toText();

    assertThat(readme()).contains("```\n" + grid + "\n```\n");
  }

  @Test
  void readme_showsTheCrmPolicyYaml_asCommitted() throws IOException {
    String yaml = Files.readString(ROOT.resolve(
        "examples/src/main/resources/org/kamscore/examples/crm/crm-policy.yaml"),
        StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\n(.*?)```\n", Pattern.DOTALL).matcher(readme());
    int blocks = 0;
    while (block.find()) {
      assertThat(yaml).as("README's YAML block %d", ++blocks).contains(block.group(1));
    }
    assertThat(blocks).isPositive();
  }

  @Test
  void readme_showsTheDecisionRecord_asPrinted() throws IOException {
    String line = PolicyAsData.decisionLine(PolicyAsData.readPolicy());

    assertThat(readme()).contains("```json\n" + line + "\n```\n");
  }

  @Test
  void readme_hasNoSnippetPlace_withoutASource() throws IOException {
    Map<String, String> snippets = snippets();
    Matcher place = PLACE.matcher(readme());
    List<String> places = new ArrayList<>();
    while (place.find()) {
      places.add(place.group(1));
    }

    assertThat(places).isNotEmpty();
    assertThat(snippets.keySet()).containsAll(places);
  }

  @Test
  void readme_showsTheCommands_thatCiAndTheExampleUse() throws IOException {
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);

    assertThat(readme())
        .contains("\nmvn -B verify\n")
        .contains("\nmvn -q -pl examples -am -DskipTests package exec:java\n");
    assertThat(ci).contains("TEST_COMMAND='mvn -B verify'");
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** Every marked snippet of the example sources, with the common indentation removed. */
  private static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new TreeMap<>();
    List<Path> sources = new ArrayList<>();
    for (String tree : new String[] {"examples/src/main/java", "examples/src/test/java",
        "spark/src/test/java"}) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher begin = BEGIN.matcher(lines.get(i));
        if (begin.matches()) {
          String name = begin.group(1);
          int end = lines.indexOf(lines.get(i).replace(":begin", ":end"));
          assertThat(end).as("end marker of snippet '%s' in %s", name, source).isGreaterThan(i);
          snippets.put(name, dedent(lines.subList(i + 1, end)));
        }
      }
    }
    return snippets;
  }

  private static String dedent(List<String> body) {
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder s = new StringBuilder();
    for (String line : body) {
      s.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return s.toString();
  }
}
