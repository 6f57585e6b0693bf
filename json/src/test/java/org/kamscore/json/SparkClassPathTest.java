package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamscore.Evaluation;
import org.kamscore.ScoringModel;

/**
 * Policy documents and decision records need no Jackson mapper: on the class path of a Spark
 * job, where Spark's older jackson-annotations comes first, they still read, write, fail with
 * their pointers, and replay. The build runs this test a second time with the
 * jackson-annotations of Spark 4.0 in place of Jackson 3's (the {@code spark-annotations}
 * execution); it touches no {@code ObjectMapper}, as a Spark job using these types would not.
 */
final class SparkClassPathTest {

  @Test
  void classPath_holdsTheAnnotationsOfTheRun() {
    String expected = System.getProperty("kamscore.annotations");
    String jar = com.fasterxml.jackson.annotation.JsonProperty.class.getProtectionDomain()
        .getCodeSource().getLocation().toString();

    assertThat(jar).contains("jackson-annotations-" + (expected == null ? "2." : expected));
  }

  @Test
  void documents_readAndWrite_withoutAMapper() throws IOException {
    String yaml = resource("attractiveness.yaml");
    String json = resource("attractiveness.json");

    ScoringModel<Account> model = PolicyFormat.yaml().readModel(yaml, Policies.ATTRIBUTES);

    assertThat(model.fingerprint()).isEqualTo(Policies.attractiveness().fingerprint());
    assertThat(PolicyFormat.yaml().write(model)).isEqualTo(yaml);
    assertThat(PolicyFormat.json().write(
        PolicyFormat.json().readModel(json, Policies.ATTRIBUTES))).isEqualTo(json);
    assertThat(PolicyFormat.json().write(PolicyFormat.yaml()
        .readMatrix(resource("matrix.yaml"), Policies.ATTRIBUTES)))
        .isEqualTo(resource("matrix.json"));
  }

  @Test
  void errors_nameTheirValues_withoutAMapper() throws IOException {
    String yaml = resource("attractiveness.yaml").replace("version: \"2026.1\"", "version: 2026.1");

    Throwable thrown = catchThrowable(
        () -> PolicyFormat.yaml().readModel(yaml, Policies.ATTRIBUTES));

    assertThat(thrown).isInstanceOf(PolicyDocumentException.class)
        .hasMessage("/version must be a string but was: 2026.1");
  }

  @Test
  void records_readBack_andReplay_withoutAMapper() {
    ScoringModel<Account> model = Policies.attractiveness();
    for (Account customer : List.of(DecisionRecordTest.CHAIN, DecisionRecordTest.JOINERY)) {
      Evaluation decided = model.evaluate(customer);
      DecisionRecord stored = DecisionRecord.fromJson(DecisionRecord.of(decided).toJson());

      assertThat(stored.replay(model)).isEqualTo(decided);
    }
    PlacementRecord placement = PlacementRecord.of(
        Policies.matrix().classify(DecisionRecordTest.CHAIN));
    assertThat(PlacementRecord.fromJson(placement.toJson())).isEqualTo(placement);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SparkClassPathTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
