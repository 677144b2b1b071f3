package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.NestedModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Write: the names inside one generated schema, allocated once so that both writers agree: the
 * class names, the private {@code encodeX}/{@code decodeX} method pair of each nested type, and the
 * private codec field of each nested type's attribute. Public constants are reserved first so a
 * private name never displaces them.
 */
final class SchemaNames {
  private final ClassName schema;
  private final ClassName repository;
  private final Set<String> taken = new HashSet<>();
  private final Map<TypeName, String> nestedBase = new HashMap<>();
  private final Map<String, String> codecFields = new HashMap<>();

  SchemaNames(EntityModel entity) {
    String flat = Naming.flatName(entity.type());
    this.schema = ClassName.get(entity.type().packageName(), flat + "Schema");
    this.repository = ClassName.get(entity.type().packageName(), flat + "Repository");
    taken.add("TABLE_NAME");
    taken.add("SCHEMA");
    entity.attributes().forEach(a -> taken.add(a.constantName()));
    for (NestedModel n : entity.nested()) {
      nestedBase.put(n.type(), unique(String.join("", n.type().simpleNames())));
      n.attributes().forEach(a -> codecFields.put(key(n, a), unique(fieldName(n, a))));
    }
  }

  ClassName schema() {
    return schema;
  }

  ClassName repository() {
    return repository;
  }

  String encoder(TypeName nested) {
    return "encode" + nestedBase.get(nested);
  }

  String decoder(TypeName nested) {
    return "decode" + nestedBase.get(nested);
  }

  /** The private codec field of a nested type's attribute. */
  String codecField(NestedModel nested, AttributeModel attribute) {
    return codecFields.get(key(nested, attribute));
  }

  private static String key(NestedModel nested, AttributeModel attribute) {
    return nested.type() + "#" + attribute.javaName();
  }

  private static String fieldName(NestedModel nested, AttributeModel attribute) {
    return Naming.upperSnake(String.join("", nested.type().simpleNames())) + "_" + attribute.constantName() + "_CODEC";
  }

  private String unique(String name) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
