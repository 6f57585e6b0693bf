package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A document is untrusted input: YAML aliases, tags and extra documents are refused, keys may
 * not repeat, and size, nesting, strings and numbers have limits, each refused with a pointer.
 */
final class UntrustedInputTest {
  private static final String YAML = Resources.text("attractiveness.yaml");

  @Test
  void yamlAlias_isRefused_notExpanded() {
    String document = YAML.replace("id: attractiveness", "id: &name attractiveness")
        .replace("version: \"2026.1\"", "version: *name");

    PolicyDocumentException e = yamlFails(document);

    assertThat(e.pointer()).isEqualTo("/version");
    assertThat(e).hasMessage("/version must be a value, not a YAML alias, but was: *name");
  }

  @Test
  void billionLaughs_isRefused_atTheFirstAlias() {
    StringBuilder document = new StringBuilder("format: kamscore-policy/1\nkind: scoring-model\n"
        + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      document.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        document.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      document.append("]\n");
    }

    PolicyDocumentException e = yamlFails(document.toString());

    assertThat(e.pointer()).isEqualTo("/a1/0");
    assertThat(e).hasMessage("/a1/0 must be a value, not a YAML alias, but was: *a0");
  }

  @Test
  void yamlTagOfItsOwn_isRefused() {
    PolicyDocumentException e = yamlFails(
        YAML.replace("id: attractiveness", "id: !!java.net.URL attractiveness"));

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e).hasMessage("/id must carry no YAML tag but those of the core schema (such as "
        + "!!str) but had: tag:yaml.org,2002:java.net.URL");
  }

  @Test
  void yamlCoreTag_isRead() {
    String document = YAML.replace("version: \"2026.1\"", "version: !!str 2026.1");

    assertThat(PolicyFormat.yaml().readModel(document, Policies.ATTRIBUTES).version())
        .isEqualTo("2026.1");
  }

  @Test
  void unquotedYamlVersion_isANumber_andRefused() {
    PolicyDocumentException e = yamlFails(YAML.replace("version: \"2026.1\"", "version: 2026.1"));

    assertThat(e.pointer()).isEqualTo("/version");
    assertThat(e).hasMessage("/version must be a string but was: 2026.1");
  }

  @Test
  void secondYamlDocument_isRefused() {
    PolicyDocumentException e = yamlFails(YAML + "---\nformat: kamscore-policy/1\n");

    assertThat(e.pointer()).isEmpty();
    assertThat(e).hasMessage("document must hold one value but more followed it: START_OBJECT");
  }

  @Test
  void repeatedYamlKey_isRefused() {
    PolicyDocumentException e = yamlFails(YAML.replace("id: attractiveness",
        "id: attractiveness\nid: other"));

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e).hasMessage("/id must not repeat a key but was: a repeated key");
  }

  @Test
  void malformedYaml_isRefused_withItsLine() {
    PolicyDocumentException e = yamlFails("format: kamscore-policy/1\nkind: [scoring-model\n");

    assertThat(e.pointer()).isEqualTo("/kind/0");
    assertThat(e).hasMessage("/kind/0 must be well-formed YAML but was not: while parsing a "
        + "flow sequence: expected ',' or ']', but got <stream end> (line 2, column 21)");
  }

  @Test
  void documentAboveOneMebibyte_isRefused_unread() {
    String document = " ".repeat(Documents.MAX_CHARS) + "{}";

    PolicyDocumentException e = jsonFails(document);

    assertThat(e.pointer()).isEmpty();
    assertThat(e).hasMessage("document must have at most 1048576 characters but had: 1048578");
  }

  @Test
  void nestingBeyondTheLimit_isRefused() {
    String document = "{\"description\": " + "[".repeat(40) + "]".repeat(40) + "}";

    PolicyDocumentException e = jsonFails(document);

    assertThat(e.getMessage()).startsWith("/description/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
        + "/0/0/0/0/0/0/0/0/0/0/0 must be well-formed JSON but was not: Document nesting depth "
        + "(33) exceeds the maximum allowed (32");
  }

  @Test
  void stringBeyondTheLimit_isRefused() {
    String document = "{\"id\": \"" + "x".repeat(Documents.MAX_STRING + 1) + "\"}";

    PolicyDocumentException e = jsonFails(document);

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.getMessage()).startsWith("/id must be well-formed JSON but was not: String "
        + "value length (65537) exceeds the maximum allowed (65536");
  }

  @Test
  void numberBeyondTheLimit_isRefused() {
    String document = "{\"weight\": " + "1".repeat(Documents.MAX_NUMBER + 1) + "}";

    PolicyDocumentException e = jsonFails(document);

    assertThat(e.pointer()).isEqualTo("/weight");
    assertThat(e.getMessage()).startsWith("/weight must be well-formed JSON but was not: "
        + "Number value length (65) exceeds the maximum allowed (64");
  }

  @Test
  void yamlBeyondTheNestingLimit_isRefused() {
    String document = "a: " + "[".repeat(40) + "]".repeat(40) + "\n";

    PolicyDocumentException e = yamlFails(document);

    assertThat(e.getMessage()).contains("must be well-formed YAML but was not: Document nesting "
        + "depth (33) exceeds the maximum allowed (32");
  }

  private static PolicyDocumentException yamlFails(String document) {
    return Rejected.by(() -> PolicyFormat.yaml().readModel(document, Policies.ATTRIBUTES));
  }

  private static PolicyDocumentException jsonFails(String document) {
    return Rejected.by(() -> PolicyFormat.json().readModel(document, Policies.ATTRIBUTES));
  }
}
