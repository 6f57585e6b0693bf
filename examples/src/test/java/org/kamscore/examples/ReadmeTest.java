package org.kamscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's code and commands true: what it shows is what compiles and runs. */
final class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path EXAMPLES =
      ROOT.resolve("examples/src/main/java/org/kamscore/examples");

  @Test
  void readme_showsTheQuickStartSnippet_exactlyAsCompiled() throws IOException {
    String snippet = snippet(EXAMPLES.resolve("QuickStart.java"), "quick-start");

    assertThat(snippet).contains("ScoringModel.builder(Customer.class)");
    assertThat(readme()).contains(snippet);
  }

  @Test
  void readme_showsTheTourSnippets_exactlyAsCompiled() throws IOException {
    Path tour = EXAMPLES.resolve("PortfolioTour.java");
    for (String name : List.of("supplier-position", "matrix", "custom-matrix", "analytics")) {
      assertThat(readme()).as("README snippet '%s'", name).contains(snippet(tour, name));
    }
  }

  @Test
  void readme_showsTheCommands_thatCiAndTheExampleUse() throws IOException {
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);

    assertThat(readme())
        .contains("mvn -B verify")
        .contains("mvn -q -pl examples -am -DskipTests package exec:java");
    assertThat(ci).contains("TEST_COMMAND='mvn -B verify'");
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The lines between the README markers, with the common indentation removed. */
  static String snippet(Path source, String name) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int begin = indexOf(lines, "// README:" + name + ":begin");
    int end = indexOf(lines, "// README:" + name + ":end");
    List<String> body = new ArrayList<>(lines.subList(begin + 1, end));
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder s = new StringBuilder();
    for (String line : body) {
      s.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return s.toString();
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
