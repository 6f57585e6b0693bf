package org.kamscore;

/**
 * A criterion of a built {@link ScoringModel}, as declared: for reading a model back, such as
 * in a policy review or a report.
 *
 * @param name the criterion's unique name
 * @param description the description, empty if none was given
 * @param weight the relative weight as declared
 * @param weightShare the weight's share of all weights, in {@code [0, 1]}; 0 only for a weight
 *     so small against the largest (a factor beyond about 1e308) that its share underflows
 * @param scale a readable description of the scale
 * @param direction the direction of the scale
 * @param ifMissing the policy for missing values
 * @since 0.1.0
 */
public record Criterion(
    String name,
    String description,
    double weight,
    double weightShare,
    String scale,
    Direction direction,
    MissingValue ifMissing) {}
