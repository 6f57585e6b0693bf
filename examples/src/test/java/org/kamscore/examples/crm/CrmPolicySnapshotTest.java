package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.PortfolioMatrix;
import org.kamscore.testkit.PolicySnapshot;

/**
 * The CRM policy's tiers, cells and scores of the 600 committed customers, as reviewed: the
 * snapshot under {@code src/test/resources} fails this test when the policy scores any of them
 * differently. Rewrite it on purpose with {@code -Dkamscore.snapshot.update=true}.
 */
final class CrmPolicySnapshotTest {
  // README:testing-snapshot:begin
  private static final Path SNAPSHOT =
      Path.of("src/test/resources/org/kamscore/examples/crm/crm-portfolio.snapshot");

  @Test
  void committedPortfolio_isScoredAsReviewed() throws IOException {
    List<CrmCustomer> customers = PortfolioCsv.readCommitted().customers();

    PolicySnapshot.of(CrmPolicy.matrix(), CrmCustomer::id)
        .verify("crm-portfolio", customers, SNAPSHOT);
  }
  // README:testing-snapshot:end

  @TempDir
  Path directory;

  @Test
  void changedWeight_failsNamingWhoMovedAndWhy() throws IOException {
    Path copy = directory.resolve("crm-portfolio.snapshot");
    List<CrmCustomer> customers = PortfolioCsv.readCommitted().customers();
    PolicySnapshot.of(CrmPolicy.matrix(), CrmCustomer::id).write("crm-portfolio", customers, copy);
    ScoringModel<CrmCustomer> discountWeighsMore = CrmPolicy.attractiveness().toBuilder()
        .weight("discount-demanded", 20).build();
    PortfolioMatrix<CrmCustomer> changed = CrmPolicy.matrix().toBuilder()
        .rows(discountWeighsMore, Bands.cutAt(60)).build();

    assertThatThrownBy(() -> PolicySnapshot.of(changed, CrmCustomer::id)
        .verify("crm-portfolio", customers, copy))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("snapshot of portfolio 'crm-portfolio' does not match the"
            + " policy: " + copy + "\n"
            + "  rows: crm-customer-attractiveness 2026.1 fingerprint "
            + CrmPolicy.attractiveness().fingerprint().substring(0, 12)
            + " -> crm-customer-attractiveness 2026.1 fingerprint "
            + discountWeighsMore.fingerprint().substring(0, 12) + " (the version did not"
            + " change)\n  600 customers: ")
        .hasMessageContaining("\nmoved (tier, cell or failed knock-outs):\n  C-0")
        .hasMessageContaining("by discount-demanded ");
  }
}
