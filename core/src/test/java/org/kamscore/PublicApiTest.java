package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exported package is closed: a field added later must not break a user, so no public
 * type is a record or has a constructor a user can call, and every public type that is not
 * an enum is final or sealed.
 */
final class PublicApiTest {

  /** Every type compiled into core's packages, found in the class folder. */
  private static List<Class<?>> coreTypes() throws IOException, URISyntaxException {
    Path root = Path.of(ScoringModel.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/kamscore"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = root.relativize(file).toString().replace('/', '.');
        if (name.endsWith(".class") && !name.endsWith("package-info.class")) {
          try {
            types.add(Class.forName(name.substring(0, name.length() - ".class".length())));
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return types;
  }

  @Test
  void publicTypes_areClosed() throws Exception {
    List<Class<?>> types = coreTypes();
    assertThat(types).extracting(Class::getPackageName).contains(
        "org.kamscore", "org.kamscore.matrix", "org.kamscore.chart", "org.kamscore.portfolio");
    for (Class<?> type : types) {
      if (!Modifier.isPublic(type.getModifiers()) || type.isEnum()) {
        continue;
      }
      assertThat(type.isRecord()).as("%s is a record", type.getName()).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers()) || type.isSealed())
          .as("%s is final or sealed", type.getName()).isTrue();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(constructor.getModifiers())
                || Modifier.isProtected(constructor.getModifiers()))
            .as("%s is callable by users", constructor).isFalse();
      }
    }
  }
}
