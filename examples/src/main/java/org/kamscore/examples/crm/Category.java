package org.kamscore.examples.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A category column of the CRM export: an enum constant with the label the CSV file uses,
 * such as {@code "furniture retail"} for {@link CrmCustomer.Industry#FURNITURE_RETAIL}.
 *
 * @since 0.1.0
 */
public interface Category {

  /**
   * Returns the label the CSV file uses for this category.
   *
   * @return the label, lower case
   */
  String label();

  /**
   * Returns the labels of all constants of a category, in declaration order.
   *
   * @param <E> the category type
   * @param type the category's enum class
   * @return the labels
   */
  static <E extends Enum<E> & Category> List<String> labels(Class<E> type) {
    List<String> labels = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      labels.add(constant.label());
    }
    return List.copyOf(labels);
  }

  /**
   * Finds the constant with a label; labels are matched exactly, case included.
   *
   * @param <E> the category type
   * @param type the category's enum class
   * @param label the label read from a file
   * @return the constant, or empty if no constant has that label
   */
  static <E extends Enum<E> & Category> Optional<E> of(Class<E> type, String label) {
    for (E constant : type.getEnumConstants()) {
      if (constant.label().equals(label)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
