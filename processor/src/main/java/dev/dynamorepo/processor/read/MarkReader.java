package dev.dynamorepo.processor.read;

import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.Marks;
import dev.dynamorepo.processor.model.Marks.AutoIncrementMark;
import dev.dynamorepo.processor.model.Marks.IndexMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Read: the dynamo-repo annotations of one property into {@link Marks}. A property's annotations
 * may sit on several elements (record component and accessor, bean getter and field); for each
 * annotation type the first element that carries it wins, because javac copies a component's
 * annotations onto its implicit accessor and they must not count twice.
 */
final class MarkReader {
  private final Mirrors mirrors;

  MarkReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  Marks read(List<Element> annotated) {
    return new Marks(
        ref(annotated, Names.PARTITION_KEY),
        ref(annotated, Names.SORT_KEY),
        autoIncrement(annotated),
        ref(annotated, Names.VERSION),
        ref(annotated, Names.IGNORE),
        ref(annotated, Names.ATTRIBUTE),
        ref(annotated, Names.CONVERT),
        indexKeys(annotated),
        ttl(annotated),
        ref(annotated, Names.CREATED_AT),
        ref(annotated, Names.UPDATED_AT),
        generatedId(annotated));
  }

  private Marks.TtlMark ttl(List<Element> annotated) {
    SourceRef src = ref(annotated, Names.TIME_TO_LIVE);
    if (src == null) {
      return null;
    }
    AnnotationMirror m = first(annotated, Names.TIME_TO_LIVE).orElseThrow();
    return new Marks.TtlMark(src, (Long) mirrors.value(m, "lifetimeSeconds").getValue());
  }

  private Marks.GeneratedIdMark generatedId(List<Element> annotated) {
    SourceRef src = ref(annotated, Names.GENERATED_ID);
    if (src == null) {
      return null;
    }
    AnnotationMirror m = first(annotated, Names.GENERATED_ID).orElseThrow();
    Object strategy = mirrors.value(m, "value").getValue();
    String name = strategy instanceof VariableElement v ? v.getSimpleName().toString() : String.valueOf(strategy);
    return new Marks.GeneratedIdMark(src, name);
  }

  /** The stored name from {@code @Attribute}, or null. */
  String attributeName(List<Element> annotated) {
    return first(annotated, Names.ATTRIBUTE)
        .map(m -> (String) mirrors.value(m, "value").getValue())
        .orElse(null);
  }

  /** The {@code @Convert} annotation, or null. */
  AnnotationMirror convert(List<Element> annotated) {
    return first(annotated, Names.CONVERT).orElse(null);
  }

  private static Optional<AnnotationMirror> first(List<Element> annotated, String name) {
    for (Element e : annotated) {
      Optional<AnnotationMirror> m = Mirrors.find(e, name);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private static SourceRef ref(List<Element> annotated, String name) {
    for (Element e : annotated) {
      Optional<AnnotationMirror> m = Mirrors.find(e, name);
      if (m.isPresent()) {
        return SourceRef.of(e, m.get(), null);
      }
    }
    return null;
  }

  private AutoIncrementMark autoIncrement(List<Element> annotated) {
    SourceRef src = ref(annotated, Names.AUTO_INCREMENT);
    if (src == null) {
      return null;
    }
    AnnotationMirror m = first(annotated, Names.AUTO_INCREMENT).orElseThrow();
    boolean gapless = (Boolean) mirrors.value(m, "gapless").getValue();
    int blockSize = (Integer) mirrors.value(m, "blockSize").getValue();
    return new AutoIncrementMark(src, gapless, blockSize, src.withValue(Mirrors.explicitValue(m, "blockSize")));
  }

  private List<IndexMark> indexKeys(List<Element> annotated) {
    List<IndexMark> out = new ArrayList<>();
    index(annotated, Names.INDEX_PARTITION_KEY, false, out);
    index(annotated, Names.INDEX_SORT_KEY, true, out);
    return out;
  }

  /** Both forms: the annotation written once, and the container javac makes when repeated. */
  private void index(List<Element> annotated, String name, boolean sort, List<IndexMark> out) {
    for (Element e : annotated) {
      Optional<AnnotationMirror> single = Mirrors.find(e, name);
      Optional<AnnotationMirror> container = Mirrors.find(e, name + ".List");
      single.ifPresent(m -> out.add(mark(SourceRef.of(e, m, null), m, sort)));
      container.ifPresent(c -> mirrors.repeated(c).forEach(v ->
          out.add(mark(SourceRef.of(e, c, v), (AnnotationMirror) v.getValue(), sort))));
      if (single.isPresent() || container.isPresent()) {
        return;
      }
    }
  }

  private IndexMark mark(SourceRef src, AnnotationMirror m, boolean sort) {
    boolean local = sort && Boolean.TRUE.equals(mirrors.value(m, "local").getValue());
    return new IndexMark((String) mirrors.value(m, "value").getValue(), sort, local, src);
  }
}
