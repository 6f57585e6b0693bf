/**
 * The CRM portfolio example: a seeded generator of 600 synthetic B2B customers, a CSV reader
 * that reads your own export (its encoding, delimiter and decimal separator detected or declared
 * in an {@link org.kamscore.examples.crm.ExportFormat}) and reports bad rows instead of dropping
 * them, a two-axis key-account policy, and a results writer.
 *
 * <p>The entry point is {@link org.kamscore.examples.crm.CrmPortfolioExample}; the policy is
 * {@link org.kamscore.examples.crm.CrmPolicy}.
 */
package org.kamscore.examples.crm;
