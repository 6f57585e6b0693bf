package org.kamscore.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kamscore.Attributes;
import org.kamscore.CriterionScale;
import org.kamscore.LevelScale;
import org.kamscore.MissingValue;
import org.kamscore.PointsScale;
import org.kamscore.Scale;
import org.kamscore.ScoringModel;
import org.kamscore.StepScale;
import org.kamscore.Tiers;

/**
 * Reads the model object of a policy document into a {@link ScoringModel}: every value goes
 * through the builder and the scale factories, whose checks are the document's rules. The
 * declarations are kept as steps so that a failure of {@code build()}, which names no field,
 * can be traced to its element by building shorter prefixes of them.
 *
 * @param <T> the customer type
 */
final class ModelReader<T> {
  /** The fields of a model object. */
  static final String[] MODEL_FIELDS = {"id", "version", "criteria", "knockOuts", "tiers"};

  private final Attributes<T> attributes;
  private final List<Class<?>> levelTypes;
  private final List<Step<T>> steps = new ArrayList<>();

  private enum Kind { START, CRITERION, KNOCK_OUT }

  /** A declaration, applied to a builder: the id and tiers, a criterion, or a knock-out. */
  private record Step<T>(String pointer, Kind kind, Consumer<ScoringModel.Builder<T>> apply) {}

  /** A scale as read, with the type of its levels if it is ordinal. */
  private record ReadScale(CriterionScale scale, Levels levels) {}

  private ModelReader(Attributes<T> attributes, List<Class<?>> levelTypes) {
    this.attributes = attributes;
    this.levelTypes = levelTypes;
  }

  /**
   * Reads a model object.
   *
   * @param model the object
   * @param what what the object is, for messages
   * @param extraFields fields the object may have besides a model's, such as {@code format}
   */
  static <T> ScoringModel<T> read(Cursor model, String what, Attributes<T> attributes,
      List<Class<?>> levelTypes, String... extraFields) {
    String[] fields = new String[extraFields.length + MODEL_FIELDS.length];
    System.arraycopy(extraFields, 0, fields, 0, extraFields.length);
    System.arraycopy(MODEL_FIELDS, 0, fields, extraFields.length, MODEL_FIELDS.length);
    model.object(what, fields);
    return new ModelReader<>(attributes, levelTypes).read(model);
  }

