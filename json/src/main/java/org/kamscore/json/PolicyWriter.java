package org.kamscore.json;

import java.util.List;
import org.kamscore.BoundedScale;
import org.kamscore.Criterion;
import org.kamscore.CriterionScale;
import org.kamscore.KnockOut;
import org.kamscore.LevelScale;
import org.kamscore.MissingValue;
import org.kamscore.PointsScale;
import org.kamscore.ScoringModel;
import org.kamscore.StepScale;
import org.kamscore.Tier;
import org.kamscore.matrix.Axis;
import org.kamscore.matrix.Bands;
import org.kamscore.matrix.Cell;
import org.kamscore.matrix.PortfolioMatrix;
import tools.jackson.core.JsonGenerator;

/**
 * Writes models and matrices as policy documents, from their public description alone, in one
 * canonical form: fields in a fixed order, every number as its shortest exact decimal, an empty
 * description, an empty knock-out list and the reject policy left out. Reading a document and
 * writing the model again gives this form; for a document already in it, the same text.
 */
final class PolicyWriter {
  static final String FORMAT = "kamscore-policy/1";
  static final String MODEL = "scoring-model";
  static final String MATRIX = "portfolio-matrix";

  private PolicyWriter() {}

  /**
   * Checks that a model can be written: every criterion and knock-out is bound to an attribute,
   * knock-outs are bounds, and levels are text, integers, booleans or enum constants.
   */
  static void requireWritable(ScoringModel<?> model) {
    for (Criterion c : model.criteria()) {
      Checks.requireArgument(c.attribute().isPresent(),
          "criterion '%s' of model '%s' must be bound to an attribute to be written to a policy "
              + "document but was bound to a function", c.name(), model.id());
      if (c.scale() instanceof LevelScale) {
        // a substitute level is one of the levels (build() checks it), so of their type too
        Levels.of((LevelScale<?>) c.scale(), c.name());
      }
    }
    for (KnockOut k : model.knockOuts()) {
      Checks.requireArgument(k.kind() != KnockOut.Kind.PREDICATE,
          "knock-out '%s' of model '%s' must be a bound (knockOutBelow or knockOutAbove) to be "
              + "written to a policy document but was a predicate", k.name(), model.id());
      Checks.requireArgument(k.attribute().isPresent(),
          "knock-out '%s' of model '%s' must be bound to an attribute to be written to a policy "
              + "document but was bound to a function", k.name(), model.id());
    }
  }

  static void modelDocument(JsonGenerator g, ScoringModel<?> model) {
    requireWritable(model);
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("kind", MODEL);
    modelFields(g, model);
    g.writeEndObject();
  }

  private static void model(JsonGenerator g, ScoringModel<?> model) {
    g.writeStartObject();
    modelFields(g, model);
    g.writeEndObject();
  }

