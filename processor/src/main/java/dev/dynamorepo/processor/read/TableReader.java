package dev.dynamorepo.processor.read;

import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Read: one {@code @Table} sealed interface in, one {@link TableModel} out: its layout and the
 * permitted types that are its {@code @Entity}s, each read by the {@link EntityReader}.
 */
public final class TableReader {
  private final Types types;
  private final EntityReader entities;
  private final SingleTableReader singleTables;

  /**
   * Creates a reader.
   *
   * @param env the processing environment
   */
  public TableReader(ProcessingEnvironment env) {
    this.types = env.getTypeUtils();
    this.entities = new EntityReader(env);
    this.singleTables = new SingleTableReader(types, new Mirrors(env.getElementUtils()));
  }

  /**
   * Reads a single-table design.
   *
   * @param type a {@code @Table} interface
   * @return its layout, the permitted types that are its {@code @Entity}s (read as entities) and
   *     the names of those that are not
   * @throws UnresolvedType when an entity's property type is not resolved (yet)
   */
  public TableModel read(TypeElement type) {
    TableLayout layout = singleTables.layout(type);
    List<EntityModel> permitted = new ArrayList<>();
    List<String> strangers = new ArrayList<>();
    for (TypeMirror p : type.getPermittedSubclasses()) {
      TypeElement element = (TypeElement) ((DeclaredType) p).asElement();
      if (EntityReader.isEntityOf(element, type, types)) {
        permitted.add(entities.readAlone(element));
      } else {
        strangers.add(element.getSimpleName().toString());
      }
    }
    return new TableModel(layout, type.getModifiers().contains(Modifier.SEALED), permitted, strangers, layout.src());
  }
}
