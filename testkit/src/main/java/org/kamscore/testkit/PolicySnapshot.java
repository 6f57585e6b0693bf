package org.kamscore.testkit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * A snapshot test: stores the tiers, cells and scores of a named test portfolio in a text file
 * that is reviewed and committed with the policy, and fails when a later policy scores the
 * portfolio differently, saying who moved from which tier or cell to which, by how many points,
 * and which criteria moved them.
 *
 * <pre>{@code
 * PolicySnapshot.of(CrmPolicy.matrix(), CrmCustomer::id)
 *     .verify("crm-portfolio", customers,
 *         Path.of("src/test/resources/org/kamscore/examples/crm/crm-portfolio.snapshot"));
 * }</pre>
 *
 * <p><b>Updating.</b> With the system property {@value #UPDATE_PROPERTY} set to {@code true},
 * {@link #verify} writes the file instead of comparing, creating its directories: run the
 * tests once that way ({@code mvn test -Dkamscore.snapshot.update=true}), review the diff of
 * the file, and commit it. A missing file fails, so that a forgotten snapshot never passes.
 *
 * <p><b>The file</b> is UTF-8 text with {@code '\n'} line ends, the same bytes on every JDK and
 * in every locale. A header names the portfolio and each model with its version and
 * fingerprint; then one line per customer, sorted by its declared id:
 *
 * <pre>
 * C-0042 cell=develop row=high column=low | rows tier=A score=61.02 exact=0x1.e828f5c28f5c3p5
 *   failed=- | revenue=20.1000 contribution-margin=10.0000 ... | columns tier=weak ...
 * </pre>
 *
 * <p>(one line in the file): for a matrix the cell and both bands; for each model the tier, the
 * score rounded to two decimals for reading and exactly, in Java's hexadecimal notation, for
 * checking; the failed knock-outs, {@code -} for none; and the points of each criterion,
 * rounded to four decimals. Names that are not plain ASCII words are quoted. Keep the file
 * byte for byte in git: {@code *.snapshot -text} in {@code .gitattributes}.
 *
 * <p>Immutable and thread-safe; failures are {@link AssertionError}s.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class PolicySnapshot<T> {
  /** The system property that makes {@link #verify} rewrite the snapshot: {@code true}. */
  public static final String UPDATE_PROPERTY = "kamscore.snapshot.update";

  private final Policy<T> policy;
  private final Function<? super T, String> customerId;

  private PolicySnapshot(Policy<T> policy, Function<? super T, String> customerId) {
    this.policy = policy;
    this.customerId = requireNonNull(customerId, "customerId");
  }

  /**
   * Snapshots of a scoring model: tiers, scores, failed knock-outs and points.
   *
   * @param <T> the customer type
   * @param model the model
   * @param customerId the customer's declared id, unique in a portfolio
   * @return the snapshots
   * @throws NullPointerException if an argument is {@code null}
   */
  public static <T> PolicySnapshot<T> of(ScoringModel<T> model,
      Function<? super T, String> customerId) {
    return new PolicySnapshot<>(Policy.of(model), customerId);
  }

  /**
   * Snapshots of a portfolio matrix: cells and bands, and for both axis models tiers, scores,
   * failed knock-outs and points.
   *
   * @param <T> the customer type
   * @param matrix the matrix
   * @param customerId the customer's declared id, unique in a portfolio
   * @return the snapshots
   * @throws NullPointerException if an argument is {@code null}
   */
  public static <T> PolicySnapshot<T> of(PortfolioMatrix<T> matrix,
      Function<? super T, String> customerId) {
    return new PolicySnapshot<>(Policy.of(matrix), customerId);
  }

  /**
   * Renders the snapshot of a portfolio: the text {@link #verify} compares and writes.
   *
   * @param portfolio the portfolio's name, shown in the file and in failures
   * @param customers the customers, in any order
   * @return the text
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code portfolio} is blank, or a customer's id is
   *     {@code null} or blank, or two customers have the same id
   * @throws org.kamscore.ScoringException if a customer cannot be scored
   */
  public String render(String portfolio, Collection<? extends T> customers) {
    return snapshot(portfolio, customers).render();
  }

  /**
   * Compares the snapshot of a portfolio with the stored file, or rewrites the file if the
   * system property {@value #UPDATE_PROPERTY} is {@code true}.
   *
   * @param portfolio the portfolio's name, shown in the file and in failures
   * @param customers the customers, in any order
   * @param file the snapshot file, such as under {@code src/test/resources}
   * @throws AssertionError if the file is missing, or the policy scores the portfolio
   *     differently: the migration, customer by customer
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException as {@link #render} does
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public void verify(String portfolio, Collection<? extends T> customers, Path file) {
    requireNonNull(file, "file");
    Snapshot current = snapshot(portfolio, customers);
    String text = current.render();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(file, text);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(Checks.format("snapshot file %s does not exist; run the tests"
          + " with -D%s=true to write it, then review and commit it", file, UPDATE_PROPERTY));
    }
    String stored = read(file);
    if (stored.equals(text)) {
      return;
    }
    if (stored.replace("\r\n", "\n").equals(text)) {
      throw new AssertionError(Checks.format("snapshot file %s has \\r\\n line ends, but"
          + " snapshots are written with \\n: keep the file byte for byte, such as with"
          + " '*.snapshot -text' in .gitattributes", file));
    }
    throw Failures.withValues(Migration.report(file.toString(), stored, current), stored, text);
  }

  /**
   * Writes the snapshot of a portfolio, creating the file's directories.
   *
   * @param portfolio the portfolio's name, shown in the file and in failures
   * @param customers the customers, in any order
   * @param file the snapshot file
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException as {@link #render} does
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(String portfolio, Collection<? extends T> customers, Path file) {
    requireNonNull(file, "file");
    write(file, render(portfolio, customers));
  }

  private Snapshot snapshot(String portfolio, Collection<? extends T> customers) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(customers, "customers");
    Checks.requireArgument(!portfolio.isBlank(), "portfolio must not be blank but was: '%s'",
        portfolio);
    return Snapshot.of(policy, portfolio, customers, customerId);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot file " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot file " + file, e);
    }
  }

  /**
   * Returns a summary such as {@code PolicySnapshot[matrix 'crm-key-account-matrix' 2026.1]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PolicySnapshot[" + policy.title() + "]";
  }
}
