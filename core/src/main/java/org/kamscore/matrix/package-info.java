/**
 * Portfolio matrices: scoring models cut into ordered {@link org.kamscore.matrix.Bands}.
 *
 * <p>The entry point is {@link org.kamscore.matrix.Bands#cutAt(double...)}.
 */
package org.kamscore.matrix;
