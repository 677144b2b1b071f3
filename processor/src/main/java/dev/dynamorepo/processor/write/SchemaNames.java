package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.NestedModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Write: the names inside one generated schema, allocated once so that every writer agrees: the
 * two class names, and per nested type a base name ({@code Address}) that gives its
 * {@code AddressFields} class and its private {@code encodeAddress}/{@code decodeAddress} pair.
 * A type nested in the entity drops the entity's name ({@code Order.Address -> Address}); two
 * nested types with the same name get a number.
 */
final class SchemaNames {
  private final ClassName schema;
  private final ClassName repository;
  private final ClassName asyncRepository;
  private final Map<TypeName, String> nestedBase = new HashMap<>();

  SchemaNames(EntityModel entity) {
    String flat = Naming.flatName(entity.type());
    this.schema = ClassName.get(entity.type().packageName(), flat + "Schema");
    this.repository = ClassName.get(entity.type().packageName(), flat + "Repository");
    this.asyncRepository = ClassName.get(entity.type().packageName(), flat + "AsyncRepository");
    Set<String> taken = new HashSet<>();
    for (NestedModel n : entity.nested()) {
      String base = base(entity.type(), n.type());
      String unique = base;
      for (int i = 2; !taken.add(unique); i++) {
        unique = base + i;
      }
      nestedBase.put(n.type(), unique);
    }
  }

  private static String base(ClassName entity, ClassName nested) {
    List<String> names = nested.simpleNames();
    boolean inside = names.size() > entity.simpleNames().size()
        && names.subList(0, entity.simpleNames().size()).equals(entity.simpleNames())
        && nested.packageName().equals(entity.packageName());
    return String.join("", inside ? names.subList(entity.simpleNames().size(), names.size()) : names);
  }

  ClassName schema() {
    return schema;
  }

  ClassName repository() {
    return repository;
  }

  ClassName asyncRepository() {
    return asyncRepository;
  }

  String encoder(TypeName nested) {
    return "encode" + nestedBase.get(nested);
  }

  String decoder(TypeName nested) {
    return "decode" + nestedBase.get(nested);
  }

  /** The public class holding a nested type's field constants, nested in the schema. */
  ClassName fields(TypeName nested) {
    return schema.nestedClass(nestedBase.get(nested) + "Fields");
  }
}
