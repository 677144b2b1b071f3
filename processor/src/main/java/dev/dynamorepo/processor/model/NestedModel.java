package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * Model: a record or bean stored as a map inside an entity (at any depth).
 *
 * @param type the nested class
 * @param record true for a record, false for a JavaBean
 * @param publicNoArgCtor for a bean, whether it has a public no-arg constructor
 * @param attributes its properties in declaration order
 * @param src the class
 * @param builder for an immutable class, its builder; null when it has none
 * @param lombok whether the class carries Lombok annotations (so a missing getter is Lombok's)
 */
public record NestedModel(
    ClassName type, boolean record, boolean publicNoArgCtor, List<AttributeModel> attributes, SourceRef src,
    BuilderModel builder, boolean lombok) {

  /**
   * An immutable class's builder, as Lombok's {@code @Builder} or a hand-written one has it:
   * {@code Type.builder().name(v)...build()}.
   *
   * @param factory the static method that makes the builder
   * @param build the builder's method that makes the object
   * @param methods the builder method of each property, by Java name; a property without one is absent
   */
  public record BuilderModel(String factory, String build, Map<String, String> methods) {}
}
