/**
 * Policies as data, and decisions that leave the JVM.
 *
 * <p><b>Policy documents.</b> {@link org.kamscore.json.PolicyFormat} reads a scoring model or
 * a portfolio matrix from a versioned JSON or YAML document ({@code format:
 * kamscore-policy/1}), bound to the customer's attributes by name through
 * {@link org.kamscore.Attributes}, and writes such a model back as a canonical document. Its
 * JSON Schema is {@link org.kamscore.json.PolicyFormat#schema()}. A document that breaks a rule
 * fails with a {@link org.kamscore.json.PolicyDocumentException} naming the JSON Pointer.
 *
 * <pre>{@code
 * ScoringModel<Customer> model = PolicyFormat.yaml()
 *     .readModel(yamlText, Attributes.ofRecord(Customer.class));
 * }</pre>
 *
 * <p><b>Decision records.</b> {@link org.kamscore.json.DecisionRecord} is an
 * {@link org.kamscore.Evaluation} as one line of JSON: model id, version and fingerprint, the
 * customer's declared id, score, tiers, contributions with raw values, reasons and failed
 * knock-outs. A record reads back and replays on a model of the same fingerprint, bit for bit.
 * {@link org.kamscore.json.PlacementRecord}, {@link org.kamscore.json.BatchRecord} and
 * {@link org.kamscore.json.ClassificationRecord} do the same for placements, batches with their
 * errors, and matrix classifications.
 *
 * <pre>{@code
 * String line = DecisionRecord.of(model.evaluate(customer)).toJson();
 * Evaluation again = DecisionRecord.fromJson(line).replay(model);
 * }</pre>
 *
 * <p><b>Jackson.</b> Registering {@link org.kamscore.json.KamscoreModule} with a service's own
 * {@code JsonMapper} makes it write kamscore's results in the shape of these records and read
 * the records back.
 *
 * @since 0.1.0
 */
package org.kamscore.json;