  private ScoringModel<T> read(Cursor model) {
    String pointer = model.pointer();
    String id = model.at("id").text();
    String version = model.at("version").text();
    Cursor tierList = model.at("tiers");
    Tiers tiers = tierList.present() ? tiers(tierList) : null;
    steps.add(new Step<>(pointer, Kind.START, b -> {
      Located.run(pointer, () -> b.id(id, version),
          "model id", "/id", "model version", "/version");
      if (tiers != null) {
        b.tiers(tiers);
      }
    }));
    for (Cursor criterion : model.at("criteria").elements("the criteria")) {
      criterion(criterion);
    }
    for (Cursor knockOut : model.at("knockOuts").optionalElements("the knock-outs")) {
      knockOut(knockOut);
    }
    ScoringModel.Builder<T> builder = builderWith(steps.size());
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw locate(pointer, e);
    }
  }

  /** A new builder with the first {@code count} steps applied. */
  private ScoringModel.Builder<T> builderWith(int count) {
    ScoringModel.Builder<T> builder = ScoringModel.builder(attributes);
    for (int i = 0; i < count; i++) {
      steps.get(i).apply().accept(builder);
    }
    return builder;
  }

  private ScoringModel.Builder<T> builderWith(List<Step<T>> chosen) {
    ScoringModel.Builder<T> builder = ScoringModel.builder(attributes);
    chosen.forEach(step -> step.apply().accept(builder));
    return builder;
  }

  /**
   * Traces a failure of {@code build()} to the first declaration whose prefix fails to build,
   * and to its field: a criterion that fails alone has a missing-value policy that does not
   * fit it, else it repeats a name; a knock-out that fails beside the criteria alone has a cap
   * that is no tier, else it repeats a name.
   */
  private PolicyDocumentException locate(String pointer, RuntimeException failure) {
    int firstCriterion = 0;
    while (firstCriterion < steps.size() && steps.get(firstCriterion).kind() != Kind.CRITERION) {
      firstCriterion++;
    }
    if (firstCriterion == steps.size()) {
      return Located.at(pointer + "/criteria", failure);
    }
    int count = Located.firstFailing(firstCriterion + 1, steps.size(),
        n -> Located.fails(() -> builderWith(n).build()));
    if (count < 0) {
      return Located.at(pointer, failure);
    }
    Step<T> culprit = steps.get(count - 1);
    RuntimeException cause = failure;
    try {
      builderWith(count).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      cause = e;
    }
    List<Step<T>> alone = new ArrayList<>();
    alone.add(steps.get(0));
    if (culprit.kind() == Kind.KNOCK_OUT) {
      steps.stream().filter(s -> s.kind() == Kind.CRITERION).forEach(alone::add);
    }
    alone.add(culprit);
    boolean failsAlone = Located.fails(() -> builderWith(alone).build());
    String field = culprit.kind() == Kind.CRITERION
        ? (failsAlone ? "/ifMissing" : "/name")
        : (failsAlone ? "/cap" : "/name");
    return Located.at(culprit.pointer() + field, cause);
  }

  private void criterion(Cursor element) {
    Cursor c = element.object("a criterion",
        "name", "description", "attribute", "weight", "scale", "ifMissing");
    String pointer = c.pointer();
    String name = c.at("name").text();
    Optional<String> description = c.at("description").optionalText();
    String attribute = c.at("attribute").text();
    double weight = c.at("weight").number();
    ReadScale read = scale(c.at("scale"), attribute);
    Cursor missingField = c.at("ifMissing");
    Optional<MissingValue> ifMissing = missingField.present()
        ? Optional.of(missing(missingField, read.levels()))
        : Optional.empty();
    steps.add(new Step<>(pointer, Kind.CRITERION, b -> {
      Located.run(pointer, () -> {
        if (read.scale() instanceof LevelScale) {
          b.criterion(name, attribute, (LevelScale<?>) read.scale(), weight);
        } else {
          b.criterion(name, attribute, (Scale) read.scale(), weight);
        }
      }, "criterion name", "/name", "attribute", "/attribute", "weight", "/weight",
          "points scale", "/scale", "step scale", "/scale", "ordinal scale", "/scale");
      description.ifPresent(b::describedAs);
      ifMissing.ifPresent(b::ifMissing);
    }));
  }

  private void knockOut(Cursor element) {
    Cursor k = element.object("a knock-out",
        "name", "description", "attribute", "atLeast", "atMost", "cap");
    String pointer = k.pointer();
    String name = k.at("name").text();
    Optional<String> description = k.at("description").optionalText();
    String attribute = k.at("attribute").text();
    boolean atLeast = k.at("atLeast").present();
    if (atLeast == k.at("atMost").present()) {
      throw k.fail("have exactly one of the bounds atLeast and atMost",
          atLeast ? "both" : "neither");
    }
    double bound = k.at(atLeast ? "atLeast" : "atMost").number();
    Optional<String> cap = k.at("cap").optionalText();
    steps.add(new Step<>(pointer, Kind.KNOCK_OUT, b -> {
      Located.run(pointer, () -> {
        if (atLeast) {
          b.knockOutBelow(name, attribute, bound);
        } else {
          b.knockOutAbove(name, attribute, bound);
        }
      }, "knock-out name", "/name", "attribute", "/attribute", "minimum", "/atLeast",
          "maximum", "/atMost");
      description.ifPresent(b::describedAs);
      cap.ifPresent(tier -> Located.run(pointer + "/cap", () -> b.cappedAt(tier)));
    }));
  }

  private static Tiers tiers(Cursor field) {
    List<Cursor> list = field.elements("the tiers, best first");
    if (list.isEmpty()) {
      throw field.fail("have at least one tier");
    }
    int last = list.size() - 1;
    Tiers.Ladder ladder = null;
    for (int i = 0; i < last; i++) {
      Cursor tier = list.get(i).object("a tier", "label", "minimumScore");
      String label = tier.at("label").text();
      double minimum = tier.at("minimumScore").number();
      Tiers.Ladder sofar = ladder;
      ladder = Located.call(tier.pointer(),
          () -> sofar == null ? Tiers.from(label, minimum) : sofar.then(label, minimum),
          "tier label", "/label", "threshold", "/minimumScore");
    }
    Cursor lowest = list.get(last)
        .object("the lowest tier, which holds every score below the others", "label");
    String label = lowest.at("label").text();
    Tiers.Ladder above = ladder;
    return Located.call(lowest.pointer(),
        () -> above == null ? Tiers.single(label) : above.otherwise(label),
        "tier label", "/label");
  }

  private ReadScale scale(Cursor field, String attribute) {
    if (!field.isObject()) {
      throw field.fail("be an object (a scale)");
    }
    String kind = field.at("kind").text();
    String pointer = field.pointer();
    switch (kind) {
      case "linear":
      case "logarithmic": {
        Cursor s = field.object("a " + kind + " scale", "kind", "worst", "best");
        double worst = s.at("worst").number();
        double best = s.at("best").number();
        return new ReadScale(Located.call(pointer,
            () -> kind.equals("linear") ? Scale.linear(worst, best)
                : Scale.logarithmic(worst, best),
            "worst", "/worst", "best", "/best"), null);
      }
      case "points":
        return new ReadScale(points(field.object("a points scale", "kind", "points")), null);
      case "steps":
        return new ReadScale(
            steps(field.object("a step scale", "kind", "utilityBelow", "steps")), null);
      case "levels":
        return levels(field.object("an ordinal scale", "kind", "type", "enum", "levels"),
            attribute);
      default:
        throw field.at("kind").fail("be one of linear, logarithmic, points, steps, levels");
    }
  }

  private static PointsScale points(Cursor s) {
    Cursor field = s.at("points");
    List<Cursor> points = field.elements("the breakpoints");
    if (points.isEmpty()) {
      throw field.fail("have a breakpoint");
    }
    PointsScale scale = null;
    for (Cursor element : points) {
      Cursor point = element.object("a breakpoint", "value", "utility");
      double value = point.at("value").number();
      double utility = point.at("utility").number();
      PointsScale sofar = scale;
      scale = Located.call(point.pointer(),
          () -> sofar == null ? Scale.points(value, utility) : sofar.then(value, utility),
          "value", "/value", "distance", "/value", "utility", "/utility");
    }
    return scale;
  }

  private static StepScale steps(Cursor s) {
    double below = s.at("utilityBelow").number();
    StepScale scale = Located.call(s.pointer(), () -> Scale.steps(below),
        "utility below", "/utilityBelow");
    for (Cursor element : s.at("steps").elements("the steps")) {
      Cursor step = element.object("a step", "atLeast", "utility");
      double threshold = step.at("atLeast").number();
      double utility = step.at("utility").number();
      StepScale sofar = scale;
      scale = Located.call(step.pointer(), () -> sofar.atLeast(threshold, utility),
          "threshold", "/atLeast", "utility", "/utility");
    }
    return scale;
  }

  private ReadScale levels(Cursor s, String attribute) {
    Cursor typeField = s.at("type");
    String typeName = typeField.text();
    Levels.Type type = null;
    for (Levels.Type candidate : Levels.Type.values()) {
      if (candidate.documentName().equals(typeName)) {
        type = candidate;
      }
    }
    if (type == null) {
      throw typeField.fail("be one of " + String.join(", ", Levels.Type.documentNames()));
    }
    Cursor enumField = s.at("enum");
    Levels levels;
    if (type == Levels.Type.ENUM) {
      levels = Levels.ofEnum(Levels.resolveEnum(enumField, attributes, attribute, levelTypes));
    } else if (enumField.present()) {
      throw enumField.fail("be absent unless the type is enum");
    } else {
      levels = Levels.of(type);
    }
    Cursor field = s.at("levels");
    List<Cursor> list = field.elements("the levels, worst first");
    if (list.isEmpty()) {
      throw field.fail("have a level");
    }
    LevelScale<Object> scale = null;
    for (Cursor element : list) {
      Cursor entry = element.object("a level", "level", "utility");
      Object level = levels.read(entry.at("level"));
      double utility = entry.at("utility").number();
      LevelScale<Object> sofar = scale;
      scale = Located.call(entry.pointer(),
          () -> sofar == null ? Scale.level(level, utility) : sofar.then(level, utility),
          "utility", "/utility", "level", "/level");
    }
    return new ReadScale(scale, levels);
  }

  private static MissingValue missing(Cursor field, Levels levels) {
    if (!field.isObject()) {
      throw field.fail("be an object (a missing-value policy)");
    }
    String kind = field.at("kind").text();
    switch (kind) {
      case "reject":
        field.object("a missing-value policy that rejects", "kind");
        return MissingValue.reject();
      case "worst":
        field.object("a missing-value policy that scores the worst utility", "kind");
        return MissingValue.worst();
      case "substitute": {
        Cursor policy = field.object("a missing-value policy that substitutes",
            "kind", "value", "level");
        Cursor value = policy.at("value");
        Cursor level = policy.at("level");
        if (value.present() == level.present()) {
          throw policy.fail("have exactly one of value (a number) and level",
              value.present() ? "both" : "neither");
        }
        if (value.present()) {
          double number = value.number();
          return Located.call(value.pointer(), () -> MissingValue.substitute(number));
        }
        if (levels == null) {
          throw level.fail("be absent for a numeric criterion, which substitutes a value");
        }
        return MissingValue.substituteLevel(levels.read(level));
      }
      default:
        throw field.at("kind").fail("be one of reject, worst, substitute");
    }
  }
}
