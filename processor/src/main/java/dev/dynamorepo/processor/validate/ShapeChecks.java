package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.EntityModel.ShapeProblem;
import dev.dynamorepo.processor.model.Naming;
import java.util.regex.Pattern;

/** Validate: the kind of type {@code @Table} is on, and the table name. */
final class ShapeChecks {
  /** DynamoDB's rule for table and index names. */
  static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private ShapeChecks() {}

  static void check(EntityModel entity, Report report) {
    String name = Naming.simpleName(entity.type());
    for (ShapeProblem problem : entity.shapeProblems()) {
      report.error(entity.table(), message(problem), name);
    }
    if (entity.single() == null && !NAME.matcher(entity.tableName()).matches()) {
      report.error(entity.tableNameSrc(), Messages.TABLE_NAME, entity.tableName(), name);
    }
  }

  private static String message(ShapeProblem problem) {
    switch (problem) {
      case NOT_A_CLASS:
        return Messages.ENTITY_NOT_CLASS;
      case ABSTRACT:
        return Messages.ENTITY_ABSTRACT;
      case GENERIC:
        return Messages.ENTITY_GENERIC;
      case INNER:
        return Messages.ENTITY_INNER;
      default:
        return Messages.ENTITY_PRIVATE;
    }
  }
}
