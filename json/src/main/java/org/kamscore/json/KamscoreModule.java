package org.kamscore.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.kamscore.BatchResult;
import org.kamscore.Contribution;
import org.kamscore.Criterion;
import org.kamscore.Evaluation;
import org.kamscore.KnockOut;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;
import org.kamscore.matrix.Classification;
import org.kamscore.matrix.Placement;
import org.kamscore.matrix.PortfolioMatrix;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson 3 mapper kamscore's types, so that a service's own {@code JsonMapper}
 * writes its results once the module is registered:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new KamscoreModule()).build();
 * String json = mapper.writeValueAsString(model.evaluate(customer));
 * DecisionRecord record = mapper.readValue(json, DecisionRecord.class);
 * }</pre>
 *
 * <p>It writes {@link Evaluation}, {@link Contribution}, {@link Placement}, {@link BatchResult},
 * {@link Classification} and {@link ScoringException} in the shapes of {@link DecisionRecord},
 * {@link ContributionRecord}, {@link PlacementRecord}, {@link BatchRecord},
 * {@link ClassificationRecord} and {@link ErrorRecord}, which it also writes and reads back;
 * {@link ScoringModel} and {@link PortfolioMatrix} as policy documents (which requires
 * criteria bound to attributes, as {@link PolicyFormat#write(ScoringModel)} does); and
 * {@link Criterion} and {@link KnockOut} as the objects of a policy document, without an
 * attribute where a function reads the value. Spring Boot registers a module bean of this
 * type with its mapper, and {@code JsonMapper.builder().findAndAddModules()} finds it through
 * the {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class KamscoreModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public KamscoreModule() {
    super("kamscore");
    write(Evaluation.class, (e, g) -> RecordJson.evaluation(g, DecisionRecord.of(e), true));
    write(Contribution.class, (c, g) -> RecordJson.contribution(g, ContributionRecord.of(c)));
    write(Placement.class, (p, g) -> RecordJson.placement(g, PlacementRecord.of(p)));
    write(BatchResult.class, (b, g) -> RecordJson.batch(g, BatchRecord.of(b)));
    write(Classification.class,
        (c, g) -> RecordJson.classification(g, ClassificationRecord.of(c)));
    write(ScoringException.class, (e, g) -> RecordJson.error(g, ErrorRecord.of(e)));
    write(ScoringModel.class, (m, g) -> PolicyWriter.modelDocument(g, m));
    write(PortfolioMatrix.class, (m, g) -> PolicyWriter.matrixDocument(g, m));
    write(Criterion.class, (c, g) -> PolicyWriter.criterion(g, c));
    write(KnockOut.class, (k, g) -> PolicyWriter.knockOut(g, k));

    write(DecisionRecord.class, (r, g) -> RecordJson.evaluation(g, r, true));
    write(ContributionRecord.class, (r, g) -> RecordJson.contribution(g, r));
    write(PlacementRecord.class, (r, g) -> RecordJson.placement(g, r));
    write(BatchRecord.class, (r, g) -> RecordJson.batch(g, r));
    write(ClassificationRecord.class, (r, g) -> RecordJson.classification(g, r));
    write(ErrorRecord.class, (r, g) -> RecordJson.error(g, r));
    write(ModelReference.class, (r, g) -> RecordJson.model(g, r));
    write(CellCount.class, (r, g) -> RecordJson.cell(g, r));

    read(DecisionRecord.class, c -> RecordJson.evaluation(c, true));
    read(ContributionRecord.class, RecordJson::contribution);
    read(PlacementRecord.class, RecordJson::placement);
    read(BatchRecord.class, RecordJson::batch);
    read(ClassificationRecord.class, RecordJson::classification);
    read(ErrorRecord.class, RecordJson::error);
    read(ModelReference.class, RecordJson::model);
    read(CellCount.class, RecordJson::cell);
  }

  private <T> void write(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        writer.accept(value, g);
      }
    });
  }

  private <T> void read(Class<T> type, Function<Cursor, T> reader) {
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        return reader.apply(Cursor.root(context.readTree(p)));
      }
    });
  }
}
