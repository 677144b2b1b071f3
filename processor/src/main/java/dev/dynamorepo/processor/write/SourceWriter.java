package dev.dynamorepo.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.dynamorepo.processor.model.EntityModel;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;

/** Write: the entry point of the stage; renders the three files of a valid entity and writes them. */
public final class SourceWriter {
  private final Filer filer;
  private final boolean generatedAvailable;

  /**
   * Creates a writer.
   *
   * @param filer where files go
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists in the
   *     compilation's platform (it does from Java 9 on, but not under {@code --release 8})
   */
  public SourceWriter(Filer filer, boolean generatedAvailable) {
    this.filer = filer;
    this.generatedAvailable = generatedAvailable;
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
  public List<JavaFile> render(dev.dynamorepo.processor.model.TableModel table) {
    return new TableWriter(table).build().stream().map(type -> {
      // Several origins: the table's files read every entity it permits (an aggregating processor).
      table.entities().forEach(e -> type.addOriginatingElement(e.table().element()));
      return file(table.layout().type().packageName(), table.src().element(), type, Runtime.TABLE_PROCESSOR);
    }).toList();
  }

  /**
   * Writes rendered files.
   *
   * @param files the files
   * @throws IOException when the filer refuses one (e.g. it exists already)
   */
  public void write(List<JavaFile> files) throws IOException {
    for (JavaFile f : files) {
      f.writeTo(filer);
    }
  }

  private JavaFile file(EntityModel entity, TypeSpec.Builder type) {
    return file(entity.type().packageName(), entity.table().element(), type, Runtime.PROCESSOR);
  }

  private JavaFile file(String packageName, javax.lang.model.element.Element origin, TypeSpec.Builder type, String processor) {
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(Runtime.GENERATED)
          .addMember("value", "$S", processor).build());
    }
    // Exactly one originating element per file: what Gradle's isolating mode requires.
    type.addOriginatingElement(origin);
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
