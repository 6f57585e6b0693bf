/**
 * kamscore json: policies as versioned JSON and YAML documents with a JSON Schema, decision
 * records that replay bit for bit, and a Jackson module for kamscore's results.
 *
 * <p>The entry points are {@link org.kamscore.json.PolicyFormat} for policy documents,
 * {@link org.kamscore.json.DecisionRecord} for decision records and
 * {@link org.kamscore.json.KamscoreModule} for a service's own Jackson mapper. The module uses
 * Jackson 3 ({@code tools.jackson}), which shares a class path with the Jackson 2 of Apache
 * Spark.
 */
module org.kamscore.json {
  requires transitive org.kamscore;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports org.kamscore.json;

  provides tools.jackson.databind.JacksonModule with org.kamscore.json.KamscoreModule;
}
