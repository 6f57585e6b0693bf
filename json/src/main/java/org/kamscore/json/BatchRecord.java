package org.kamscore.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.kamscore.BatchResult;
import org.kamscore.Evaluation;
import org.kamscore.ScoringException;

/**
 * A {@link BatchResult} as a record: the decision of every customer that could be scored and
 * the error of every one that could not, each in input order. The customers' indexes are the
 * errors' {@link ErrorRecord#customerIndex()}; the evaluations fill the other indexes, in order.
 *
 * @param size the number of customers in the batch
 * @param evaluations the decisions, in input order
 * @param errors the failures, in input order
 * @since 0.1.0
 */
public record BatchRecord(int size, List<DecisionRecord> evaluations, List<ErrorRecord> errors) {

  /**
   * Checks the record and copies its lists.
   *
   * @param size the number of customers in the batch
   * @param evaluations the decisions, in input order
   * @param errors the failures, in input order
   * @throws IllegalArgumentException if the evaluations and errors do not add up to the size
   */
  public BatchRecord {
    evaluations = List.copyOf(evaluations);
    errors = List.copyOf(errors);
    Checks.requireArgument(size == evaluations.size() + errors.size(),
        "size must be the number of evaluations and errors, %d, but was: %d",
        evaluations.size() + errors.size(), size);
  }

  /**
   * Returns the record of a batch.
   *
   * @param result the batch's result
   * @return its record
   */
  public static BatchRecord of(BatchResult result) {
    requireNonNull(result, "result");
    List<DecisionRecord> evaluations = new ArrayList<>();
    for (Evaluation e : result.evaluations()) {
      evaluations.add(DecisionRecord.of(e));
    }
    List<ErrorRecord> errors = new ArrayList<>();
    for (ScoringException e : result.errors()) {
      errors.add(ErrorRecord.of(e));
    }
    return new BatchRecord(result.size(), evaluations, errors);
  }

  /**
   * Returns the record as one line of JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Documents.writeLine(g -> RecordJson.batch(g, this));
  }

  /**
   * Reads a record from JSON that {@link #toJson()} or {@link KamscoreModule} wrote.
   *
   * @param json the JSON text
   * @return the record
   * @throws PolicyDocumentException if the text is not such a record, naming where and why
   */
  public static BatchRecord fromJson(String json) {
    requireNonNull(json, "json");
    return RecordJson.batch(Cursor.root(Documents.parseRecord(json)));
  }
}
