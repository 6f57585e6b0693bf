package org.kamscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each exported package has a package-private {@code Checks}, as sharing one would take a
 * public "internal" package; the copies must not drift apart.
 */
final class ChecksCopiesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/kamscore");

  private static String withoutPackage(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("package [a-z.]+;", "");
  }

  @Test
  void everyCopy_isTheCoreOne() throws IOException {
    String core = withoutPackage(SOURCES.resolve("Checks.java"));
    for (String copy : new String[] {"matrix", "chart", "portfolio", "review", "decision"}) {
      assertThat(withoutPackage(SOURCES.resolve(copy).resolve("Checks.java")))
          .as("org.kamscore.%s.Checks", copy)
          .isEqualTo(core);
    }
  }
}
