package dev.dynamorepo.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * Model: the class named by {@code @Convert}, and the facts its checks need.
 *
 * @param converter the converter class
 * @param convertedType the {@code T} of its {@code AttributeConverter<T>}, or null when it is no
 *     AttributeConverter
 * @param matchesAttribute true when {@code T} is the attribute's (boxed) type
 * @param instantiable true when generated code can call a public no-arg constructor
 */
public record ConverterModel(
    TypeName converter, TypeName convertedType, boolean matchesAttribute, boolean instantiable) {}
