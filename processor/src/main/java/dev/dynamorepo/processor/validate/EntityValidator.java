package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.NestedModel;

/** Validate: the entry point of the stage; runs every check on an entity and its nested types. */
public final class EntityValidator {
  /** Creates a validator; it holds no state. */
  public EntityValidator() {}

  /**
   * Checks an entity.
   *
   * @param entity the model
   * @param report receives one error per problem
   */
  public void validate(EntityModel entity, Report report) {
    ShapeChecks.check(entity, report);
    if (entity.single() != null) {
      SingleTableChecks.check(entity, report);
    } else {
      KeyChecks.check(entity, report);
      IndexChecks.check(entity, report);
    }
    VersionChecks.check(entity, report);
    LifecycleChecks.check(entity, report);
    BodyChecks.check(entity.body(), report);
    ConstantChecks.check(entity, report);
    for (NestedModel nested : entity.nested()) {
      BodyChecks.check(nested, report);
    }
  }
}
