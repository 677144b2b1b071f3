package dev.dynamorepo.processor.model;

import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.SourceRef;

/**
 * Model: one property of an entity or nested type.
 *
 * @param javaName the Java name ({@code totalCents})
 * @param storedName the DynamoDB attribute name ({@code @Attribute} or the Java name)
 * @param declaredType the type as declared, possibly primitive
 * @param type how it is stored; null when {@code @Ignore}d
 * @param getter the accessor or getter method name; null for a bean property without one
 * @param setter the bean setter name; null for records and bean properties without one
 * @param marks its annotations
 * @param src the property (record component, field or getter)
 */
public record AttributeModel(
    String javaName,
    String storedName,
    TypeName declaredType,
    ValueType type,
    String getter,
    String setter,
    Marks marks,
    SourceRef src) {

  /** @return true when not {@code @Ignore}d */
  public boolean stored() {
    return marks.ignore() == null;
  }

  /** @return true for the partition or sort key */
  public boolean key() {
    return marks.partitionKey() != null || marks.sortKey() != null;
  }

  /** @return the generated constant's name, UPPER_SNAKE of the Java name */
  public String constantName() {
    return Naming.upperSnake(javaName);
  }

  /** @return a name for messages: {@code Order.totalCents} */
  public String describe(TypeName owner) {
    return Naming.simpleName(owner) + "." + javaName;
  }
}
