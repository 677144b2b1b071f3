package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.ProjectionModel;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.read.ProjectionReader;
import dev.dynamorepo.processor.validate.ProjectionChecks;
import dev.dynamorepo.processor.write.SourceWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessor;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessorType;

/**
 * Checks every {@code @Projection} record against its entity (each component an entity attribute
 * of a compatible type, one error per bad component, on that component) and generates
 * {@code <Projection>Schema}. Aggregating for Gradle, as each generated file depends on the
 * projection and on its entity.
 */
@AutoService(Processor.class)
@IncrementalAnnotationProcessor(IncrementalAnnotationProcessorType.AGGREGATING)
@SupportedAnnotationTypes(Names.PROJECTION)
public final class ProjectionProcessor extends AbstractProcessor {
  private Rounds rounds;
  private ProjectionReader reader;
  private SourceWriter writer;

  /** Called by javac through the service loader. */
  public ProjectionProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    rounds = new Rounds(env, e -> true, Names.PROJECTION);
    reader = new ProjectionReader(env);
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
    ProjectionModel projection = reader.read(type);
    Report report = new Report();
    ProjectionChecks.check(projection, report);
    report.printTo(processingEnv.getMessager());
    if (!report.hasErrors()) {
      writer.write(writer.render(projection), projection.src());
    }
  }
}
