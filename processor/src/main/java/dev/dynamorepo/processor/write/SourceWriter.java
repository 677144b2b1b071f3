package dev.dynamorepo.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.ProjectionModel;
import dev.dynamorepo.processor.model.TableModel;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Write: the entry point of the stage; renders the files of a valid entity, single-table design
 * or projection, and writes them.
 */
public final class SourceWriter {
  private final Filer filer;
  private final Messager messager;
  private final boolean generatedAvailable;

  /**
   * Creates a writer.
   *
   * @param env the processing environment: its filer, its messager for a file that cannot be
   *     written, and whether {@code javax.annotation.processing.Generated} exists in the
   *     compilation's platform (it does from Java 9 on, but not under {@code --release 8})
   */
  public SourceWriter(ProcessingEnvironment env) {
    this.filer = env.getFiler();
    this.messager = env.getMessager();
    this.generatedAvailable = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
  }

  /**
   * Renders an entity's files.
   *
   * @param entity a model that passed validation
   * @return {@code <Entity>Schema}, {@code <Entity>Repository} and {@code <Entity>AsyncRepository}
   */
  public List<JavaFile> render(EntityModel entity) {
    SchemaNames names = new SchemaNames(entity);
    return List.of(
        file(entity, new SchemaWriter(entity, names).build()),
        file(entity, new RepositoryWriter(entity, names, false).build()),
        file(entity, new RepositoryWriter(entity, names, true).build()));
  }

  /**
   * Renders a single-table design's files.
   *
   * @param table a model that passed validation
   * @return {@code <Table>Schema} and {@code <Table>Table}
   */
  public List<JavaFile> render(TableModel table) {
    return new TableWriter(table).build().stream().map(type -> {
      // Several origins: the table's files read every entity it permits (an aggregating processor).
      table.entities().forEach(e -> type.addOriginatingElement(e.table().element()));
      return file(table.layout().type().packageName(), table.src(), type, Runtime.TABLE_PROCESSOR);
    }).toList();
  }

  /**
   * Renders a projection's file.
   *
   * @param projection a model that passed validation
   * @return {@code <Projection>Schema}
   */
  public List<JavaFile> render(ProjectionModel projection) {
    return List.of(file(projection.type().packageName(), projection.src(), new ProjectionWriter(projection).build(),
        Runtime.PROJECTION_PROCESSOR));
  }

  /**
   * Writes rendered files; a file the filer refuses (e.g. it exists already) is reported as an error
   * on the type they were rendered from.
   *
   * @param files the files
   * @param origin the entity, design or projection
   */
  public void write(List<JavaFile> files, SourceRef origin) {
    try {
      for (JavaFile f : files) {
        f.writeTo(filer);
      }
    } catch (IOException e) {
      SourceRef.of(origin.element()).printError(messager,
          String.format(Messages.WRITE_FAILED, files.get(0).typeSpec().name(), e.getMessage()));
    }
  }

  private JavaFile file(EntityModel entity, TypeSpec.Builder type) {
    return file(entity.type().packageName(), entity.table(), type, Runtime.PROCESSOR);
  }

  private JavaFile file(String packageName, SourceRef origin, TypeSpec.Builder type, String processor) {
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(Runtime.GENERATED)
          .addMember("value", "$S", processor).build());
    }
    // Exactly one originating element per file: what Gradle's isolating mode requires.
    type.addOriginatingElement(origin.element());
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
