package org.kamscore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.quicktheories.core.Gen;

/**
 * The fuzzer's generator: degenerate models — 1 criterion or up to 120, weights from
 * {@code Double.MIN_VALUE} to {@code Double.MAX_VALUE}, every scale kind from {@link Scales}
 * (bounds a few ulps apart included), ladders from {@link Generated#tiers} (single tier,
 * thresholds at 0 and 100), bound and predicate knock-outs, every missing-value policy,
 * extractors and predicates that throw, and a {@code customerId} that throws — and, in about
 * one case in five, one invalid declaration. Customers hold extreme values ({@code NaN},
 * infinities, {@code -0.0}, {@code MIN_VALUE}, {@code MAX_VALUE}, huge and tiny), a customer
 * at every best value, and for each customer a neighbour one value better.
 */
final class Fuzzed {
  static final String MODEL = "model 'fuzz' 1";

  private static final double[] NASTY = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
    1e300, -1e300, 1e-300, -1e-300
  };

  /** How a criterion reads its value. */
  enum Read { PLAIN, THROWS_UNCHECKED, THROWS_CHECKED, BOXED_NULL }

  /** How the model names customers in messages. */
  enum CustomerId { NONE, ID, NULL, THROWS_UNCHECKED, THROWS_CHECKED }

  /** One builder call (or a few that belong together), shown by its text. */
  record Declaration(String text, Consumer<ScoringModel.Builder<GeneratedAccount>> apply) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A criterion reading column {@code i}, and how it reads. */
  record Column(CriterionSpec spec, Read read) {
    boolean rejectsMissing() {
      return spec.ifMissing().kind() == MissingValue.Kind.REJECT;
    }
  }

  /** A knock-out on a column: by bound, or by a predicate that may throw. */
  record KnockOut(ModelSpec.KnockOutSpec spec, boolean predicate, boolean throwing) {}

  /** A customer and its neighbour, one column's value no worse. */
  record Probe(GeneratedAccount customer, int column, GeneratedAccount better) {}

  /**
   * A model's declarations (valid unless {@code invalid} names the bad one), what they
   * declare, and the customers to score.
   */
  record Case(List<Declaration> declarations, String invalid, List<Column> columns,
      List<KnockOut> knockOuts, Tiers tiers, List<Probe> probes) {

    boolean valid() {
      return invalid == null;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("Case[").append(valid() ? "valid" : "invalid: " + invalid);
      for (Declaration declaration : declarations) {
        s.append("\n  ").append(declaration);
      }
      for (Probe probe : probes) {
        s.append("\n  ").append(probe);
      }
      return s.append(']').toString();
    }
  }

  private Fuzzed() {}

  static Gen<Case> cases() {
    return in -> fuzzCase(new Draw(in));
  }

  private static Case fuzzCase(Draw d) {
    int n = d.rarely(10) ? 1 : d.rarely(5) ? d.between(30, 120) : d.between(1, 12);
    List<Column> columns = new ArrayList<>();
    List<Declaration> declarations = new ArrayList<>();
    declarations.add(new Declaration("id(fuzz, 1)", b -> b.id("fuzz", "1")));
    CustomerId customerId = d.rarely(30) ? d.pick(List.of(CustomerId.values())) : CustomerId.NONE;
    if (customerId != CustomerId.NONE) {
      declarations.add(new Declaration("customerId " + customerId,
          b -> b.customerId(customerId(customerId))));
    }
    for (int i = 0; i < n; i++) {
      CriterionSpec scale = Scales.any(d);
      CriterionSpec spec = scale.declaredAs("c" + i, weight(d), Generated.missingValue(d, scale));
      Read read = !spec.isOrdinal() && d.rarely(3) ? d.pick(List.of(Read.values())) : Read.PLAIN;
      columns.add(new Column(spec, read));
      int column = i;
      declarations.add(new Declaration("criterion " + spec + (read == Read.PLAIN ? "" : " read " + read),
          b -> declare(b, spec, column, read)));
    }
    Tiers tiers = Generated.tiers(d);
    declarations.add(new Declaration("tiers " + tiers, b -> b.tiers(tiers)));
    List<KnockOut> knockOuts = new ArrayList<>();
    for (int k = d.rarely(50) ? d.between(1, 3) : 0; k > 0; k--) {
      KnockOut knockOut = knockOut(d, "k" + knockOuts.size(), columns, tiers);
      knockOuts.add(knockOut);
      declarations.add(new Declaration(knockOut.toString(), b -> declare(b, knockOut)));
    }
    String invalid = null;
    if (d.rarely(20)) {
      invalid = corrupt(d, declarations, columns);
    }
    List<Probe> probes = new ArrayList<>();
    for (int c = d.between(1, 3); c > 0; c--) {
      probes.add(probe(d, columns, customer(d, columns)));
    }
    probes.add(probe(d, columns, best(columns)));
    return new Case(declarations, invalid, columns, knockOuts, tiers, probes);
  }

  /** Weights over the whole positive double range, often extreme. */
  private static double weight(Draw d) {
    switch (d.between(0, 5)) {
      case 0:
        return d.between(1, 10);
      case 1:
        return d.power(-300, 300);
      case 2:
        return d.pick(List.of(1e-300, 1e300, Double.MIN_VALUE, Double.MAX_VALUE));
      default:
        return d.power(-6, 6);
    }
  }

  private static void declare(
      ScoringModel.Builder<GeneratedAccount> b, CriterionSpec spec, int column, Read read) {
    if (read == Read.PLAIN) {
      spec.declare(b, column, 1.0);
      return;
    }
    ToDoubleFunction<GeneratedAccount> reading;
    switch (read) {
      case THROWS_UNCHECKED:
        reading = a -> {
          throw new IllegalStateException("unreadable");
        };
        break;
      case THROWS_CHECKED:
        reading = a -> {
          throw Fixtures.<RuntimeException>sneakyThrow(new IOException("unreadable"));
        };
        break;
      default:
        reading = a -> boxedNull(); // unboxing throws NullPointerException
    }
    b.criterion(spec.name(), reading, spec.scale(), spec.weight()).ifMissing(spec.ifMissing());
  }

  private static Double boxedNull() {
    return null;
  }

  private static Function<GeneratedAccount, Object> customerId(CustomerId id) {
    switch (id) {
      case ID:
        return a -> "id-" + (int) a.value(0);
      case NULL:
        return a -> null;
      case THROWS_UNCHECKED:
        return a -> {
          throw new IllegalStateException("no id");
        };
      default:
        return a -> {
          throw Fixtures.<RuntimeException>sneakyThrow(new IOException("no id"));
        };
    }
  }

  private static KnockOut knockOut(Draw d, String name, List<Column> columns, Tiers tiers) {
    int column = d.between(0, columns.size() - 1);
    CriterionSpec c = columns.get(column).spec();
    double bound = Generated.value(d, c, false);
    if (!Double.isFinite(bound)) {
      bound = c.anchors()[0];
    }
    String cap = d.rarely(60) ? d.pick(tiers.all()).label() : null;
    boolean predicate = d.rarely(40);
    return new KnockOut(new ModelSpec.KnockOutSpec(name, column, c.better(), bound, cap),
        predicate, predicate && d.rarely(10));
  }

  private static void declare(ScoringModel.Builder<GeneratedAccount> b, KnockOut knockOut) {
    ModelSpec.KnockOutSpec spec = knockOut.spec();
    if (!knockOut.predicate()) {
      spec.declare(b);
      return;
    }
    b.knockOut(spec.name(), a -> {
      if (knockOut.throwing()) {
        throw Fixtures.<RuntimeException>sneakyThrow(new IOException("untestable"));
      }
      return spec.passes(a.value(spec.column()));
    });
    if (spec.cap() != null) {
      b.cappedAt(spec.cap());
    }
  }

  // ---- invalid declarations ---------------------------------------------------------------

  /** Makes the declarations invalid in one way; returns how. */
  private static String corrupt(Draw d, List<Declaration> declarations, List<Column> columns) {
    switch (d.between(0, 5)) {
      case 0:
        declarations.remove(0);
        return "no id";
      case 1:
        declarations.removeIf(x -> x.text().startsWith("criterion "));
        return "no criteria";
      default:
        Declaration bad = d.pick(badDeclarations(d, columns));
        declarations.add(d.between(1, declarations.size()), bad);
        return bad.text();
    }
  }

  private static List<Declaration> badDeclarations(Draw d, List<Column> columns) {
    double weight = d.pick(List.of(0.0, -0.0, -1.0, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    double notFinite = d.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY));
    double threshold = d.pick(List.of(Double.NaN, -1e-9, -1.0, 100.000001, 1e300,
        Double.POSITIVE_INFINITY));
    String ordinal = columns.stream().filter(c -> c.spec().isOrdinal()).map(c -> c.spec().name())
        .findFirst().orElse(null);
    List<Declaration> bad = new ArrayList<>(List.of(
        bad("weight " + weight, b -> b.criterion("bad", a -> 0.0, Scale.linear(0, 1), weight)),
        badScale("linear(x, x)", () -> Scale.linear(1.5, 1.5)),
        badScale("linear(" + notFinite + ", 1)", () -> Scale.linear(notFinite, 1)),
        badScale("linear(-MAX, MAX)", () -> Scale.linear(-Double.MAX_VALUE, Double.MAX_VALUE)),
        badScale("logarithmic(0, 10)", () -> Scale.logarithmic(0, 10)),
        badScale("logarithmic(-1, 10)", () -> Scale.logarithmic(-1, 10)),
        badScale("logarithmic(1e300, nextUp)",
            () -> Scale.logarithmic(1e300, Math.nextUp(1e300))),
        badScale("points, one breakpoint", () -> Scale.points(1, 0.0)),
        badScale("points, equal values", () -> Scale.points(1, 0.0).then(1, 1.0)),
        badScale("points, utility 1.5", () -> Scale.points(0, 0.0).then(1, 1.5)),
        badScale("points, not monotone",
            () -> Scale.points(0, 0.0).then(1, 1.0).then(2, 0.5)),
        badScale("points, distance overflows",
            () -> Scale.points(-Double.MAX_VALUE, 0.0).then(Double.MAX_VALUE, 1.0)),
        badScale("steps, no threshold", () -> Scale.steps(0.0)),
        badScale("steps, not monotone", () -> Scale.steps(0.5).atLeast(1, 0.0).atLeast(2, 1.0)),
        badScale("steps, equal thresholds", () -> Scale.steps(0.0).atLeast(1, 0.5)
            .atLeast(1, 1.0)),
        badLevels("levels, one", () -> Scale.level("a", 0.0)),
        badLevels("levels, repeated", () -> Scale.level("a", 0.0).then("a", 1.0)),
        badLevels("levels, utility -0.5", () -> Scale.level("a", 0.0).then("b", -0.5)),
        badLevels("levels list, one", () -> Scale.levels(List.of("a"))),
        bad("duplicate criterion c0", b -> b.criterion("c0", a -> 0.0, Scale.linear(0, 1), 1)),
        bad("blank criterion name", b -> b.criterion(" ", a -> 0.0, Scale.linear(0, 1), 1)),
        bad("blank id", b -> b.id(" ", "1")),
        bad("duplicate knock-out", b -> b.knockOut("dup", a -> true).knockOut("dup", a -> true)),
        bad("cap at unknown tier", b -> b.knockOut("capped", a -> true).cappedAt("nowhere")),
        bad("knock-out bound " + notFinite,
            b -> b.knockOutBelow("bound", a -> 0.0, notFinite)),
        bad("ifMissing after knock-out",
            b -> b.knockOut("kx", a -> true).ifMissing(MissingValue.worst())),
        bad("cappedAt after criterion", b -> b.criterion("cx", a -> 0.0, Scale.linear(0, 1), 1)
            .cappedAt("T0")),
        bad("substitute level on numeric", b -> b.criterion("cx", a -> 0.0, Scale.linear(0, 1), 1)
            .ifMissing(MissingValue.substituteLevel("x"))),
        bad("substitute number on ordinal", b -> b.criterion("cx", a -> "a",
            Scale.levels(List.of("a", "b")), 1).ifMissing(MissingValue.substitute(1))),
        bad("substitute level not declared", b -> b.criterion("cx", a -> "a",
            Scale.levels(List.of("a", "b")), 1).ifMissing(MissingValue.substituteLevel("z"))),
        bad("substitute " + notFinite, b -> b.criterion("cx", a -> 0.0, Scale.linear(0, 1), 1)
            .ifMissing(MissingValue.substitute(notFinite))),
        bad("tier threshold " + threshold, b -> b.tiers(Tiers.from("A", threshold)
            .otherwise("B"))),
        bad("tier thresholds not descending", b -> b.tiers(Tiers.from("A", 50).then("B", 50)
            .otherwise("C"))),
        bad("tier label repeated", b -> b.tiers(Tiers.from("A", 50).otherwise("A"))),
        bad("blank tier label", b -> b.tiers(Tiers.single(" ")))));
    if (ordinal != null) {
      bad.add(bad("weight of " + ordinal + " " + weight, b -> b.weight(ordinal, weight)));
    }
    return bad;
  }

  private static Declaration bad(String text, Consumer<ScoringModel.Builder<GeneratedAccount>> apply) {
    return new Declaration("BAD " + text, apply);
  }

  private static Declaration badScale(String text, Supplier<Scale> scale) {
    return bad(text, b -> b.criterion("cx", a -> 0.0, scale.get(), 1));
  }

  private static Declaration badLevels(String text, Supplier<LevelScale<String>> scale) {
    return bad(text, b -> b.criterion("cx", a -> "a", scale.get(), 1));
  }

  // ---- customers --------------------------------------------------------------------------

  /** Values in and around the scales, extreme, or missing even where the policy rejects. */
  private static GeneratedAccount customer(Draw d, List<Column> columns) {
    boolean clean = d.rarely(60);
    double[] values = new double[columns.size()];
    for (int i = 0; i < values.length; i++) {
      CriterionSpec c = columns.get(i).spec();
      if (!clean && d.rarely(10)) {
        values[i] = Double.NaN;
      } else if (c.isOrdinal() || !d.rarely(25)) {
        values[i] = Generated.value(d, c, false);
      } else {
        values[i] = NASTY[d.between(1, NASTY.length - 1)];
      }
    }
    return new GeneratedAccount(values);
  }

  /** Every column at its best end. */
  private static GeneratedAccount best(List<Column> columns) {
    double[] values = new double[columns.size()];
    for (int i = 0; i < values.length; i++) {
      CriterionSpec c = columns.get(i).spec();
      boolean higher = c.better() == Direction.HIGHER_IS_BETTER;
      values[i] = c.isOrdinal()
          ? (higher ? c.levelCount() - 1 : 0)
          : (higher ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }
    return new GeneratedAccount(values);
  }

  /** The customer and a neighbour whose value in one column is no worse. */
  private static Probe probe(Draw d, List<Column> columns, GeneratedAccount customer) {
    int column = d.between(0, columns.size() - 1);
    CriterionSpec c = columns.get(column).spec();
    double v = customer.value(column);
    boolean higher = c.better() == Direction.HIGHER_IS_BETTER;
    double better;
    if (v != v) {
      better = v;
    } else if (c.isOrdinal()) {
      double next = higher ? v + 1 : v - 1;
      better = next >= 0 && next < c.levelCount() ? next : v;
    } else {
      switch (d.between(0, 3)) {
        case 0:
          better = higher ? Math.nextUp(v) : Math.nextDown(v);
          break;
        case 1:
          better = higher ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          break;
        case 2:
          better = v + (higher ? 1 : -1) * (Math.abs(v) * d.uniform(0, 1) + 1);
          better = better == better ? better : v; // infinity times 0
          break;
        default:
          double anchor = d.pick(Arrays.stream(c.anchors()).boxed().toList());
          better = c.better().isAtLeastAsGood(anchor, v) ? anchor : v;
      }
    }
    return new Probe(customer, column, customer.with(column, better));
  }
}
