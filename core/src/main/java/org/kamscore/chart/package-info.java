/**
 * Pictures of a classified portfolio: a standalone SVG bubble chart of every customer at its
 * two axis scores, sized by a measure such as revenue, coloured by its matrix cell, with
 * customers that a knock-out capped drawn apart.
 *
 * <p>The entry point is
 * {@link org.kamscore.chart.PortfolioChart#of(org.kamscore.matrix.Classification,
 * java.util.function.ToDoubleFunction)}:
 *
 * <pre>{@code
 * PortfolioChart.of(matrix.classifyAll(customers), Customer::revenue)
 *     .title("Key accounts 2026")
 *     .label(Customer::name)
 *     .writeTo(Path.of("portfolio.svg"));
 * }</pre>
 */
package org.kamscore.chart;
