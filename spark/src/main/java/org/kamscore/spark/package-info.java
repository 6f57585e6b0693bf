/**
 * kamscore on Apache Spark: score, tier and classify a {@code Dataset<Row>} with a policy
 * document, bit-identical to one JVM, and compute the portfolio analytics of
 * {@link org.kamscore.portfolio} at scale with the same exact boundaries.
 *
 * <p>The entry points are {@link org.kamscore.spark.SparkScoring} for a scoring model,
 * {@link org.kamscore.spark.SparkMatrix} for a portfolio matrix, and
 * {@link org.kamscore.spark.SparkAbc} and {@link org.kamscore.spark.SparkConcentration} for
 * the analytics.
 *
 * <pre>{@code
 * String policy = Files.readString(Path.of("attractiveness.yaml"));
 * Dataset<Row> scored = SparkScoring.of(PolicyFormat.yaml(), policy)
 *     .withKeyColumn("id")
 *     .score(spark.read().parquet("customers"));
 * SparkAbc abc = SparkAbc.of(scored, "revenue", "id");
 * }</pre>
 *
 * <p><b>A document per executor, not a serialized model.</b> A {@link org.kamscore.ScoringModel}
 * is compiled code: criteria read values through functions, and lambdas do not travel well —
 * a serialized lambda needs the same classes on both ends, ties the job to the driver's build,
 * and copies one model per task. This module ships the policy's canonical JSON document
 * instead (a few kilobytes of text in the scoring UDF), and every executor JVM reads it once
 * into a model kept in a small per-JVM cache, whatever the number of tasks, then checks the
 * model's fingerprint against the driver's. Its costs: the criteria must be bound to attributes
 * by name (columns), which a document can express, and each executor pays one document read
 * (milliseconds) at its first task.
 *
 * <p>The alternative, for a policy that only Java can express (a predicate knock-out, a
 * computed value), is a model built in Java in a static holder on the class path of every
 * executor: a class whose static field builds the model when first used, read by a UDF of
 * the caller's. It costs a build and a deployment of the job's jar for every policy change, and
 * nothing checks that driver and executors hold the same policy unless the job compares
 * fingerprints itself. Where the criteria are bound to attributes, a model built in Java can
 * still be shipped as a document with {@link org.kamscore.spark.SparkScoring#of(
 * org.kamscore.ScoringModel)}.
 *
 * <p><b>Spark.</b> Spark 4 ({@code spark-sql_2.13}) is a {@code provided} dependency: the
 * cluster brings it. Spark's jars are not Java modules, so this module has no
 * {@code module-info}; its jar names itself {@code org.kamscore.spark} for the module path.
 *
 * @since 0.1.0
 */
package org.kamscore.spark;
