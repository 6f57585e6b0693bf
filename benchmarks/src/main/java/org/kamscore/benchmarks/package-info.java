/**
 * JMH benchmarks of kamscore against a hand-written loop and Easy Rules 4.1 on one shared
 * workload. {@link org.kamscore.benchmarks.Workload} holds the models and the customers;
 * {@link org.kamscore.benchmarks.PerCustomerBenchmark} and
 * {@link org.kamscore.benchmarks.BatchBenchmark} time them. Run with {@code benchmarks/run.sh};
 * the numbers are in {@code benchmarks/RESULTS.md}.
 */
package org.kamscore.benchmarks;
