package dev.dynamorepo.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Read: the properties of a record (its components) or of a JavaBean (getters, with their fields
 * and setters), in declaration order: superclasses first, then fields in order, then properties
 * that only have a getter.
 */
final class Properties {
  private final Types types;

  Properties(Types types) {
    this.types = types;
  }

  List<RawProperty> of(TypeElement type) {
    return type.getKind() == ElementKind.RECORD ? ofRecord(type) : ofBean(type);
  }

  /**
   * A record's components. Messages point at the component's private field, which javac copies
   * the component's annotations to: javac 17 finds no source position for a
   * {@code RecordComponentElement} with an annotation mirror, but does for the field.
   */
  private List<RawProperty> ofRecord(TypeElement type) {
    Map<String, Element> fields = new HashMap<>();
    ElementFilter.fieldsIn(type.getEnclosedElements()).forEach(f -> fields.put(f.getSimpleName().toString(), f));
    List<RawProperty> out = new ArrayList<>();
    for (RecordComponentElement c : type.getRecordComponents()) {
      String name = c.getSimpleName().toString();
      Element field = fields.getOrDefault(name, c);
      List<Element> annotated = c.getAccessor() == null ? List.of(field, c) : List.of(field, c.getAccessor(), c);
      out.add(new RawProperty(name, c.asType(), field, annotated, name, null));
    }
    return out;
  }

  /** A bean property being assembled from its field, getter and setters. */
  private static final class Found {
    VariableElement field;
    ExecutableElement getter;
    final List<ExecutableElement> setters = new ArrayList<>();
  }

  private List<RawProperty> ofBean(TypeElement type) {
    DeclaredType owner = (DeclaredType) type.asType();
    Map<String, Found> found = new LinkedHashMap<>();
    for (TypeElement c : hierarchy(type)) {
      collect(c, found);
    }
    List<RawProperty> out = new ArrayList<>();
    found.forEach((name, f) -> {
      if (f.getter != null || (f.field != null && hasDynamoAnnotation(f.field))) {
        out.add(property(owner, name, f));
      }
    });
    return out;
  }

  private void collect(TypeElement c, Map<String, Found> found) {
    for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
      if (!f.getModifiers().contains(Modifier.STATIC)) {
        found.computeIfAbsent(f.getSimpleName().toString(), n -> new Found()).field = f;
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(c.getEnclosedElements())) {
      boolean visible = m.getModifiers().contains(Modifier.PUBLIC)
          || (m.getModifiers().contains(Modifier.ABSTRACT) && !m.getModifiers().contains(Modifier.PRIVATE));
      if (visible && !m.getModifiers().contains(Modifier.STATIC)) {
        method(m, found);
      }
    }
  }

  private void method(ExecutableElement m, Map<String, Found> found) {
    String name = m.getSimpleName().toString();
    if (m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID) {
      String property = getterProperty(name, m.getReturnType());
      if (property == null && m.getModifiers().contains(Modifier.ABSTRACT)) {
        // AutoValue and Immutables accessors: an abstract no-arg method is a property, get-prefix or not.
        property = name;
      }
      if (property != null) {
        Found f = found.computeIfAbsent(property, n -> new Found());
        f.getter = f.getter == null ? m : f.getter;
      }
    } else if (m.getParameters().size() == 1 && name.length() > 3 && name.startsWith("set")) {
      found.computeIfAbsent(decapitalize(name.substring(3)), n -> new Found()).setters.add(m);
    }
  }

  private static String getterProperty(String name, TypeMirror returns) {
    if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
      return decapitalize(name.substring(3));
    }
    boolean bool = returns.getKind() == TypeKind.BOOLEAN || returns.toString().equals("java.lang.Boolean");
    if (bool && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  /** JavaBeans' rule: {@code getURL -> URL}, {@code getName -> name}. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private RawProperty property(DeclaredType owner, String name, Found f) {
    TypeMirror type = f.getter != null
        ? ((ExecutableType) types.asMemberOf(owner, f.getter)).getReturnType()
        : types.asMemberOf(owner, f.field);
    List<Element> annotated = new ArrayList<>(2);
    if (f.getter != null) {
      annotated.add(f.getter);
    }
    if (f.field != null) {
      annotated.add(f.field);
    }
    Element primary = f.field != null ? f.field : f.getter;
    String getter = f.getter == null ? null : f.getter.getSimpleName().toString();
    return new RawProperty(name, type, primary, annotated, getter, setter(owner, type, f));
  }

  private String setter(DeclaredType owner, TypeMirror type, Found f) {
    for (ExecutableElement s : f.setters) {
      TypeMirror param = ((ExecutableType) types.asMemberOf(owner, s)).getParameterTypes().get(0);
      if (types.isSameType(param, type)) {
        return s.getSimpleName().toString();
      }
    }
    return null;
  }

  private static boolean hasDynamoAnnotation(Element e) {
    return e.getAnnotationMirrors().stream()
        .map(Mirrors::nameOf)
        .anyMatch(n -> n.startsWith(Names.PREFIX) && !n.equals(Names.IGNORE));
  }

  /** The class and its superclasses, outermost first, without {@code Object}. */
  private List<TypeElement> hierarchy(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement c = type; c != null; c = superclass(c)) {
      chain.addFirst(c);
    }
    return new ArrayList<>(chain);
  }

  private TypeElement superclass(TypeElement c) {
    TypeMirror s = c.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement e = (TypeElement) types.asElement(s);
    return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
  }
}
