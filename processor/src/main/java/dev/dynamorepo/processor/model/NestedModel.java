package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import java.util.List;

/**
 * Model: a record or bean stored as a map inside an entity (at any depth).
 *
 * @param type the nested class
 * @param record true for a record, false for a JavaBean
 * @param publicNoArgCtor for a bean, whether it has a public no-arg constructor
 * @param attributes its properties in declaration order
 * @param src the class
 */
public record NestedModel(
    ClassName type, boolean record, boolean publicNoArgCtor, List<AttributeModel> attributes, SourceRef src) {}
