package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Attributes;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.json.Account.Relevance;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * Policy documents read and written: a document-built model has the fingerprint of the same
 * policy built in Java and scores alike; a canonical document reads and writes back to the same
 * text; what has no text cannot be written.
 */
final class PolicyFormatTest {
  private static final Account CHAIN = new Account("K-1", 9_500_000.0, 0.24, 4,
      Relevance.LIGHTHOUSE, true, "key", 0.10);
  private static final Account JOINERY = new Account("K-2", 90_000.0, 0.38, null, null, false,
      "small", 0.35);

  @Test
  void yamlDocument_buildsTheJavaPolicy_sameFingerprintAndScores() {
    ScoringModel<Account> java = Policies.attractiveness();
    ScoringModel<Account> read = PolicyFormat.yaml()
        .readModel(Resources.text("attractiveness.yaml"), Policies.ATTRIBUTES);

    assertThat(read.fingerprint()).isEqualTo(java.fingerprint());
    assertThat(read.id()).isEqualTo("attractiveness");
    assertThat(read.criteria()).isEqualTo(java.criteria());
    assertThat(read.knockOuts()).isEqualTo(java.knockOuts());
    assertThat(read.tiers()).isEqualTo(java.tiers());
    for (Account customer : List.of(CHAIN, JOINERY)) {
      assertThat(read.evaluate(customer)).isEqualTo(java.evaluate(customer));
    }
  }

  @Test
  void jsonAndYaml_ofOnePolicy_buildTheSameModel() {
    ScoringModel<Account> json = PolicyFormat.json()
        .readModel(Resources.text("attractiveness.json"), Policies.ATTRIBUTES);
    ScoringModel<Account> yaml = PolicyFormat.yaml()
        .readModel(Resources.text("attractiveness.yaml"), Policies.ATTRIBUTES);

    assertThat(json.fingerprint()).isEqualTo(yaml.fingerprint());
    assertThat(json.criteria()).isEqualTo(yaml.criteria());
  }

  @Test
  void canonicalDocuments_writeBackToTheSameText() {
    for (String name : List.of("attractiveness.json", "attractiveness.yaml")) {
      PolicyFormat format = name.endsWith(".json") ? PolicyFormat.json() : PolicyFormat.yaml();
      String text = Resources.text(name);

      assertThat(format.write(format.readModel(text, Policies.ATTRIBUTES))).isEqualTo(text);
    }
    for (String name : List.of("matrix.json", "matrix.yaml")) {
      PolicyFormat format = name.endsWith(".json") ? PolicyFormat.json() : PolicyFormat.yaml();
      String text = Resources.text(name);

      assertThat(format.write(format.readMatrix(text, Policies.ATTRIBUTES))).isEqualTo(text);
    }
  }

  @Test
  void javaPolicy_writesTheCanonicalDocument() {
    assertThat(PolicyFormat.yaml().write(Policies.attractiveness()))
        .isEqualTo(Resources.text("attractiveness.yaml"));
    assertThat(PolicyFormat.json().write(Policies.matrix()))
        .isEqualTo(Resources.text("matrix.json"));
  }

  @Test
  void minimalDocuments_takeTheDefaults() {
    ScoringModel<Account> yaml = PolicyFormat.yaml()
        .readModel(Resources.text("minimal.yaml"), Policies.ATTRIBUTES);
    ScoringModel<Account> json = PolicyFormat.json()
        .readModel(Resources.text("minimal.json"), Policies.ATTRIBUTES);
    ScoringModel<Account> java = ScoringModel.builder(Policies.ATTRIBUTES)
        .id("minimal", "1")
        .criterion("margin", "margin", Scale.linear(0, 0.5), 1)
        .build();

    assertThat(yaml.fingerprint()).isEqualTo(java.fingerprint());
    assertThat(json.fingerprint()).isEqualTo(java.fingerprint());
    assertThat(yaml.tiers().all()).singleElement()
        .satisfies(t -> assertThat(t.label()).isEqualTo("all"));
    assertThat(yaml.criteria().get(0).ifMissing()).isEqualTo(java.criteria().get(0).ifMissing());
  }

