package org.kamscore;

import static java.util.Objects.requireNonNull;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a customer type's attributes are read by name, so that criteria and knock-outs can be
 * bound to an attribute instead of a lambda, and a policy document can name what it scores.
 * Start a model with {@link ScoringModel#builder(Attributes)}.
 *
 * <pre>{@code
 * record Customer(String id, double revenueShare, Relevance relevance) {}
 *
 * ScoringModel<Customer> model = ScoringModel.builder(Attributes.ofRecord(Customer.class))
 *     .id("attractiveness", "2026.1")
 *     .criterion("revenue-share", "revenueShare", Scale.linear(0, 0.3), 30)
 *     .criterion("relevance", "relevance", Scale.levels(Relevance.class), 20)
 *     .build();
 *
 * ScoringModel<Map<String, ?>> rows = ScoringModel.builder(Attributes.ofMaps()) ...
 * }</pre>
 *
 * <p>A missing attribute of a map row, or a {@code null} value, is a missing value: the
 * criterion's {@link MissingValue} policy applies. A value of the wrong type (text where a
 * number belongs, or a level of another type than the scale's) fails with a
 * {@link ScoringException} naming the attribute, the expected and the actual type, never the
 * value or the customer. Numeric attributes accept any {@link Number}; ordinal attributes
 * accept the scale's level type, and a constant's name where the levels are text.
 *
 * <p>Instances are immutable and thread-safe if the readers given to {@link #of} are.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class Attributes<T> {
  private final Class<?> type;
  /** The attributes by name, in declaration order; null if any name is read (maps). */
  private final Map<String, Function<? super T, ?>> readers;

  private Attributes(Class<?> type, Map<String, Function<? super T, ?>> readers) {
    this.type = type;
    this.readers = readers;
  }

  /**
   * Reads attributes from {@code Map<String, ?>} rows, such as parsed CSV lines or JSON
   * objects: any name may be bound, and a row without the key has a missing value.
   *
   * @return the attributes of map rows
   */
  public static Attributes<Map<String, ?>> ofMaps() {
    return new Attributes<>(Map.class, null);
  }

  /**
   * Reads the components of a record by their names, through method handles. On the module
   * path the record's package must be open to the module {@code org.kamscore}, as in
   * {@code opens com.acme.crm to org.kamscore;}.
   *
   * @param <R> the record type
   * @param type the record class
   * @return the record's components as attributes, in declaration order
   * @throws IllegalArgumentException if the record's package is not open to
   *     {@code org.kamscore}
   */
  public static <R extends Record> Attributes<R> ofRecord(Class<R> type) {
    requireNonNull(type, "type");
    Checks.requireArgument(type.isRecord(), "type must be a record class but was: %s",
        type.getName());
    MethodHandles.Lookup lookup = lookupIn(type);
    Map<String, Function<? super R, ?>> readers = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      MethodHandle accessor;
      try {
        accessor = lookup.unreflect(component.getAccessor())
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw notOpen(type, e);
      }
      readers.put(component.getName(), new Accessor<>(accessor));
    }
    return new Attributes<>(type, readers);
  }

  /**
   * Reads attributes through functions of the caller's, one per name, such as getters of a
   * JavaBean or of a CRM entity.
   *
   * <pre>{@code
   * Attributes.of(Account.class, Map.of("revenue", Account::getRevenue, "rating", Account::getRating))
   * }</pre>
   *
   * @param <T> the customer type
   * @param type the customer class, for messages
   * @param readers per attribute name the function that reads it; iterated once, in the
   *     map's order
   * @return the attributes
   * @throws IllegalArgumentException if a name is blank
   * @throws NullPointerException if a name or a reader is {@code null}
   */
  public static <T> Attributes<T> of(
      Class<T> type, Map<String, ? extends Function<? super T, ?>> readers) {
    requireNonNull(type, "type");
    requireNonNull(readers, "readers");
    Map<String, Function<? super T, ?>> copy = new LinkedHashMap<>();
    readers.forEach((name, reader) -> copy.put(Checks.requireName(name, "attribute name"),
        Checks.requireNonNull(reader, "reader of attribute '%s'", name)));
    return new Attributes<>(type, copy);
  }

  private static MethodHandles.Lookup lookupIn(Class<?> type) {
    Attributes.class.getModule().addReads(type.getModule()); // a no-op on the class path
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw notOpen(type, e);
    }
  }

  private static IllegalArgumentException notOpen(Class<?> type, IllegalAccessException e) {
    return new IllegalArgumentException(Checks.format(
        "package %s of record %s must be open to module org.kamscore "
            + "(add 'opens %s to org.kamscore;' to the module-info.java of %s) but was not: %s",
        type.getPackageName(), type.getName(), type.getPackageName(), type.getModule(),
        e.getMessage()), e);
  }

  /**
   * Returns the class whose attributes these are: the record or the declared class, or
   * {@code Map} for map rows.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the names that can be bound, in declaration order, or an empty list for map rows,
   * where any name can be.
   *
   * @return an unmodifiable list of the names
   */
  public List<String> names() {
    return readers == null ? List.of() : List.copyOf(readers.keySet());
  }

  /** The reader of an attribute, or null if there is no attribute of that name. */
  Function<? super T, ?> reader(String name) {
    if (readers == null) {
      return row -> ((Map<?, ?>) row).get(name);
    }
    return readers.get(name);
  }

  /**
   * Returns a summary such as {@code Attributes[com.acme.Customer: id, revenue, rating]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Attributes[" + type.getName() + (readers == null ? ": any key" : ": "
        + String.join(", ", readers.keySet())) + "]";
  }

  /** A record component's accessor as a function. */
  private static final class Accessor<R> implements Function<R, Object> {
    private final MethodHandle handle;

    Accessor(MethodHandle handle) {
      this.handle = handle;
    }

    @Override
    public Object apply(R record) {
      try {
        return (Object) handle.invokeExact((Object) record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e); // accessors of records declare no checked exception
      }
    }
  }
}
