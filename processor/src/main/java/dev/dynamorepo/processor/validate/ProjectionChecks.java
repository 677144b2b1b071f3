package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.ProjectionModel;
import dev.dynamorepo.processor.model.ProjectionModel.Component;
import java.util.Optional;

/**
 * Validate: a {@code @Projection} against its entity: a record of an entity, each component a
 * stored attribute of the entity of a compatible type; one error per bad component, on it.
 */
public final class ProjectionChecks {
  private ProjectionChecks() {}

  /**
   * Checks a projection.
   *
   * @param projection the model
   * @param report receives one error per problem
   */
  public static void check(ProjectionModel projection, Report report) {
    String name = projection.type().simpleName();
    if (!projection.record()) {
      report.error(projection.src(), Messages.PROJECTION_NOT_RECORD, name);
    } else if (projection.entity() == null) {
      report.error(projection.entitySrc(), Messages.PROJECTION_NOT_ENTITY, name, projection.entityName());
    } else {
      projection.components().forEach(c -> component(projection, c, report));
    }
  }

  private static void component(ProjectionModel projection, Component c, Report report) {
    String name = projection.type().simpleName();
    String entity = projection.entity().type().simpleName();
    Optional<AttributeModel> found = projection.attribute(c);
    if (found.isEmpty()) {
      report.error(c.src(), Messages.PROJECTION_UNKNOWN, c.name(), name, entity,
          Suggestions.closest(c.name(), projection.storedNames()));
    } else if (!c.type().box().equals(found.get().declaredType().box())) {
      report.error(c.src(), Messages.PROJECTION_TYPE, c.name(), name, c.type(), entity + "." + c.name(),
          found.get().declaredType());
    }
  }
}
