package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.TableModel;
import dev.dynamorepo.processor.read.TableReader;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.validate.EntityValidator;
import dev.dynamorepo.processor.validate.TableChecks;
import dev.dynamorepo.processor.write.SourceWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessor;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessorType;

/**
 * Generates {@code <Table>Schema} and {@code <Table>Table} for every {@code @Table} sealed
 * interface: a single-table design whose permitted types are its {@code @Entity}s. Checks the
 * design as a whole (sealed, only entities permitted, distinct types, keys that can never be
 * equal, collection methods); each entity's own checks and files come from
 * {@link EntityProcessor}. Aggregating for Gradle: the table's files read every entity it permits.
 */
@AutoService(Processor.class)
@IncrementalAnnotationProcessor(IncrementalAnnotationProcessorType.AGGREGATING)
@SupportedAnnotationTypes(Names.TABLE)
public final class TableProcessor extends AbstractProcessor {
  private Rounds rounds;
  private TableReader reader;
  private SourceWriter writer;

  /** Called by javac through the service loader. */
  public TableProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    rounds = new Rounds(env, e -> e.getKind() == ElementKind.INTERFACE, Names.TABLE);
    reader = new TableReader(env);
    writer = new SourceWriter(env);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    rounds.run(round, this::generate);
    return false;
  }

  private void generate(TypeElement type) {
    TableModel model = reader.read(type);
    Report report = new Report();
    TableChecks.check(model, report);
    report.printTo(processingEnv.getMessager());
    // An entity with errors gets no schema (EntityProcessor reports them), so the table that
    // names it is not written either: it would not compile.
    boolean entitiesValid = model.entities().stream().allMatch(e -> {
      Report own = new Report();
      new EntityValidator().validate(e, own);
      return !own.hasErrors();
    });
    if (report.hasErrors() || !entitiesValid || model.entities().isEmpty()) {
      return;
    }
    writer.write(writer.render(model), model.src());
  }
}
