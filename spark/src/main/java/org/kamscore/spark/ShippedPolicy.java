package org.kamscore.spark;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kamscore.Criterion;
import org.kamscore.KnockOut;
import org.kamscore.LevelScale;
import org.kamscore.ScoringModel;
import org.kamscore.json.PolicyFormat;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * What an executor needs to build a policy on its own: the policy's canonical JSON document,
 * the enums its ordinal scales use, the attributes in the order of the struct that the scoring
 * UDF receives, and the fingerprints the driver read. It holds text and class names only, never
 * a model, so it serializes whatever lambdas the driver's model might hold.
 */
final class ShippedPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Whether the document is a portfolio matrix rather than a scoring model. */
  final boolean matrix;
  /** The canonical JSON document, as {@link PolicyFormat#write} writes it. */
  final String document;
  /** The enums of the ordinal scales, which the executor allows as level types. */
  private final Class<?>[] levelTypes;
  /** The attributes the policy reads, in the order of the UDF's struct. */
  private final String[] attributes;
  /** Whether the struct ends with the customer's key, after the attributes. */
  final boolean keyed;
  /** The expected fingerprints: of the model, or of the row and the column model. */
  private final String[] fingerprints;
  /** How many reasons each evaluation reports. */
  final int reasons;

  private ShippedPolicy(boolean matrix, String document, List<Class<?>> levelTypes,
      List<String> attributes, boolean keyed, List<String> fingerprints, int reasons) {
    this.matrix = matrix;
    this.document = document;
    this.levelTypes = levelTypes.toArray(new Class<?>[0]);
    this.attributes = attributes.toArray(new String[0]);
    this.keyed = keyed;
    this.fingerprints = fingerprints.toArray(new String[0]);
    this.reasons = reasons;
  }

  /** The enums of the ordinal scales, which the executor allows as level types. */
  List<Class<?>> levelTypes() {
    return List.of(levelTypes);
  }

  /** The attributes the policy reads, in the order of the UDF's struct. */
  List<String> attributes() {
    return List.of(attributes);
  }

  /** The expected fingerprints: of the model, or of the row and the column model. */
  List<String> fingerprints() {
    return List.of(fingerprints);
  }

  static ShippedPolicy of(ScoringModel<?> model) {
    String document = PolicyFormat.json().write(model);
    return new ShippedPolicy(false, document, levelTypes(List.of(model)),
        attributes(List.of(model)), false, List.of(model.fingerprint()), 3);
  }

  static ShippedPolicy of(PortfolioMatrix<?> matrix) {
    String document = PolicyFormat.json().write(matrix);
    List<ScoringModel<?>> models = List.of(matrix.rows().model(), matrix.columns().model());
    return new ShippedPolicy(true, document, levelTypes(models), attributes(models), false,
        List.of(models.get(0).fingerprint(), models.get(1).fingerprint()), 3);
  }

  ShippedPolicy keyed(boolean keyed) {
    return new ShippedPolicy(matrix, document, levelTypes(), attributes(), keyed,
        fingerprints(), reasons);
  }

  ShippedPolicy reasons(int reasons) {
    return new ShippedPolicy(matrix, document, levelTypes(), attributes(), keyed,
        fingerprints(), reasons);
  }

  /** The same policy expecting other fingerprints, as executors of another kamscore would. */
  ShippedPolicy expecting(List<String> fingerprints) {
    return new ShippedPolicy(matrix, document, levelTypes(), attributes(), keyed, fingerprints,
        reasons);
  }

  /** The attributes the models read, each once, in the order of first use. */
  private static List<String> attributes(List<ScoringModel<?>> models) {
    Set<String> names = new LinkedHashSet<>();
    for (ScoringModel<?> model : models) {
      for (Criterion criterion : model.criteria()) {
        criterion.attribute().ifPresent(names::add);
      }
      for (KnockOut knockOut : model.knockOuts()) {
        knockOut.attribute().ifPresent(names::add);
      }
    }
    return List.copyOf(names);
  }

  /** The enums whose constants are levels of an ordinal scale, each once. */
  private static List<Class<?>> levelTypes(List<ScoringModel<?>> models) {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (ScoringModel<?> model : models) {
      for (Criterion criterion : model.criteria()) {
        if (criterion.scale() instanceof LevelScale) {
          for (Object level : ((LevelScale<?>) criterion.scale()).levels()) {
            if (level instanceof Enum) {
              types.add(((Enum<?>) level).getDeclaringClass());
            }
          }
        }
      }
    }
    return List.copyOf(types);
  }
}
