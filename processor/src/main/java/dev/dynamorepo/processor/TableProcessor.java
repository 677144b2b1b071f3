package dev.dynamorepo.processor;

import com.google.auto.service.AutoService;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.TableModel;
import dev.dynamorepo.processor.read.EntityReader;
import dev.dynamorepo.processor.read.Names;
import dev.dynamorepo.processor.read.UnresolvedType;
import dev.dynamorepo.processor.validate.EntityValidator;
import dev.dynamorepo.processor.validate.TableChecks;
import dev.dynamorepo.processor.write.SourceWriter;
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
import javax.lang.model.element.Element;
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
  /** Tables whose entities' types were not all resolved yet, retried each round. */
  private final Map<String, TypeElement> deferred = new LinkedHashMap<>();
  private EntityReader reader;
  private SourceWriter writer;

  /** Called by javac through the service loader. */
  public TableProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reader = new EntityReader(env);
    writer = new SourceWriter(env.getFiler(), env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> todo = new ArrayList<>(deferred.values());
    deferred.clear();
    TypeElement table = processingEnv.getElementUtils().getTypeElement(Names.TABLE);
    if (table != null) {
      for (Element e : round.getElementsAnnotatedWith(table)) {
        if (e.getKind() == ElementKind.INTERFACE) {
          todo.add((TypeElement) e);
        }
      }
    }
    for (TypeElement type : todo) {
      try {
        generate(type);
      } catch (UnresolvedType e) {
        if (round.processingOver()) {
          e.where().printError(processingEnv.getMessager(), String.format(Messages.UNRESOLVED_TYPE, e.member(),
              type.getSimpleName(), e.type()));
        } else {
          deferred.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    return false;
  }

  private void generate(TypeElement type) {
    TableModel model = reader.readTable(type);
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
    try {
      writer.write(writer.render(model));
    } catch (IOException e) {
      SourceRef.of(type).printError(processingEnv.getMessager(), String.format(Messages.WRITE_FAILED, type.getSimpleName(), e.getMessage()));
    }
  }
}
