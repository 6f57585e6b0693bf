/**
 * The CRM portfolio example: a seeded generator of 600 synthetic B2B customers and a CSV reader
 * that reports bad rows instead of dropping them.
 *
 * <p>The entry points are {@link org.kamscore.examples.crm.PortfolioGenerator} and
 * {@link org.kamscore.examples.crm.PortfolioCsv}.
 */
package org.kamscore.examples.crm;
