package org.kamscore.spark.example;

import java.security.AccessController;
import java.util.Optional;
import javax.security.auth.Subject;

/**
 * Whether Spark can read and write files on this JDK. Spark 4.1.1 reads and writes files
 * through Hadoop 3.4, whose user and file-system code calls {@code Subject.getSubject}; from
 * JDK 23 on that throws {@link UnsupportedOperationException} unless the Security Manager is
 * allowed, which JDK 24 no longer can be (JEP 486), so CSV and Parquet fail, while jobs in
 * memory still run.
 */
final class HadoopFiles {
  private HadoopFiles() {}

  /**
   * Tells why files cannot be used, if they cannot.
   *
   * @return the reason, or empty where files work
   */
  @SuppressWarnings("removal")
  static Optional<String> unsupported() {
    try {
      Subject.getSubject(AccessController.getContext());
      return Optional.empty();
    } catch (UnsupportedOperationException e) {
      return Optional.of("JDK " + Runtime.version().feature() + " refuses Subject.getSubject "
          + "(from JDK 23 on, unless the Security Manager is allowed, which JEP 486 ended in JDK "
          + "24), and Hadoop 3.4 under Spark 4.1.1 calls it to read and write files: the "
          + "CSV-to-Parquet example job runs on JDK 17 and 21, the JDKs Spark 4.1 supports");
    }
  }
}
