package org.kamscore.json;

/**
 * A customer of the tests: numbers, an enum rating, a flag, an integer rating and text.
 *
 * @param id the CRM key
 * @param revenue annual revenue in euros
 * @param margin contribution margin as a ratio
 * @param growth growth rated 1..5
 * @param relevance strategic relevance
 * @param reference whether the customer is a reference customer
 * @param segment the sales segment
 * @param discount the discount demanded, as a ratio
 */
record Account(String id, Double revenue, double margin, Integer growth, Relevance relevance,
    Boolean reference, String segment, double discount) {

  /** Strategic relevance, worst first. */
  enum Relevance { NONE, REGIONAL, LIGHTHOUSE }
}
