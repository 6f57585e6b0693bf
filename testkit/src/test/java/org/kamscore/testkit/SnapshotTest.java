package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.testkit.Account.Relation;
import org.opentest4j.AssertionFailedError;

final class SnapshotTest {
  private static final ScoringModel<Account> MODEL = Policies.linear();
  /** Points by hand: revenue to 1,000,000 (40), margin to 0.4 (30), discount 0.3..0 (20), 10. */
  private static final List<Account> PORTFOLIO = List.of(
      new Account("K-2", 1_000_000, 0.4, 0, 12, Relation.PARTNER),   // 100, A
      new Account("K-10", 500_000, 0.2, 0.15, 3, Relation.REGULAR),  // 50, B
      new Account("K-1", 100_000, 0.4, 0, 6, Relation.PARTNER),      // 64, A, knocked out: C
      new Account("K-3", 1_000_000, 0, 0.3, 0, Relation.NEW));       // 40, B
  /** The weights moved 10 points from revenue to margin. */
  private static final ScoringModel<Account> MARGIN_WEIGHS_MORE =
      MODEL.toBuilder().weight("revenue", 30).weight("margin", 40).build();

  @TempDir
  Path directory;

  @Test
  void render_oneLinePerCustomer_sortedById_withExactScores() {
    String text = PolicySnapshot.of(MODEL, Account::id).render("test-accounts", PORTFOLIO);

    assertThat(text).isEqualTo(""
        + "# kamscore policy snapshot 1\n"
        + "# portfolio test-accounts with 4 customers\n"
        + "# model attractiveness 1.0 fingerprint " + MODEL.fingerprint() + "\n"
        + "# one line per customer, sorted by id: for each model its tier,\n"
        + "# its score rounded to 2 decimals and exactly (Java hex), the knock-outs it failed,\n"
        + "# and the points of each criterion rounded to 4 decimals\n"
        + "K-1 | model tier=C score=64.00 exact=0x1.0p6 failed=minimum-revenue"
        + " | revenue=4.0000 margin=30.0000 discount=20.0000 relation=10.0000\n"
        + "K-10 | model tier=B score=50.00 exact=0x1.9p5 failed=-"
        + " | revenue=20.0000 margin=15.0000 discount=10.0000 relation=5.0000\n"
        + "K-2 | model tier=A score=100.00 exact=0x1.9p6 failed=-"
        + " | revenue=40.0000 margin=30.0000 discount=20.0000 relation=10.0000\n"
        + "K-3 | model tier=B score=40.00 exact=0x1.4p5 failed=-"
        + " | revenue=40.0000 margin=0.0000 discount=0.0000 relation=0.0000\n");
  }

  @Test
  void render_ofAMatrix_showsCellAndBands_andBothModels() {
    PortfolioMatrix<Account> matrix = Policies.matrix(MODEL);

    String text = PolicySnapshot.of(matrix, Account::id).render("one", PORTFOLIO.subList(0, 1));

    assertThat(text).isEqualTo(""
        + "# kamscore policy snapshot 1\n"
        + "# portfolio one with 1 customers\n"
        + "# matrix key-account-matrix 1.0\n"
        + "# rows attractiveness 1.0 fingerprint " + MODEL.fingerprint() + "\n"
        + "# columns loyalty 1.0 fingerprint " + Policies.loyalty().fingerprint() + "\n"
        + "# one line per customer, sorted by id: its cell and bands; for each model its tier,\n"
        + "# its score rounded to 2 decimals and exactly (Java hex), the knock-outs it failed,\n"
        + "# and the points of each criterion rounded to 4 decimals\n"
        + "K-2 cell=\"key account\" row=high column=high"
        + " | rows tier=A score=100.00 exact=0x1.9p6 failed=-"
        + " | revenue=40.0000 margin=30.0000 discount=20.0000 relation=10.0000"
        + " | columns tier=strong score=100.00 exact=0x1.9p6 failed=- | years=100.0000\n");
  }

