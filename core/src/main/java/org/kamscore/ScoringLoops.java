package org.kamscore;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a model's scoring loop into a class of its own, without a bytecode library: the
 * bytes of {@link ScoringLoopTemplate}, read from this module's own class file, defined as a
 * hidden class whose class data is the model's criteria ({@link
 * MethodHandles.Lookup#defineHiddenClassWithClassData}). The hidden class is not strongly
 * held by the class loader: it is unloaded with the last model that uses it.
 *
 * <p>A model is not compiled, and scores through the interpreted loop, bit for bit the same,
 * if it has more criteria than the template has slots, if the system property
 * {@value #PROPERTY} is {@code false}, or if the hidden class cannot be defined (the class
 * file not found, a security manager, a runtime without hidden classes); the last is logged
 * once at info level.
 */
final class ScoringLoops {
  /** The system property that, set to {@code false}, turns compilation off. */
  static final String PROPERTY = "kamscore.compiledScoring";
  /** The template's simple name: named, not referenced, so that it is never loaded as itself. */
  static final String TEMPLATE = "ScoringLoopTemplate";

  private static final Logger LOG = LoggerFactory.getLogger(ScoringLoops.class);
  private static final AtomicBoolean FAILED_BEFORE = new AtomicBoolean();

  private ScoringLoops() {}

  /** The template's class file, read once; null if it cannot be read or compiling is off. */
  private static final class Template {
    static final byte[] BYTES = enabled() ? read(TEMPLATE) : null;
  }

  /** The model's compiled loop, or null if it scores through the interpreted loop. */
  static <T> ScoringLoop<T> compile(List<CompiledCriterion<T>> criteria) {
    return compile(criteria, Template.BYTES);
  }

  /** The loop compiled from a template's bytes, or null if they are null or cannot be. */
  static <T> ScoringLoop<T> compile(List<CompiledCriterion<T>> criteria, byte[] template) {
    if (template == null || criteria.size() > ScoringLoopTemplate.SLOTS) {
      return null;
    }
    try {
      MethodHandles.Lookup loop = MethodHandles.lookup()
          .defineHiddenClassWithClassData(template, List.copyOf(criteria), true);
      @SuppressWarnings("unchecked")
      ScoringLoop<T> compiled = (ScoringLoop<T>) loop
          .findConstructor(loop.lookupClass(), MethodType.methodType(void.class))
          .invoke();
      return compiled;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) { // also a runtime's UnsupportedFeatureError, as in a native image
      unavailable(e);
      return null;
    }
  }

  /** A class file of this package, by simple name; null if it cannot be read. */
  static byte[] read(String simpleName) {
    try (InputStream in = ScoringLoops.class.getResourceAsStream(simpleName + ".class")) {
      if (in == null) {
        unavailable(new IOException("class file not found: " + simpleName + ".class"));
        return null;
      }
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      unavailable(e);
      return null;
    }
  }

  private static boolean enabled() {
    try {
      return !"false".equals(System.getProperty(PROPERTY));
    } catch (SecurityException e) {
      return true;
    }
  }

  /** Logs, once per JVM, why models score through the interpreted loop. */
  private static void unavailable(Throwable cause) {
    if (FAILED_BEFORE.compareAndSet(false, true)) {
      LOG.info("scoring loops are not compiled, models score through the interpreted loop "
          + "(the same results, slower): {}", cause.toString());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("scoring loop not compiled: {}", cause.toString());
    }
  }
}
