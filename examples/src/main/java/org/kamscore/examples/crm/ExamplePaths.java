package org.kamscore.examples.crm;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the examples module lies: the working directory when a test or a program runs inside
 * the module, {@code examples/} when Maven runs from the repository root.
 */
final class ExamplePaths {
  private ExamplePaths() {}

  /** The examples module's directory, relative to the working directory. */
  static Path module() {
    Path fromRoot = Path.of("examples");
    return Files.isDirectory(fromRoot.resolve("src")) ? fromRoot : Path.of("");
  }

  /** The examples module's build directory, where programs write their output. */
  static Path target() {
    return module().resolve("target");
  }
}
