package org.kamscore.portfolio;

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
 * The package's public types are closed: a field added later must not break a user, so no
 * public type is a record or has a constructor a user can call; the others are enums.
 */
final class PublicApiTest {

  /** Every top-level and nested type compiled into the package, found in the class folder. */
  private static List<Class<?>> packageTypes() throws IOException, URISyntaxException {
    Path root = Path.of(AbcAnalysis.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path folder = root.resolve("org/kamscore/portfolio");
    assertThat(folder).as("the package's class folder").isDirectory();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.equals("package-info.class")) {
          try {
            types.add(Class.forName("org.kamscore.portfolio."
                + name.substring(0, name.length() - ".class".length())));
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return types;
  }

  @Test
  void publicTypes_areEnumsOrFinalClasses_withoutPublicOrProtectedConstructors()
      throws Exception {
    List<String> publicClasses = new ArrayList<>();
    for (Class<?> type : packageTypes()) {
      if (!Modifier.isPublic(type.getModifiers()) || type.isEnum()) {
        continue;
      }
      publicClasses.add(type.getSimpleName());
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isTrue();
      assertThat(type.isRecord()).as("%s is a record", type.getName()).isFalse();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(constructor.getModifiers())
                || Modifier.isProtected(constructor.getModifiers()))
            .as("%s is callable by users", constructor).isFalse();
      }
    }
    assertThat(publicClasses).containsExactlyInAnyOrder("AbcAnalysis", "AbcEntry",
        "Concentration", "CustomerShare", "TierChange", "TierMigration");
  }
}
