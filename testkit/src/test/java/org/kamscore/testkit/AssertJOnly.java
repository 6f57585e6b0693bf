package org.kamscore.testkit;

import static org.kamscore.testkit.KamAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamscore.testkit.Account.Relation;

/**
 * A program that uses the testkit with AssertJ alone, for {@link WithoutJUnitTest}: it makes
 * an assertion, a property and a snapshot fail, and prints what each threw.
 */
final class AssertJOnly {
  private AssertJOnly() {}

  /**
   * Runs the three failures; prints one line each, then whether JUnit is on the class path.
   *
   * @param args a directory for the snapshot file
   * @throws Exception if the program itself breaks
   */
  public static void main(String[] args) throws Exception {
    Account account = new Account("K-1", 500_000, 0.2, 0.15, 3, Relation.REGULAR);
    report("assertion", () -> assertThat(Policies.linear().evaluate(account)).hasTier("A"));
    report("property", () -> Policies.varyingAll(PolicyProperties.of(
        Policies.wrongWayKnockOut(), Account::random)).examples(100).checkMonotonic());
    Path file = Files.createTempFile(Path.of(args[0]), "accounts", ".snapshot");
    PolicySnapshot.of(Policies.linear(), Account::id).write("one", List.of(account), file);
    report("snapshot", () -> PolicySnapshot.of(Policies.attractiveness(), Account::id)
        .verify("one", List.of(account), file));
    System.out.println("junit: " + (present("org.junit.jupiter.api.Test")
        || present("org.opentest4j.AssertionFailedError") ? "present" : "absent"));
  }

  private static void report(String what, Runnable failing) {
    try {
      failing.run();
      System.out.println(what + ": passed");
    } catch (AssertionError e) {
      System.out.println(what + ": " + e.getClass().getName() + ": "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static boolean present(String type) {
    try {
      Class.forName(type);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
