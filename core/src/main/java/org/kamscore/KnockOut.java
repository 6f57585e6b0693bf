package org.kamscore;

/**
 * A knock-out criterion of a built {@link ScoringModel}, as declared: a condition a customer
 * must pass, and the best tier a customer that fails it can get.
 *
 * @param name the knock-out's unique name
 * @param description the description, empty if none was given
 * @param condition a readable description of the condition, such as {@code at least 250000.0}
 * @param cap the label of the best tier a failing customer can get
 * @since 0.1.0
 */
public record KnockOut(String name, String description, String condition, String cap) {}
