package org.kamscore.json;

import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Reuses the builders' own checks on a document: a builder or factory call that throws
 * {@link IllegalArgumentException} or {@link IllegalStateException} becomes a
 * {@link PolicyDocumentException} at the pointer of what it was given. Where one call takes
 * several fields, the start of the builder's message, which names what it checks ({@code
 * "weight of criterion ..."}), picks the field; otherwise the pointer is the call's element.
 */
final class Located {
  private Located() {}

  /**
   * Calls a builder or factory.
   *
   * @param pointer the element the call reads
   * @param call the call
   * @param fields pairs of a message start and the field (a pointer suffix) it names
   */
  static <R> R call(String pointer, Supplier<R> call, String... fields) {
    try {
      return call.get();
    } catch (PolicyDocumentException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw at(pointer + field(e.getMessage(), fields), e);
    }
  }

  static void run(String pointer, Runnable call, String... fields) {
    call(pointer, () -> {
      call.run();
      return null;
    }, fields);
  }

  private static String field(String message, String[] fields) {
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (message != null && message.startsWith(fields[i])) {
        return fields[i + 1];
      }
    }
    return "";
  }

  /** A builder's failure at a pointer: {@code <pointer>: <the builder's message>}. */
  static PolicyDocumentException at(String pointer, RuntimeException e) {
    return new PolicyDocumentException(pointer,
        Cursor.where(pointer) + ": " + e.getMessage(), e);
  }

  /**
   * Finds the least {@code k} in {@code [from, to]} for which {@code fails} holds, by bisection,
   * where failure is monotone: once a prefix of {@code k} declarations fails, every longer one
   * does.
   *
   * @return the least failing {@code k}, or -1 if {@code fails(to)} does not hold
   */
  static int firstFailing(int from, int to, IntPredicate fails) {
    if (from > to || !fails.test(to)) {
      return -1;
    }
    int low = from;
    int high = to;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (fails.test(middle)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** Whether a call throws a builder's exception. */
  static boolean fails(Runnable call) {
    try {
      call.run();
      return false;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return true;
    }
  }
}
