package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kamscore.Contribution;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.decision.PolicyImpact;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over generated pairs of policies, with and without matrices, and portfolios they accept (see
 * {@link GeneratedPolicies}): the record of a review reads back equal, the Jackson module writes
 * the same JSON, and what the record says — tables, promotions, demotions, key accounts, and per
 * changed customer its tiers, cells, scores and points — is what the versions' own evaluations
 * and placements of each customer say, bit for bit; and a record mutated or cut short either
 * reads or fails with a {@link PolicyDocumentException} at a pointer.
 */
final class PolicyImpactRecordProperties {
  @SuppressWarnings("unchecked")
  private static final Class<Map<String, ?>> MAP = (Class<Map<String, ?>>) (Class<?>) Map.class;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new KamscoreModule())
      .build();

  /** Two versions, their matrices if any, a key-account cell if any, and a portfolio. */
  record Review(ScoringModel<Map<String, ?>> from, ScoringModel<Map<String, ?>> to,
      PortfolioMatrix<Map<String, ?>> fromMatrix, PortfolioMatrix<Map<String, ?>> toMatrix,
      String keyAccountCell, List<Map<String, ?>> customers) {

    PolicyImpact<Map<String, ?>> impact() {
      PolicyImpact.Builder<Map<String, ?>> b = PolicyImpact.between(from, to);
      if (fromMatrix != null) {
        b.matrices(fromMatrix, toMatrix);
      }
      if (keyAccountCell != null) {
        b.keyAccountCell(keyAccountCell);
      }
      return b.review(customers, PolicyImpactRecordProperties::key);
    }

    @Override
    public String toString() {
      return from.criteria() + " -> " + to.criteria() + (fromMatrix == null ? ""
          : ", matrices " + fromMatrix + " -> " + toMatrix) + ", key-account cell "
          + keyAccountCell + ", over " + customers;
    }
  }

  static String key(Map<String, ?> customer) {
    return (String) customer.get("key");
  }

  static Gen<Review> reviews() {
    return in -> {
      Dice d = new Dice(in);
      ScoringModel<Map<String, ?>> from = GeneratedPolicies.model(d);
      ScoringModel<Map<String, ?>> to = d.chance(75) ? reweighted(d, from)
          : GeneratedPolicies.model(d);
      PortfolioMatrix<Map<String, ?>> fromMatrix = null;
      PortfolioMatrix<Map<String, ?>> toMatrix = null;
      String keyAccountCell = null;
      if (d.chance(50)) {
        ScoringModel<Map<String, ?>> columns = d.chance(50) ? from
            : GeneratedPolicies.model(d, 3);
        fromMatrix = matrix(d, from, columns);
        toMatrix = matrix(d, to, d.chance(50) ? columns : reweighted(d, columns));
        List<String> shared = new ArrayList<>();
        for (Cell cell : fromMatrix.cells()) {
          if (toMatrix.cells().stream().anyMatch(c -> c.name().equals(cell.name()))) {
            shared.add(cell.name());
          }
        }
        if (!shared.isEmpty() && d.chance(50)) {
          keyAccountCell = d.pick(shared);
        }
      }
      List<ScoringModel<Map<String, ?>>> models = new ArrayList<>(List.of(from, to));
      if (fromMatrix != null) {
        models.addAll(List.of(fromMatrix.columns().model(), toMatrix.columns().model()));
      }
      List<Map<String, ?>> customers = new ArrayList<>();
      Set<String> keys = new LinkedHashSet<>();
      int size = d.between(0, 12);
      for (int attempt = 0; attempt < 40 && customers.size() < size; attempt++) {
        Map<String, Object> customer = new HashMap<>();
        for (ScoringModel<Map<String, ?>> model : models) {
          GeneratedPolicies.customer(d, model).forEach(customer::putIfAbsent);
        }
        String key = d.name("C-" + d.between(0, 99));
        customer.put("key", key);
        if (acceptedByAll(models, customer) && keys.add(key)) {
          customers.add(customer);
        }
      }
      return new Review(from, to, fromMatrix, toMatrix, keyAccountCell, customers);
    };
  }

  /**
   * A matrix of a version's model on the rows, cut at one or two points on either axis, its
   * cells named from a few names that another matrix may share.
   */
  private static PortfolioMatrix<Map<String, ?>> matrix(Dice d, ScoringModel<Map<String, ?>> rows,
      ScoringModel<Map<String, ?>> columns) {
    Bands rowBands = bands(d);
    Bands columnBands = bands(d);
    PortfolioMatrix.Builder<Map<String, ?>> b = PortfolioMatrix.builder(MAP)
        .id(d.name("matrix"), rows.version())
        .rows(rows, rowBands)
        .columns(columns, columnBands);
    for (String row : rowBands.labels()) {
      for (String column : columnBands.labels()) {
        b.cell(row, column, d.pick(List.of("key account", "develop", "maintain", "reduce",
            d.name("other"))));
      }
    }
    return b.build();
  }

  private static Bands bands(Dice d) {
    double low = d.between(1, 98) + d.between(0, 999) / 1000.0;
    return d.chance(50) ? Bands.cutAt(low) : Bands.cutAt(low, d.between((int) low + 1, 99));
  }

  /** The same criteria and tiers, some weights redrawn: a new version of the policy. */
  private static ScoringModel<Map<String, ?>> reweighted(Dice d,
      ScoringModel<Map<String, ?>> model) {
    ScoringModel.Builder<Map<String, ?>> b = model.toBuilder().id(model.id(), "next");
    for (Criterion criterion : model.criteria()) {
      if (d.chance(50)) {
        b.weight(criterion.name(), d.between(1, 40));
      }
    }
    return b.build();
  }

  private static boolean acceptedByAll(List<ScoringModel<Map<String, ?>>> models,
      Map<String, ?> customer) {
    try {
      for (ScoringModel<Map<String, ?>> model : models) {
        model.evaluate(customer);
      }
      return true;
    } catch (ScoringException e) {
      return false;
    }
  }

  @Test
  void record_readsBack_equal_andIsWhatTheModuleWrites() {
    Theories.qt(Theories.EXAMPLES).forAll(reviews()).checkAssert(r -> {
      PolicyImpact<Map<String, ?>> impact = r.impact();
      PolicyImpactRecord record = PolicyImpactRecord.of(impact);

      assertThat(PolicyImpactRecord.fromJson(record.toJson())).isEqualTo(record);
      assertThat(MAPPER.writeValueAsString(impact)).isEqualTo(record.toJson());
      assertThat(MAPPER.readValue(record.toJson(), PolicyImpactRecord.class)).isEqualTo(record);
    });
  }

  @Test
  void record_saysWhatTheVersionsSayOfEachCustomer() {
    Theories.qt(Theories.EXAMPLES).forAll(reviews()).checkAssert(r -> {
      PolicyImpactRecord record =
          PolicyImpactRecord.fromJson(PolicyImpactRecord.of(r.impact()).toJson());
      List<String> fromTiers = labels(r.from());
      List<String> toTiers = labels(r.to());
      int[][] tierCounts = new int[fromTiers.size()][toTiers.size()];
      Map<String, Map<String, ?>> changed = new TreeMap<>(); // String.compareTo order
      int promotions = 0;
      int demotions = 0;
      List<String> gained = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (Map<String, ?> customer : r.customers()) {
        Evaluation before = r.from().evaluate(customer);
        Evaluation after = r.to().evaluate(customer);
        int fromRank = fromTiers.indexOf(before.tier().label());
        int toRank = toTiers.indexOf(after.tier().label());
        tierCounts[fromRank][toRank]++;
        boolean tierMoved = !before.tier().label().equals(after.tier().label());
        promotions += tierMoved && toRank < fromRank ? 1 : 0;
        demotions += tierMoved && toRank > fromRank ? 1 : 0;
        String cellBefore = r.fromMatrix() == null ? null : cell(r.fromMatrix(), customer);
        String cellAfter = r.toMatrix() == null ? null : cell(r.toMatrix(), customer);
        boolean wasKey = r.keyAccountCell() == null ? fromRank == 0
            : r.keyAccountCell().equals(cellBefore);
        boolean isKey = r.keyAccountCell() == null ? toRank == 0
            : r.keyAccountCell().equals(cellAfter);
        if (isKey && !wasKey) {
          gained.add(key(customer));
        }
        if (wasKey && !isKey) {
          lost.add(key(customer));
        }
        if (tierMoved || cellBefore != null && !cellBefore.equals(cellAfter)) {
          changed.put(key(customer), customer);
        }
      }

      assertThat(record.from()).isEqualTo(ModelReference.of(r.from()));
      assertThat(record.to()).isEqualTo(ModelReference.of(r.to()));
      assertThat(record.size()).isEqualTo(r.customers().size());
      assertThat(record.tiers().from()).isEqualTo(fromTiers);
      assertThat(record.tiers().to()).isEqualTo(toTiers);
      for (int i = 0; i < fromTiers.size(); i++) {
        for (int j = 0; j < toTiers.size(); j++) {
          assertThat(record.tiers().count(fromTiers.get(i), toTiers.get(j)))
              .isEqualTo(tierCounts[i][j]);
        }
      }
      assertThat(record.cells().isPresent()).isEqualTo(r.fromMatrix() != null);
      assertThat(record.promotions()).isEqualTo(promotions);
      assertThat(record.demotions()).isEqualTo(demotions);
      assertThat(record.newKeyAccounts()).isEqualTo(sorted(gained));
      assertThat(record.lostKeyAccounts()).isEqualTo(sorted(lost));
      assertThat(record.changes()).extracting(CustomerImpactRecord::key)
          .containsExactlyElementsOf(changed.keySet());
      for (CustomerImpactRecord change : record.changes()) {
        Map<String, ?> customer = changed.get(change.key());
        Evaluation before = r.from().evaluate(customer);
        Evaluation after = r.to().evaluate(customer);
        assertThat(change.fromTier()).isEqualTo(before.tier().label());
        assertThat(change.toTier()).isEqualTo(after.tier().label());
        assertThat(bits(change.fromScore())).isEqualTo(bits(before.score()));
        assertThat(bits(change.toScore())).isEqualTo(bits(after.score()));
        if (r.fromMatrix() != null) {
          assertThat(change.fromCell()).contains(cell(r.fromMatrix(), customer));
          assertThat(change.toCell()).contains(cell(r.toMatrix(), customer));
        }
        assertReasonsOfTheTierModels(change, before, after);
      }
    });
  }

  @Test
  void mutatedRecord_readsOrFailsWithAPointer_only() {
    Theories.qt(Theories.EXAMPLES).forAll(mutatedRecords()).checkAssert(json -> {
      try {
        PolicyImpactRecord.fromJson(json);
      } catch (PolicyDocumentException e) {
        assertThat(e.pointer()).matches("(/[^/]*)*");
        assertThat(e.getMessage()).startsWith(e.pointer().isEmpty() ? "document" : e.pointer());
      }
    });
  }

  /** A record mutated as {@link MutationProperties} mutates documents and records. */
  private static Gen<String> mutatedRecords() {
    Gen<Review> reviews = reviews();
    return in -> {
      String json = PolicyImpactRecord.of(reviews.generate(in).impact()).toJson();
      Dice d = new Dice(in);
      for (int n = d.between(1, 3); n > 0; n--) {
        json = MutationProperties.mutate(d, json);
      }
      return json;
    };
  }

  /** Every criterion of the tier models whose points differ is a reason, with those points. */
  private static void assertReasonsOfTheTierModels(CustomerImpactRecord change, Evaluation before,
      Evaluation after) {
    Map<String, Double> pointsBefore = points(before);
    Map<String, Double> pointsAfter = points(after);
    Set<String> criteria = new LinkedHashSet<>(pointsBefore.keySet());
    criteria.addAll(pointsAfter.keySet());
    List<ReasonChangeRecord> expected = new ArrayList<>();
    for (String criterion : criteria) {
      Double b = pointsBefore.get(criterion);
      Double a = pointsAfter.get(criterion);
      if (b == null || a == null || bits(a) != bits(b)) {
        expected.add(new ReasonChangeRecord(after.modelId(), criterion,
            b == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(b),
            a == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(a)));
      }
    }
    // the tier models' reasons come first, the largest difference first; a matrix axis model
    // may share the tier model's id, and its reasons follow
    List<ReasonChangeRecord> first =
        change.reasons().subList(0, Math.min(expected.size(), change.reasons().size()));
    assertThat(first).containsExactlyInAnyOrderElementsOf(expected);
    for (int i = 1; i < first.size(); i++) {
      assertThat(Math.abs(first.get(i - 1).difference()))
          .isGreaterThanOrEqualTo(Math.abs(first.get(i).difference()));
    }
  }

  private static Map<String, Double> points(Evaluation evaluation) {
    Map<String, Double> points = new HashMap<>();
    for (Contribution c : evaluation.contributions()) {
      points.put(c.criterion(), c.points());
    }
    return points;
  }

  private static String cell(PortfolioMatrix<Map<String, ?>> matrix, Map<String, ?> customer) {
    Placement placement = matrix.classify(customer);
    Cell cell = placement.cell();
    return cell.name();
  }

  private static List<String> labels(ScoringModel<?> model) {
    List<String> labels = new ArrayList<>();
    model.tiers().all().forEach(t -> labels.add(t.label()));
    return labels;
  }

  private static List<String> sorted(List<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(String::compareTo);
    return sorted;
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }
}
