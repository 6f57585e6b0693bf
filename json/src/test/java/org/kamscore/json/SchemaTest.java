package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of policy documents: the jar's copy is the one in {@code docs/}, it is a
 * valid draft 2020-12 schema, every example document of the repository passes it, every
 * document the writer makes passes it, and it catches what it can express of the rules.
 */
final class SchemaTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(PolicyFormat.schema(), InputFormat.JSON);
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @Test
  void jarsSchema_isTheOneInDocs() throws IOException {
    assertThat(Files.readString(ROOT.resolve("docs/kamscore-policy-1.schema.json"),
        StandardCharsets.UTF_8)).isEqualTo(PolicyFormat.schema());
  }

  @Test
  void schema_isAValidDraft202012Schema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(com.networknt.schema.SchemaLocation.of(
            "https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(PolicyFormat.schema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyExampleDocument_passesTheSchema() throws IOException {
    List<Path> documents = exampleDocuments();

    assertThat(documents).extracting(p -> p.getFileName().toString())
        .contains("attractiveness.yaml", "matrix.json", "minimal.yaml", "crm-policy.yaml");
    for (Path document : documents) {
      assertThat(errors(Files.readString(document, StandardCharsets.UTF_8),
          document.toString().endsWith(".yaml")))
          .as("schema errors of %s", ROOT.relativize(document)).isEmpty();
    }
  }

  @Test
  void everyWrittenDocument_passesTheSchema() {
    Theories.qt(Math.max(1, Theories.EXAMPLES / 4)).forAll(GeneratedPolicies.models())
        .checkAssert(model -> {
          assertThat(errors(GeneratedPolicies.JSON.write(model), false)).isEmpty();
          assertThat(errors(GeneratedPolicies.YAML.write(model), true)).isEmpty();
        });
  }

  @Test
  void schema_catchesWhatItCanExpress() {
    String model = "attractiveness.json";

    assertThat(errors(Resources.edit(model, "/criteria/1/weight", -20), false))
        .singleElement().satisfies(e -> assertThat(e).contains("/criteria/1/weight"));
    assertThat(errors(Resources.edit(model, "/criteria/1/wieght", 20), false))
        .singleElement().satisfies(e -> assertThat(e).contains("wieght"));
    assertThat(errors(Resources.edit(model, "/criteria/2/scale/points/1/utility", 1.5), false))
        .singleElement().satisfies(e -> assertThat(e).contains("/criteria/2/scale/points/1"));
    assertThat(errors(Resources.edit(model, "/criteria/3/scale/enum", Resources.REMOVE), false))
        .isNotEmpty();
    assertThat(errors(Resources.edit(model, "/format", "kamscore-policy/2"), false))
        .isNotEmpty();
  }

  /** The example documents: the module's test resources, and those in docs/ and examples/. */
  static List<Path> exampleDocuments() throws IOException {
    List<Path> documents = new ArrayList<>();
    for (String dir : List.of("json/src/test/resources", "docs", "examples/src")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(dir))) {
        files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
            .filter(f -> !f.toString().endsWith(".schema.json"))
            .filter(f -> !f.toString().contains("/records/"))
            .sorted().forEach(documents::add);
      }
    }
    return documents;
  }

  static List<String> errors(String document, boolean yaml) {
    JsonNode tree = yaml ? YAML.readTree(document) : Resources.MAPPER.readTree(document);
    List<String> errors = new ArrayList<>();
    for (Error e : SCHEMA.validate(tree)) {
      errors.add(e.toString());
    }
    return errors;
  }
}
