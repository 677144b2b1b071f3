package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Model: one {@code @Table} class or {@code @Entity} type and everything reachable from it.
 *
 * @param type the entity class
 * @param tableName {@code @Table(name)}
 * @param table the {@code @Table} annotation
 * @param tableNameSrc the annotation narrowed to its {@code name}
 * @param shapeProblems why the type cannot be an entity; empty when it can
 * @param body its attributes and how instances are made
 * @param nested every nested record and bean reachable from the attributes, in discovery order
 * @param single how an {@code @Entity} lives in its single-table design; null for a {@code @Table} class
 */
public record EntityModel(
    ClassName type,
    String tableName,
    SourceRef table,
    SourceRef tableNameSrc,
    List<ShapeProblem> shapeProblems,
    NestedModel body,
    List<NestedModel> nested,
    SingleTableModel single) {

  /** Why a {@code @Table} type cannot be an entity. */
  public enum ShapeProblem {
    NOT_A_CLASS, ABSTRACT, GENERIC, INNER, PRIVATE
  }

  /**
   * @param other how the entity lives in its design, completed
   * @return this model with it
   */
  public EntityModel withSingle(SingleTableModel other) {
    return new EntityModel(type, tableName, table, tableNameSrc, shapeProblems, body, nested, other);
  }

  /** @return the stored name of the {@code @TimeToLive} attribute, if it has one */
  public Optional<String> timeToLive() {
    return attributes().stream().filter(a -> a.marks().ttl() != null).map(AttributeModel::storedName).findFirst();
  }

  /** @return the attributes in declaration order, ignored ones included */
  public List<AttributeModel> attributes() {
    return body.attributes();
  }

  /** @return the first partition key, if any */
  public Optional<AttributeModel> partitionKey() {
    return attributes().stream().filter(a -> a.marks().partitionKey() != null).findFirst();
  }

  /** @return the first sort key, if any */
  public Optional<AttributeModel> sortKey() {
    return attributes().stream().filter(a -> a.marks().sortKey() != null).findFirst();
  }

  /**
   * @param a an attribute
   * @return true when it is part of the table's key: a key attribute, or a component of a key template
   */
  public boolean keyPart(AttributeModel a) {
    return a.key() || (single != null && single.composes(a.javaName()));
  }

  /**
   * The global indexes of a single-table entity whose key attributes it holds itself (no
   * template): DynamoDB's multi-attribute keys, or a one-attribute key stored as it is.
   *
   * @return those indexes, in declaration order; empty for a table of its own
   */
  public List<TableLayout.IndexLayout> attributeIndexes() {
    if (single == null) {
      return List.of();
    }
    Set<String> held = new HashSet<>();
    attributes().stream().filter(AttributeModel::stored).forEach(a -> held.add(a.storedName()));
    return single.layout().indexes().stream()
        .filter(i -> single.indexes().stream().noneMatch(t -> t.index().equals(i.name())))
        .filter(i -> held.containsAll(i.keys())).toList();
  }

  /**
   * @param javaName an attribute's Java name
   * @return the attribute with that name, if any (ignored ones included)
   */
  public Optional<AttributeModel> attribute(String javaName) {
    return attributes().stream().filter(a -> a.javaName().equals(javaName)).findFirst();
  }

  /**
   * @param storedName a stored attribute name
   * @return the stored attribute with that name, if any
   */
  public Optional<AttributeModel> storedAs(String storedName) {
    return attributes().stream().filter(a -> a.stored() && a.storedName().equals(storedName)).findFirst();
  }

  /** @return the first version attribute, if any */
  public Optional<AttributeModel> version() {
    return attributes().stream().filter(a -> a.marks().version() != null).findFirst();
  }
}
