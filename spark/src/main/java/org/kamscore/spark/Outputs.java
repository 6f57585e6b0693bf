package org.kamscore.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kamscore.Contribution;
import org.kamscore.Evaluation;

/**
 * The columns that scoring adds: their names, their Spark types, and how an evaluation fills
 * them. A scoring model adds one evaluation's columns and {@code error}; a matrix adds both
 * axes' evaluations, prefixed {@code row_} and {@code column_}, the bands, the cell, its
 * treatment and {@code error}. The scoring UDF computes every column but the fingerprints,
 * which are the driver's, checked by every executor when it builds the policy, and added as
 * constants.
 */
final class Outputs {
  /** The columns of one evaluation, in order. */
  static final List<String> EVALUATION = List.of(
      "score", "tier", "score_tier", "failed_knock_outs", "reasons", "fingerprint");
  /** The columns of one evaluation that the UDF computes, in order. */
  static final int COMPUTED = EVALUATION.size() - 1;
  private static final List<DataType> COMPUTED_TYPES = List.of(
      DataTypes.DoubleType, DataTypes.StringType, DataTypes.StringType,
      DataTypes.createArrayType(DataTypes.StringType, false),
      DataTypes.createArrayType(DataTypes.StringType, false));
  private static final List<String> PLACEMENT =
      List.of("row_band", "column_band", "cell", "treatment");
  private static final String ERROR = "error";
  private static final String[] NONE = {};

  private Outputs() {}

  /** The names of the added columns, without a prefix. */
  static List<String> names(boolean matrix) {
    List<String> names = new ArrayList<>();
    if (matrix) {
      EVALUATION.forEach(name -> names.add("row_" + name));
      EVALUATION.forEach(name -> names.add("column_" + name));
      names.addAll(PLACEMENT);
    } else {
      names.addAll(EVALUATION);
    }
    names.add(ERROR);
    return List.copyOf(names);
  }

  /**
   * Which fingerprint an added column holds: 0 for the model's or the row model's, 1 for the
   * column model's, -1 for a column the UDF computes.
   */
  static int fingerprintOf(String name) {
    return name.equals("fingerprint") || name.equals("row_fingerprint") ? 0
        : name.equals("column_fingerprint") ? 1 : -1;
  }

  /** The struct the scoring UDF returns: the added columns but the fingerprints. */
  static StructType type(boolean matrix) {
    List<DataType> types = new ArrayList<>(COMPUTED_TYPES);
    if (matrix) {
      types.addAll(COMPUTED_TYPES);
      PLACEMENT.forEach(name -> types.add(DataTypes.StringType));
    }
    types.add(DataTypes.StringType);
    List<StructField> fields = new ArrayList<>();
    for (String name : names(matrix)) {
      if (fingerprintOf(name) < 0) {
        fields.add(DataTypes.createStructField(name, types.get(fields.size()), true));
      }
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Puts an evaluation's computed columns into {@code out} from index {@code at}; with no
   * reasons asked for, the evaluation's contributions are never computed.
   */
  static void put(Evaluation evaluation, int reasons, Object[] out, int at) {
    String[] top = NONE;
    if (reasons > 0) {
      List<Contribution> ranked = evaluation.reasons();
      top = new String[Math.min(reasons, ranked.size())];
      for (int i = 0; i < top.length; i++) {
        top[i] = ranked.get(i).criterion();
      }
    }
    out[at] = evaluation.score();
    out[at + 1] = evaluation.tier().label();
    out[at + 2] = evaluation.scoreTier().label();
    out[at + 3] = evaluation.failedKnockOuts().toArray(NONE);
    out[at + 4] = top;
  }
}
