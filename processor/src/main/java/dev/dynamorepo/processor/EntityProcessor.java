package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.read.EntityReader;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.validate.EntityValidator;
import dev.dynamorepo.processor.write.SourceWriter;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessor;
import net.ltgt.gradle.incap.IncrementalAnnotationProcessorType;

/**
 * Generates {@code <Entity>Schema} and {@code <Entity>Repository} for every type annotated
 * {@code @dev.dynamorepo.annotations.Table}, after checking it; mistakes are reported as compile
 * errors on the annotation that causes them, and an entity with errors gets no files.
 *
 * <p>Put the processor on the annotation processor path:
 *
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path>
 *     <groupId>dev.dynamorepo</groupId>
 *     <artifactId>dynamo-repo-processor</artifactId>
 *   </path>
 * </annotationProcessorPaths>
 * }</pre>
 *
 * <p>The processor is isolating for Gradle: each generated file depends only on its entity.
 */
@AutoService(Processor.class)
@IncrementalAnnotationProcessor(IncrementalAnnotationProcessorType.ISOLATING)
@SupportedAnnotationTypes({Names.TABLE, Names.ENTITY})
public final class EntityProcessor extends AbstractProcessor {
  private Rounds rounds;
  private EntityReader reader;
  private SourceWriter writer;

  /** Called by javac through the service loader. */
  public EntityProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    // Listed before Lombok, this processor would see the class before Lombok adds its getters
    // and builder (javac runs the processors of a round in order). One round later they are
    // there, whichever order the processors were listed in.
    rounds = new Rounds(env, EntityProcessor::isEntity, Names.TABLE, Names.ENTITY).waitingOnce(EntityProcessor::usesLombok);
    reader = new EntityReader(env);
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

  /** A {@code @Table} interface is a single-table design: {@link TableProcessor} (aggregating) reads it. */
  private static boolean isEntity(Element e) {
    return e.getKind() != ElementKind.INTERFACE || annotated(e, name -> name.equals(Names.ENTITY));
  }

  private static boolean usesLombok(TypeElement type) {
    Predicate<Element> lombok = e -> annotated(e, name -> name.startsWith("lombok."));
    return lombok.test(type) || type.getEnclosedElements().stream().anyMatch(lombok);
  }

  private static boolean annotated(Element e, Predicate<String> name) {
    return e.getAnnotationMirrors().stream()
        .anyMatch(m -> name.test(((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString()));
  }

  private void generate(TypeElement type) {
    EntityModel entity = reader.read(type);
    Report report = new Report();
    new EntityValidator().validate(entity, report);
    report.printTo(processingEnv.getMessager());
    if (!report.hasErrors()) {
      writer.write(writer.render(entity), entity.table());
    }
  }
}