  private static void modelFields(JsonGenerator g, ScoringModel<?> model) {
    g.writeStringProperty("id", model.id());
    g.writeStringProperty("version", model.version());
    g.writeName("criteria");
    g.writeStartArray();
    for (Criterion c : model.criteria()) {
      criterion(g, c);
    }
    g.writeEndArray();
    List<KnockOut> knockOuts = model.knockOuts();
    if (!knockOuts.isEmpty()) {
      g.writeName("knockOuts");
      g.writeStartArray();
      for (KnockOut k : knockOuts) {
        knockOut(g, k);
      }
      g.writeEndArray();
    }
    g.writeName("tiers");
    g.writeStartArray();
    List<Tier> tiers = model.tiers().all();
    for (Tier tier : tiers) {
      g.writeStartObject();
      g.writeStringProperty("label", tier.label());
      if (tier.rank() < tiers.size() - 1) {
        number(g, "minimumScore", tier.minimumScore());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A criterion; its attribute is left out if it reads a function. */
  static void criterion(JsonGenerator g, Criterion c) {
    g.writeStartObject();
    g.writeStringProperty("name", c.name());
    if (!c.description().isEmpty()) {
      g.writeStringProperty("description", c.description());
    }
    if (c.attribute().isPresent()) {
      g.writeStringProperty("attribute", c.attribute().get());
    }
    number(g, "weight", c.weight());
    g.writeName("scale");
    Levels levels = scale(g, c.scale(), c.name());
    MissingValue ifMissing = c.ifMissing();
    if (ifMissing.kind() != MissingValue.Kind.REJECT) {
      g.writeName("ifMissing");
      g.writeStartObject();
      switch (ifMissing.kind()) {
        case WORST:
          g.writeStringProperty("kind", "worst");
          break;
        case SUBSTITUTE_VALUE:
          g.writeStringProperty("kind", "substitute");
          number(g, "value", ifMissing.value().getAsDouble());
          break;
        default:
          g.writeStringProperty("kind", "substitute");
          g.writeName("level");
          levels.write(g, ifMissing.level().get());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes a scale; returns the type of its levels, or null for a numeric scale. */
  private static Levels scale(JsonGenerator g, CriterionScale scale, String criterion) {
    g.writeStartObject();
    g.writeStringProperty("kind", scale.kind().name().toLowerCase(java.util.Locale.ROOT));
    Levels levels = null;
    switch (scale.kind()) {
      case LINEAR:
      case LOGARITHMIC:
        number(g, "worst", ((BoundedScale) scale).worst());
        number(g, "best", ((BoundedScale) scale).best());
        break;
      case POINTS: {
        PointsScale points = (PointsScale) scale;
        g.writeName("points");
        g.writeStartArray();
        for (int i = 0; i < points.values().size(); i++) {
          g.writeStartObject();
          number(g, "value", points.values().get(i));
          number(g, "utility", points.utilities().get(i));
          g.writeEndObject();
        }
        g.writeEndArray();
        break;
      }
      case STEPS: {
        StepScale steps = (StepScale) scale;
        number(g, "utilityBelow", steps.utilityBelow());
        g.writeName("steps");
        g.writeStartArray();
        for (int i = 0; i < steps.thresholds().size(); i++) {
          g.writeStartObject();
          number(g, "atLeast", steps.thresholds().get(i));
          number(g, "utility", steps.utilities().get(i));
          g.writeEndObject();
        }
        g.writeEndArray();
        break;
      }
      default: {
        LevelScale<?> ordinal = (LevelScale<?>) scale;
        levels = Levels.of(ordinal, criterion);
        g.writeStringProperty("type", levels.type().documentName());
        if (levels.type() == Levels.Type.ENUM) {
          g.writeStringProperty("enum", levels.enumType().getName());
        }
        g.writeName("levels");
        g.writeStartArray();
        for (int i = 0; i < ordinal.levels().size(); i++) {
          g.writeStartObject();
          g.writeName("level");
          levels.write(g, ordinal.levels().get(i));
          number(g, "utility", ordinal.utilities().get(i));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
    return levels;
  }

  /** A knock-out; its attribute is left out if it reads a function, its bound if a predicate. */
  static void knockOut(JsonGenerator g, KnockOut k) {
    g.writeStartObject();
    g.writeStringProperty("name", k.name());
    if (!k.description().isEmpty()) {
      g.writeStringProperty("description", k.description());
    }
    if (k.attribute().isPresent()) {
      g.writeStringProperty("attribute", k.attribute().get());
    }
    if (k.kind() != KnockOut.Kind.PREDICATE) {
      number(g, k.kind() == KnockOut.Kind.AT_LEAST ? "atLeast" : "atMost",
          k.bound().getAsDouble());
    }
    g.writeStringProperty("cap", k.cap());
    g.writeEndObject();
  }

  static void matrixDocument(JsonGenerator g, PortfolioMatrix<?> matrix) {
    requireWritable(matrix.rows().model());
    requireWritable(matrix.columns().model());
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("kind", MATRIX);
    g.writeStringProperty("id", matrix.id());
    g.writeStringProperty("version", matrix.version());
    g.writeName("rows");
    axis(g, matrix.rows());
    g.writeName("columns");
    axis(g, matrix.columns());
    g.writeName("cells");
    g.writeStartArray();
    for (Cell cell : matrix.cells()) {
      g.writeStartObject();
      g.writeStringProperty("row", cell.rowBand().label());
      g.writeStringProperty("column", cell.columnBand().label());
      g.writeStringProperty("name", cell.name());
      if (cell.treatment().isPresent()) {
        g.writeStringProperty("treatment", cell.treatment().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void axis(JsonGenerator g, Axis<?> axis) {
    g.writeStartObject();
    g.writeName("model");
    model(g, axis.model());
    g.writeName("bands");
    Bands bands = axis.bands();
    g.writeStartObject();
    g.writeName("cuts");
    g.writeStartArray();
    for (double cut : bands.cuts()) {
      g.writeNumber(Numbers.shortest(cut));
    }
    g.writeEndArray();
    g.writeName("labels");
    g.writeStartArray();
    for (String label : bands.labels()) {
      g.writeString(label);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    g.writeNumber(Numbers.shortest(value));
  }
}
