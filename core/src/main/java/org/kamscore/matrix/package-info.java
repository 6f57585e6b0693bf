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
 * cell and a text rendering for logs. {@link org.kamscore.matrix.PortfolioChart} draws a
 * classification as a standalone SVG bubble chart.
 */
package org.kamscore.matrix;
