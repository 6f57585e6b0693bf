package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The testkit needs AssertJ and no test framework: {@link AssertJOnly} runs in a JVM of its
 * own, on this test's class path without JUnit, opentest4j and QuickTheories, and every
 * failure is a plain {@link AssertionError}. Under JUnit (this test's own JVM), a snapshot
 * failure carries both texts for the IDE's diff view; see {@code SnapshotTest}.
 */
final class WithoutJUnitTest {
  @TempDir
  Path directory;

  @Test
  void assertionsPropertiesAndSnapshots_failWithPlainAssertionErrors_withoutJUnit()
      throws IOException, InterruptedException {
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPathWithoutTestFrameworks(), AssertJOnly.class.getName(),
        directory.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    int exit = process.waitFor();

    assertThat(exit).as("exit code; stderr:%n%s", Files.readString(err)).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
        "assertion: java.lang.AssertionError: Expecting evaluation to have tier \"A\" but it"
            + " had tier \"B\"",
        "property: java.lang.AssertionError: policy property 'monotonic' failed for model"
            + " 'attractiveness' 1.0",
        "snapshot: java.lang.AssertionError: snapshot of portfolio 'one' does not match the"
            + " policy: " + Files.list(directory).filter(f -> f.toString().endsWith(".snapshot"))
            .findFirst().orElseThrow(),
        "junit: absent");
  }

  /** Surefire's test class path (or the JVM's), less JUnit, opentest4j and QuickTheories. */
  private static String classPathWithoutTestFrameworks() {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> kept = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (!name.startsWith("junit-") && !name.startsWith("opentest4j")
          && !name.startsWith("apiguardian") && !name.startsWith("quicktheories")
          && !name.startsWith("surefire") && !name.startsWith("common-")) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }
}
