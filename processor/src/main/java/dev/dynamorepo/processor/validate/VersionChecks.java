package dev.dynamorepo.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import java.util.List;
import java.util.Set;

/** Validate: {@code @Version}, the optimistic-locking counter. */
final class VersionChecks {
  private static final Set<TypeName> TYPES = Set.of(
      TypeName.LONG, TypeName.INT, ClassName.get(Long.class), ClassName.get(Integer.class));

  private VersionChecks() {}

  static void check(EntityModel entity, Report report) {
    List<AttributeModel> versions = KeyChecks.marked(entity, a -> a.marks().version());
    KeyChecks.duplicates(entity, versions, Messages.DUPLICATE_VERSION, a -> a.marks().version(), report);
    for (AttributeModel a : versions) {
      String name = a.describe(entity.type());
      if (a.key()) {
        report.error(a.marks().version(), Messages.VERSION_ON_KEY, name);
      } else if (a.marks().ignore() != null) {
        report.error(a.marks().ignore(), Messages.IGNORED_KEY, name, "Version");
      } else if (!TYPES.contains(a.declaredType())) {
        report.error(a.marks().version(), Messages.VERSION_TYPE, name, a.declaredType());
      }
    }
  }
}
