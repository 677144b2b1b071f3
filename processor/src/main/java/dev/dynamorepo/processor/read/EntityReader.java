package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.EntityModel.ShapeProblem;
import dev.dynamorepo.processor.model.NestedModel;
import dev.dynamorepo.processor.model.SingleTableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Read: one {@code @Table} class or {@code @Entity} type in, one {@link EntityModel} out,
 * with every nested record and bean it reaches.
 */
public final class EntityReader {
  private final Types types;
  private final Elements elements;
  private final Mirrors mirrors;
  private final Properties properties;
  private final MarkReader marks;
  private final SingleTableReader singleTables;

  /**
   * Creates a reader.
   *
   * @param env the processing environment
   */
  public EntityReader(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.mirrors = new Mirrors(env.getElementUtils());
    this.properties = new Properties(types);
    this.marks = new MarkReader(mirrors);
    this.singleTables = new SingleTableReader(types, mirrors);
  }

  /**
   * Reads an entity.
   *
   * @param type a type annotated {@code @Table}, or {@code @Entity} (a type of a single-table design)
   * @return its model
   * @throws UnresolvedType when a property's type is not resolved (yet)
   */
  public EntityModel read(TypeElement type) {
    EntityModel own = readAlone(type);
    if (own.single() == null || !own.single().layout().tableInterface()) {
      return own;
    }
    TypeElement table = elements.getTypeElement(own.single().layout().type().canonicalName());
    return own.withSingle(own.single().withDesignTimeToLive(designTimeToLive(type, own, table)));
  }

  /**
   * The TTL attribute of a single-table design: the first its entities declare, in permits order
   * (TableChecks refuses a second, different one). Read from the entity's supertype's permitted
   * types, so the entity's own files stay isolating; the design's files are aggregating.
   */
  private String designTimeToLive(TypeElement type, EntityModel own, TypeElement table) {
    for (TypeMirror permitted : table.getPermittedSubclasses()) {
      TypeElement element = (TypeElement) ((DeclaredType) permitted).asElement();
      if (isEntityOf(element, table, types)) {
        Optional<String> ttl = (element.equals(type) ? own : readAlone(element)).timeToLive();
        if (ttl.isPresent()) {
          return ttl.get();
        }
      }
    }
    return own.timeToLive().orElse(null);
  }

  /**
   * Reads one entity without looking at its design's other entities (the design's reader reads
   * them all, and works the design's TTL out itself).
   */
  EntityModel readAlone(TypeElement type) {
    String pkg = Visibility.packageOf(type);
    TypeReader typeReader = new TypeReader(types, pkg);
    BodyReader bodies = new BodyReader(properties, marks, typeReader, new ConverterReader(types, mirrors, pkg), elements, types);
    List<ShapeProblem> problems = shapeProblems(type);
    // javac hands processors no local classes (it does not look into method bodies), so every
    // @Table type here is top-level or a member and has a ClassName.
    boolean readable = !problems.contains(ShapeProblem.NOT_A_CLASS);
    ClassName name = ClassName.get(type);
    NestedModel body = readable ? bodies.read(type) : new NestedModel(name, false, true, List.of(), SourceRef.of(type), null, false);
    if (body.builder() != null) {
      // An abstract value class (AutoValue, Immutables) is made through its builder, never with new.
      problems = problems.stream().filter(p -> p != ShapeProblem.ABSTRACT).toList();
    }
    List<NestedModel> nested = new ArrayList<>();
    for (TypeElement n = typeReader.nextNested(); n != null; n = typeReader.nextNested()) {
      nested.add(bodies.read(n));
    }
    Optional<AnnotationMirror> table = Mirrors.find(type, Names.TABLE);
    if (table.isEmpty()) {
      SingleTableModel single = singleTables.read(type);
      SourceRef entityRef = SourceRef.of(type, Mirrors.find(type, Names.ENTITY).orElseThrow(), null);
      String tableName = single.layout().tableName() == null ? "" : single.layout().tableName();
      return new EntityModel(name, tableName, entityRef, entityRef, problems, body, nested, single);
    }
    SourceRef tableRef = SourceRef.of(type, table.get(), null);
    return new EntityModel(name, (String) mirrors.value(table.get(), "name").getValue(), tableRef,
        tableRef.withValue(Mirrors.explicitValue(table.get(), "name")), problems, body, nested, null);
  }

  /** Whether {@code element} is an {@code @Entity} of the design {@code table}. */
  static boolean isEntityOf(TypeElement element, TypeElement table, Types types) {
    return Mirrors.find(element, Names.ENTITY)
        .map(m -> Mirrors.explicitValue(m, "table"))
        .filter(v -> types.isSameType((TypeMirror) v.getValue(), table.asType()))
        .isPresent();
  }

  private static List<ShapeProblem> shapeProblems(TypeElement type) {
    List<ShapeProblem> problems = new ArrayList<>();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return List.of(ShapeProblem.NOT_A_CLASS);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(ShapeProblem.ABSTRACT);
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(ShapeProblem.GENERIC);
    }
    if (Visibility.inner(type)) {
      problems.add(ShapeProblem.INNER);
    }
    if (!Visibility.visibleFrom(type, Visibility.packageOf(type))) {
      problems.add(ShapeProblem.PRIVATE);
    }
    return problems;
  }
}
