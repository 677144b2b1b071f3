package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.read.EntityReader;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.write.ProjectionWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
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
  private EntityReader reader;
  private ProjectionWriter writer;

  /** Called by javac through the service loader. */
  public ProjectionProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    rounds = new Rounds(env, e -> true, Names.PROJECTION);
    reader = new EntityReader(env);
    writer = new ProjectionWriter(env.getFiler(),
        env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
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

  private void generate(TypeElement projection) {
    AnnotationMirror mirror = projection.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(Names.PROJECTION))
        .findFirst().orElseThrow();
    AnnotationValue value = mirror.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals("value")).map(Map.Entry::getValue).findFirst().orElseThrow();
    TypeElement entityType = (TypeElement) ((DeclaredType) value.getValue()).asElement();
    Report report = new Report();
    if (projection.getKind() != ElementKind.RECORD) {
      report.error(SourceRef.of(projection, mirror, null), Messages.PROJECTION_NOT_RECORD, projection.getSimpleName());
    } else if (entityType.getAnnotationMirrors().stream().noneMatch(m ->
        ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(Names.TABLE)
        || ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(Names.ENTITY))) {
      report.error(SourceRef.of(projection, mirror, value), Messages.PROJECTION_NOT_ENTITY, projection.getSimpleName(),
          entityType.getSimpleName());
    }
    if (report.hasErrors()) {
      report.printTo(processingEnv.getMessager());
      return;
    }
    EntityModel entity = reader.read(entityType);
    List<ProjectionWriter.Part> parts = check(projection, entity, report);
    report.printTo(processingEnv.getMessager());
    if (report.hasErrors()) {
      return;
    }
    try {
      writer.write(projection, entity, parts);
    } catch (IOException e) {
      SourceRef.of(projection).printError(processingEnv.getMessager(),
          String.format(Messages.WRITE_FAILED, projection.getSimpleName() + "Schema", e.getMessage()));
    }
  }

  private List<ProjectionWriter.Part> check(TypeElement projection, EntityModel entity, Report report) {
    Map<String, AttributeModel> byName = new LinkedHashMap<>();
    entity.attributes().stream().filter(AttributeModel::stored).forEach(a -> byName.put(a.javaName(), a));
    List<ProjectionWriter.Part> parts = new ArrayList<>();
    for (RecordComponentElement c : projection.getRecordComponents()) {
      String name = c.getSimpleName().toString();
      SourceRef where = SourceRef.of(field(projection, name, c));
      AttributeModel a = byName.get(name);
      if (a == null) {
        report.error(where, Messages.PROJECTION_UNKNOWN, name, projection.getSimpleName(), entity.type().simpleName(),
            dev.dynamorepo.processor.validate.Suggestions.closest(name, byName.keySet()));
        continue;
      }
      TypeMirror type = c.asType();
      TypeName declared = TypeName.get(type);
      if (!declared.box().equals(a.declaredType().box())) {
        report.error(where, Messages.PROJECTION_TYPE, name, projection.getSimpleName(), declared, entity.type().simpleName()
            + "." + a.javaName(), a.declaredType());
        continue;
      }
      parts.add(new ProjectionWriter.Part(a, type.getKind().isPrimitive() ? declared : null));
    }
    return parts;
  }

  /** The component's private field: javac 17 has no source position for a record component. */
  private static Element field(TypeElement record, String name, RecordComponentElement fallback) {
    for (Element e : record.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(name)) {
        return e;
      }
    }
    ExecutableElement accessor = fallback.getAccessor();
    return accessor != null && accessor.asType().getKind() != TypeKind.ERROR ? accessor : fallback;
  }
}
