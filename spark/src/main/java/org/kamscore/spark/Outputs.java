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
 * treatment and {@code error}.
 */
final class Outputs {
  /** The columns of one evaluation, in order. */
  static final List<String> EVALUATION = List.of(
      "score", "tier", "score_tier", "failed_knock_outs", "reasons", "fingerprint");
  static final int FINGERPRINT = EVALUATION.indexOf("fingerprint");
  private static final List<DataType> EVALUATION_TYPES = List.of(
      DataTypes.DoubleType, DataTypes.StringType, DataTypes.StringType,
      DataTypes.createArrayType(DataTypes.StringType, false),
      DataTypes.createArrayType(DataTypes.StringType, false), DataTypes.StringType);
  private static final List<String> PLACEMENT =
      List.of("row_band", "column_band", "cell", "treatment");
  private static final String ERROR = "error";

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

  /** The struct the scoring UDF returns, its fields named as {@link #names(boolean)}. */
  static StructType type(boolean matrix) {
    List<DataType> types = new ArrayList<>(EVALUATION_TYPES);
    if (matrix) {
      types.addAll(EVALUATION_TYPES);
      PLACEMENT.forEach(name -> types.add(DataTypes.StringType));
    }
    types.add(DataTypes.StringType);
    List<String> names = names(matrix);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(DataTypes.createStructField(names.get(i), types.get(i), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** Puts an evaluation's columns into {@code out} from index {@code at}. */
  static void put(Evaluation evaluation, int reasons, Object[] out, int at) {
    List<Contribution> ranked = evaluation.reasons();
    String[] top = new String[Math.min(reasons, ranked.size())];
    for (int i = 0; i < top.length; i++) {
      top[i] = ranked.get(i).criterion();
    }
    out[at] = evaluation.score();
    out[at + 1] = evaluation.tier().label();
    out[at + 2] = evaluation.scoreTier().label();
    out[at + 3] = evaluation.failedKnockOuts().toArray(new String[0]);
    out[at + 4] = top;
    out[at + 5] = evaluation.fingerprint();
  }
}
