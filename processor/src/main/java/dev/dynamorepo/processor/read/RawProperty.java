package dev.dynamorepo.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Read: one property as found in the source, before its annotations and type are interpreted.
 *
 * @param name the Java name
 * @param type its type, as seen from the owning type (type variables of superclasses resolved)
 * @param primary where messages about the property point (component, field, else getter)
 * @param annotated where its annotations may be, in priority order
 * @param getter the accessor or getter name, or null
 * @param setter the setter name, or null (always null for records)
 */
record RawProperty(
    String name, TypeMirror type, Element primary, List<Element> annotated, String getter, String setter) {}
