/**
 * Portfolio matrices: two scoring models, each cut into ordered {@link org.kamscore.matrix.Bands},
 * span a grid of named cells with recommended treatments, and every customer lands in exactly
 * one cell.
 *
 * <p>The entry point is {@link org.kamscore.matrix.PortfolioMatrix#builder(Class)}; ready-made
 * matrices — the key-account 2×2 and the nine-box — come from
 * {@link org.kamscore.matrix.MatrixPresets}. A matrix
 * {@linkplain org.kamscore.matrix.PortfolioMatrix#classify(Object) classifies} one customer
 * into a {@link org.kamscore.matrix.Placement}, or
 * {@linkplain org.kamscore.matrix.PortfolioMatrix#classifyAll(java.util.Collection) a
 * collection} into a {@link org.kamscore.matrix.Classification} with counts and members per
 * cell and a text rendering for logs.
 *
 * <p>Knock-outs cap matrix bands as they cap tiers: a customer that fails a knock-out of an
 * axis's model sits at most in that knock-out's cap band on that axis — the lowest band unless
 * the matrix names another — and its {@link org.kamscore.matrix.Placement} names the
 * knock-outs that held it down. {@link org.kamscore.chart.PortfolioChart} draws a
 * classification as a standalone SVG bubble chart.
 */
package org.kamscore.matrix;
