package org.kamscore.spark.example;

import java.security.AccessController;
import java.util.Optional;
import javax.security.auth.Subject;

/**
 * Whether Spark can read and write files on this JDK. Spark 4.1.1 reads and writes files
 * through Hadoop 3.4, whose user and file-system code calls {@code Subject.getSubject}; JDK 24
 * and later throw {@link UnsupportedOperationException} there (JEP 486 disabled the Security
 * Manager for good), so CSV and Parquet fail, while jobs in memory still run.
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
      return Optional.of("JDK " + Runtime.version().feature() + " no longer supports "
          + "Subject.getSubject (JEP 486), which Hadoop 3.4 under Spark 4.1.1 calls to read and "
          + "write files: the CSV-to-Parquet example job runs on JDKs before 24 (Spark 4.1 supports "
          + "17 and 21)");
    }
  }
}
