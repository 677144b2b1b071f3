package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.ProjectionModel;
import dev.dynamorepo.processor.model.ProjectionModel.Component;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Read: one {@code @Projection} type in, one {@link ProjectionModel} out, with the entity it names
 * read by the {@link EntityReader} when the projection is a record and the type an entity.
 */
public final class ProjectionReader {
  private final EntityReader entities;

  /**
   * Creates a reader.
   *
   * @param env the processing environment
   */
  public ProjectionReader(ProcessingEnvironment env) {
    this.entities = new EntityReader(env);
  }

  /**
   * Reads a projection.
   *
   * @param projection a type annotated {@code @Projection}
   * @return its model
   * @throws UnresolvedType when a property type of its entity is not resolved (yet)
   */
  public ProjectionModel read(TypeElement projection) {
    AnnotationMirror mirror = Mirrors.find(projection, Names.PROJECTION).orElseThrow();
    AnnotationValue value = Mirrors.explicitValue(mirror, "value");
    TypeElement entityType = (TypeElement) ((DeclaredType) value.getValue()).asElement();
    boolean record = projection.getKind() == ElementKind.RECORD;
    boolean readable = record && isEntity(entityType);
    EntityModel entity = readable ? entities.read(entityType) : null;
    return new ProjectionModel(ClassName.get(projection), record, entityType.getSimpleName().toString(), entity,
        readable ? components(projection) : List.of(), SourceRef.of(projection, mirror, null),
        SourceRef.of(projection, mirror, value));
  }

  private static boolean isEntity(TypeElement type) {
    return Mirrors.find(type, Names.TABLE).isPresent() || Mirrors.find(type, Names.ENTITY).isPresent();
  }

  private static List<Component> components(TypeElement record) {
    return record.getRecordComponents().stream().map(c -> {
      String name = c.getSimpleName().toString();
      return new Component(name, TypeName.get(c.asType()), SourceRef.of(field(record, name, c)));
    }).toList();
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