  @Test
  void matrixDocument_buildsTheJavaMatrix() {
    PortfolioMatrix<Account> java = Policies.matrix();
    PortfolioMatrix<Account> read = PolicyFormat.yaml()
        .readMatrix(Resources.text("matrix.yaml"), Policies.ATTRIBUTES);

    assertThat(read.id()).isEqualTo(java.id());
    assertThat(read.version()).isEqualTo(java.version());
    assertThat(read.rows().model().fingerprint())
        .isEqualTo(java.rows().model().fingerprint());
    assertThat(read.columns().model().fingerprint())
        .isEqualTo(java.columns().model().fingerprint());
    assertThat(read.rows().bands()).isEqualTo(java.rows().bands());
    assertThat(read.columns().bands()).isEqualTo(java.columns().bands());
    assertThat(read.cells()).isEqualTo(java.cells());
    assertThat(read.classify(CHAIN).cell()).isEqualTo(java.classify(CHAIN).cell());
  }

  @Test
  void documentFromAStream_isRead_asUtf8() {
    byte[] bytes = Resources.text("attractiveness.yaml").getBytes(StandardCharsets.UTF_8);

    assertThat(PolicyFormat.yaml()
        .readModel(new ByteArrayInputStream(bytes), Policies.ATTRIBUTES).fingerprint())
        .isEqualTo(Policies.attractiveness().fingerprint());
  }

  @Test
  void streamThatIsNoUtf8_isRejected() {
    byte[] latin1 = "format: kamscore-policy/1\nid: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> PolicyFormat.yaml()
        .readModel(new ByteArrayInputStream(latin1), Policies.ATTRIBUTES))
        .isInstanceOf(PolicyDocumentException.class)
        .hasMessage("document must be UTF-8 but was not: "
            + "java.nio.charset.MalformedInputException: Input length = 1");
  }

  @Test
  void modelBoundToFunctions_cannotBeWritten() {
    ScoringModel<Account> model = ScoringModel.builder(Account.class)
        .id("lambdas", "1")
        .criterion("margin", Account::margin, Scale.linear(0, 0.5), 1)
        .build();

    assertThatThrownBy(() -> PolicyFormat.yaml().write(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion 'margin' of model 'lambdas' must be bound to an attribute to be "
            + "written to a policy document but was bound to a function");
  }

  @Test
  void predicateKnockOut_cannotBeWritten() {
    ScoringModel<Account> model = ScoringModel.builder(Policies.ATTRIBUTES)
        .id("predicate", "1")
        .criterion("margin", "margin", Scale.linear(0, 0.5), 1)
        .knockOut("has-id", a -> !a.id().isEmpty())
        .build();

    assertThatThrownBy(() -> PolicyFormat.json().write(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knock-out 'has-id' of model 'predicate' must be a bound (knockOutBelow or "
            + "knockOutAbove) to be written to a policy document but was a predicate");
  }

  @Test
  void knockOutBoundToAFunction_cannotBeWritten() {
    ScoringModel<Account> model = ScoringModel.builder(Policies.ATTRIBUTES)
        .id("function", "1")
        .criterion("margin", "margin", Scale.linear(0, 0.5), 1)
        .knockOutBelow("minimum-margin", Account::margin, 0.1)
        .build();

    assertThatThrownBy(() -> PolicyFormat.json().write(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knock-out 'minimum-margin' of model 'function' must be bound to an "
            + "attribute to be written to a policy document but was bound to a function");
  }

  @Test
  void levelsOfAnotherType_cannotBeWritten() {
    ScoringModel<java.util.Map<String, ?>> model = ScoringModel.builder(Attributes.ofMaps())
        .id("longs", "1")
        .criterion("size", "size", Scale.levels(List.of(1L, 2L)), 1)
        .build();

    assertThatThrownBy(() -> PolicyFormat.json().write(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels of criterion 'size' must be text, integers, booleans or enum "
            + "constants to be written but were of type: java.lang.Long");
  }

  @Test
  void levelsOfMixedTypes_cannotBeWritten() {
    ScoringModel<java.util.Map<String, ?>> model = ScoringModel.builder(Attributes.ofMaps())
        .id("mixed", "1")
        .criterion("size", "size", Scale.<Object>levels(List.of("one", 2)), 1)
        .build();

    assertThatThrownBy(() -> PolicyFormat.json().write(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels of criterion 'size' must be of one type to be written but were of "
            + "string and integer");
  }

  @Test
  void schema_isTheJarsResource() {
    assertThat(PolicyFormat.schema())
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"const\": \"kamscore-policy/1\"");
  }

  @Test
  void formats_sayWhatTheyAre() {
    assertThat(PolicyFormat.yaml().withLevelTypes(Relevance.class))
        .hasToString("PolicyFormat[yaml, level types [org.kamscore.json.Account$Relevance]]");
    assertThat(PolicyFormat.json()).hasToString("PolicyFormat[json, level types []]");
  }
}