  @Test
  void verify_samePolicy_passes_whateverTheOrderOfTheCustomers() throws IOException {
    Path file = directory.resolve("accounts.snapshot");
    PolicySnapshot.of(MODEL, Account::id).write("test-accounts", PORTFOLIO, file);

    assertThatCode(() -> PolicySnapshot.of(Policies.linear(), Account::id)
        .verify("test-accounts", List.of(PORTFOLIO.get(3), PORTFOLIO.get(1), PORTFOLIO.get(0),
            PORTFOLIO.get(2)), file))
        .doesNotThrowAnyException();
  }

  @Test
  void verify_changedWeight_failsWithTheMigration() throws IOException {
    Path file = directory.resolve("accounts.snapshot");
    PolicySnapshot.of(MODEL, Account::id).write("test-accounts", PORTFOLIO, file);

    AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
        () -> PolicySnapshot.of(MARGIN_WEIGHS_MORE, Account::id)
            .verify("test-accounts", PORTFOLIO, file));

    assertThat(failure.getMessage()).isEqualTo(""
        + "snapshot of portfolio 'test-accounts' does not match the policy: " + file + "\n"
        + "  model: attractiveness 1.0 fingerprint " + MODEL.fingerprint().substring(0, 12)
        + " -> attractiveness 1.0 fingerprint " + MARGIN_WEIGHS_MORE.fingerprint()
        .substring(0, 12) + " (the version did not change)\n"
        + "  4 customers: 1 moved, 3 stayed but scored differently, 0 added, 0 removed\n"
        + "moved (tier, cell or failed knock-outs):\n"
        + "  K-3: model: tier B -> C, score 40.00 -> 30.00 (-10.00), by revenue -10.0000\n"
        + "stayed in tier and cell, scored differently:\n"
        + "  K-1: model: score 64.00 -> 73.00 (+9.00), by margin +10.0000, revenue -1.0000\n"
        + "  K-10: model: by revenue -5.0000, margin +5.0000\n"
        + "  K-2: model: by revenue -10.0000, margin +10.0000\n"
        + "to accept the change, run the tests with -Dkamscore.snapshot.update=true and review"
        + " the diff of the snapshot file\n");
    assertThat(failure.getExpected().getValue()).isEqualTo(Files.readString(file));
    assertThat(failure.getActual().getValue()).isEqualTo(PolicySnapshot.of(MARGIN_WEIGHS_MORE,
        Account::id).render("test-accounts", PORTFOLIO));
  }

  @Test
  void verify_movedBands_namesCellAndBand_andAddedAndRemovedCustomers() throws IOException {
    Path file = directory.resolve("matrix.snapshot");
    PortfolioMatrix<Account> matrix = Policies.matrix(MODEL);
    PolicySnapshot.of(matrix, Account::id).write("test-accounts", PORTFOLIO, file);
    PortfolioMatrix<Account> lowerCut = matrix.toBuilder()
        .columns(Policies.loyalty(), Bands.cutAt(25)).build();
    Account newcomer = new Account("K-0", 300_000, 0.1, 0.1, 1, Relation.NEW);

    assertThatThrownBy(() -> PolicySnapshot.of(lowerCut, Account::id).verify("test-accounts",
        List.of(newcomer, PORTFOLIO.get(0), PORTFOLIO.get(1), PORTFOLIO.get(2)), file))
        .isInstanceOf(AssertionError.class)
        .hasMessage(""
            + "snapshot of portfolio 'test-accounts' does not match the policy: " + file + "\n"
            + "  4 customers: 1 moved, 0 stayed but scored differently, 1 added, 1 removed\n"
            + "moved (tier, cell or failed knock-outs):\n"
            + "  K-10: cell reduce -> maintain; column band low -> high\n"
            + "added:\n"
            + "  K-0\n"
            + "removed:\n"
            + "  K-3\n"
            + "to accept the change, run the tests with -Dkamscore.snapshot.update=true and"
            + " review the diff of the snapshot file\n");
  }

  @Test
  void verify_withTheUpdateProperty_rewritesTheFile() throws IOException {
    Path file = directory.resolve("new/dir/accounts.snapshot");
    System.setProperty(PolicySnapshot.UPDATE_PROPERTY, "true");
    try {
      PolicySnapshot.of(MARGIN_WEIGHS_MORE, Account::id).verify("test-accounts", PORTFOLIO, file);
    } finally {
      System.clearProperty(PolicySnapshot.UPDATE_PROPERTY);
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(PolicySnapshot.of(MARGIN_WEIGHS_MORE,
        Account::id).render("test-accounts", PORTFOLIO).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void verify_missingFile_failsSayingHowToWriteIt() {
    Path file = directory.resolve("missing.snapshot");

    assertThatThrownBy(() -> PolicySnapshot.of(MODEL, Account::id)
        .verify("test-accounts", PORTFOLIO, file))
        .isInstanceOf(AssertionError.class)
        .hasMessage("snapshot file " + file + " does not exist; run the tests with"
            + " -Dkamscore.snapshot.update=true to write it, then review and commit it");
  }

  @Test
  void verify_windowsLineEnds_saysSo() throws IOException {
    Path file = stored(text -> text.replace("\n", "\r\n"));

    assertThatThrownBy(() -> PolicySnapshot.of(MODEL, Account::id)
        .verify("test-accounts", PORTFOLIO, file))
        .isInstanceOf(AssertionError.class)
        .hasMessage("snapshot file " + file + " has \\r\\n line ends, but snapshots are written"
            + " with \\n: keep the file byte for byte, such as with '*.snapshot -text' in"
            + " .gitattributes");
  }

  @Test
  void verify_unreadableFile_showsTheFirstLineThatDiffers() throws IOException {
    Path file = stored(text -> text.replace("K-10 | model tier=B", "K-10 | model tier=\"B"));

    assertThatThrownBy(() -> PolicySnapshot.of(MODEL, Account::id)
        .verify("test-accounts", PORTFOLIO, file))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("  the stored snapshot line 8 cannot be read: quotes must be"
            + " closed but were not in: K-10 | model tier=\"B score=50.00")
        .hasMessageContaining("\n  line 8 stored: K-10 | model tier=\"B score=50.00");
  }

  /** The snapshot of the portfolio, edited, in a file. */
  private Path stored(UnaryOperator<String> edit) throws IOException {
    Path file = directory.resolve("accounts.snapshot");
    String text = PolicySnapshot.of(MODEL, Account::id).render("test-accounts", PORTFOLIO);
    Files.writeString(file, edit.apply(text));
    return file;
  }

  @Test
  void names_thatAreNotPlainWords_areQuoted() {
    Account odd = PORTFOLIO.get(0).withId("Müller & Söhne \"GmbH\"");

    String text = PolicySnapshot.of(MODEL, Account::id).render("a portfolio", List.of(odd));

    assertThat(text)
        .contains("# portfolio \"a portfolio\" with 1 customers\n")
        .contains("\n\"Müller & Söhne \\\"GmbH\\\"\" | model tier=A ");
  }

  @Test
  void ids_mustBeUniqueAndNotBlank() {
    PolicySnapshot<Account> snapshot = PolicySnapshot.of(MODEL, Account::id);

    assertThatThrownBy(() -> snapshot.render("twice", List.of(PORTFOLIO.get(0),
        PORTFOLIO.get(1), PORTFOLIO.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer ids must be unique but was: 'K-2' at 0 and 2");
    assertThatThrownBy(() -> snapshot.render("blank", List.of(PORTFOLIO.get(0).withId(" "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id of customer 0 must not be blank but was: ' '");
    assertThatThrownBy(() -> PolicySnapshot.of(MODEL, a -> null).render("null", PORTFOLIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id of customer 0 must not be blank but was: null");
    assertThatThrownBy(() -> snapshot.render(" ", PORTFOLIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio must not be blank but was: ' '");
  }
}
