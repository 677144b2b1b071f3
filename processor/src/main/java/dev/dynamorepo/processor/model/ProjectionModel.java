package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * Model: one {@code @Projection} type and the entity it names.
 *
 * @param type the projection
 * @param record whether it is a record
 * @param entityName the simple name of the type {@code @Projection} names, for messages
 * @param entity that type read as an entity; null when the projection is no record or the type no entity
 * @param components the record's components, in order; empty when it is no record or the type no entity
 * @param src the projection's {@code @Projection}
 * @param entitySrc that annotation narrowed to its {@code value}
 */
public record ProjectionModel(
    ClassName type,
    boolean record,
    String entityName,
    EntityModel entity,
    List<Component> components,
    SourceRef src,
    SourceRef entitySrc) {

  /**
   * One record component.
   *
   * @param name its name, which names the entity attribute it reads
   * @param type its type as declared, possibly primitive
   * @param src the component (its private field, which javac can point at)
   */
  public record Component(String name, TypeName type, SourceRef src) {}

  /**
   * @param c a component
   * @return the stored entity attribute of the component's name, if any
   */
  public Optional<AttributeModel> attribute(Component c) {
    return entity.attributes().stream().filter(AttributeModel::stored).filter(a -> a.javaName().equals(c.name())).findFirst();
  }

  /** @return the Java names of the entity's stored attributes, in declaration order */
  public List<String> storedNames() {
    return entity.attributes().stream().filter(AttributeModel::stored).map(AttributeModel::javaName).distinct().toList();
  }
}
