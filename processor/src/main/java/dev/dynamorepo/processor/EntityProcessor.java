package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.read.EntityReader;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.read.UnresolvedType;
import dev.dynamorepo.processor.validate.EntityValidator;
import dev.dynamorepo.processor.write.SourceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import javax.lang.model.element.Element;
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
  /** Entities whose types were not all resolved yet, by qualified name, retried each round. */
  private final Map<String, TypeElement> deferred = new LinkedHashMap<>();
  /** Lombok entities already given a round for Lombok to add their getters and builder. */
  private final java.util.Set<String> waitedForLombok = new java.util.HashSet<>();
  private EntityReader reader;
  private SourceWriter writer;

  /** Called by javac through the service loader. */
  public EntityProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reader = new EntityReader(env);
    boolean generated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    writer = new SourceWriter(env.getFiler(), generated);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> todo = new ArrayList<>();
    deferred.forEach((name, old) -> {
      TypeElement fresh = processingEnv.getElementUtils().getTypeElement(name);
      todo.add(fresh != null ? fresh : old);
    });
    deferred.clear();
    for (String annotation : new String[] {Names.TABLE, Names.ENTITY}) {
      TypeElement mark = processingEnv.getElementUtils().getTypeElement(annotation);
      if (mark == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(mark)) {
        // A @Table interface is a single-table design: TableProcessor (aggregating) reads it.
        boolean design = e.getKind() == javax.lang.model.element.ElementKind.INTERFACE && annotation.equals(Names.TABLE);
        if (!design && !todo.contains(e)) {
          todo.add((TypeElement) e);
        }
      }
    }
    todo.forEach(type -> process(type, round.processingOver()));
    return false;
  }

  private void process(TypeElement type, boolean last) {
    String name = type.getQualifiedName().toString();
    if (!last && usesLombok(type) && waitedForLombok.add(name)) {
      // Listed before Lombok, this processor would see the class before Lombok adds its getters
      // and builder (javac runs the processors of a round in order). One round later they are
      // there, whichever order the processors were listed in.
      deferred.put(name, type);
      return;
    }
    try {
      generate(type);
    } catch (UnresolvedType e) {
      if (last) {
        e.where().printError(processingEnv.getMessager(), String.format(Messages.UNRESOLVED_TYPE,
            e.member(), type.getSimpleName(), e.type()));
      } else {
        deferred.put(type.getQualifiedName().toString(), type);
      }
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      SourceRef.of(type).printError(processingEnv.getMessager(),
          String.format(Messages.PROCESSOR_CRASH, type.getQualifiedName(), trace));
      throw e;
    }
  }

  private static boolean usesLombok(TypeElement type) {
    java.util.function.Predicate<javax.lang.model.element.Element> lombok = e -> e.getAnnotationMirrors().stream()
        .anyMatch(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString().startsWith("lombok."));
    return lombok.test(type) || type.getEnclosedElements().stream().anyMatch(lombok);
  }

  private void generate(TypeElement type) {
    EntityModel entity = reader.read(type);
    Report report = new Report();
    new EntityValidator().validate(entity, report);
    report.printTo(processingEnv.getMessager());
    if (report.hasErrors()) {
      return;
    }
    var files = writer.render(entity);
    try {
      writer.write(files);
    } catch (IOException e) {
      SourceRef.of(type).printError(processingEnv.getMessager(),
          String.format(Messages.WRITE_FAILED, files.get(0).typeSpec().name(), e.getMessage()));
    }
  }
}
