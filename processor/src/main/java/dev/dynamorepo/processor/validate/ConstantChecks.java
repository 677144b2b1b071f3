package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.NestedModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Validate: the public constants of the generated schema must not clash with each other
 * ({@code fooBar} and {@code foo_bar}) or with the schema's own {@code TABLE_NAME} and
 * {@code SCHEMA}.
 */
final class ConstantChecks {
  private ConstantChecks() {}

  static void check(EntityModel entity, Report report) {
    Map<String, String> taken = new HashMap<>();
    taken.put("TABLE_NAME", "the table name constant");
    taken.put("SCHEMA", "the schema constant");
    check(entity.body(), taken, report);
    entity.nested().forEach(n -> check(n, new HashMap<>(), report));
  }

  /** Also the nested types: their constants live in one {@code <Nested>Fields} class each. */
  private static void check(NestedModel body, Map<String, String> taken, Report report) {
    for (AttributeModel a : body.attributes()) {
      if (a.stored()) {
        String name = a.describe(body.type());
        String earlier = taken.putIfAbsent(a.constantName(), name);
        if (earlier != null) {
          report.error(a.src(), Messages.CONSTANT_CLASH, name, earlier, a.constantName());
        }
      }
    }
  }
}
