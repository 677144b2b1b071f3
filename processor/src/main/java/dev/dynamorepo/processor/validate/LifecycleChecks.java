package dev.dynamorepo.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import java.util.List;
import java.util.Set;

/** Validate: the lifecycle attributes {@code @TimeToLive}, {@code @CreatedAt}, {@code @UpdatedAt}, {@code @GeneratedId}. */
final class LifecycleChecks {
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final Set<TypeName> TTL_TYPES = Set.of(INSTANT, TypeName.LONG, TypeName.INT, ClassName.get(Long.class),
      ClassName.get(Integer.class));

  private LifecycleChecks() {}

  static void check(EntityModel entity, Report report) {
    List<AttributeModel> ttl = KeyChecks.marked(entity, a -> a.marks().ttl());
    KeyChecks.duplicates(entity, ttl, Messages.DUPLICATE_TTL, a -> a.marks().ttl().src(), report);
    for (AttributeModel a : ttl) {
      if (a.key()) {
        report.error(a.marks().ttl().src(), Messages.LIFECYCLE_ON_KEY, "TimeToLive", a.describe(entity.type()));
      } else if (!TTL_TYPES.contains(a.declaredType())) {
        report.error(a.marks().ttl().src(), Messages.TTL_TYPE, a.describe(entity.type()), a.declaredType());
      }
    }
    timestamps(entity, report, true);
    timestamps(entity, report, false);
    for (AttributeModel a : KeyChecks.marked(entity, x -> x.marks().generatedId())) {
      if (entity.single() != null) {
        continue; // refused whole on a single-table entity, by SingleTableChecks
      }
      generatedId(entity, a, report);
    }
  }

  private static void timestamps(EntityModel entity, Report report, boolean created) {
    String annotation = created ? "CreatedAt" : "UpdatedAt";
    List<AttributeModel> marked = KeyChecks.marked(entity, a -> created ? a.marks().createdAt() : a.marks().updatedAt());
    KeyChecks.duplicates(entity, marked, created ? Messages.DUPLICATE_CREATED_AT : Messages.DUPLICATE_UPDATED_AT,
        a -> created ? a.marks().createdAt() : a.marks().updatedAt(), report);
    for (AttributeModel a : marked) {
      var src = created ? a.marks().createdAt() : a.marks().updatedAt();
      if (a.key()) {
        report.error(src, Messages.LIFECYCLE_ON_KEY, annotation, a.describe(entity.type()));
      } else if (!a.declaredType().equals(INSTANT)) {
        report.error(src, Messages.TIMESTAMP_TYPE, annotation, a.describe(entity.type()), a.declaredType());
      }
    }
  }

  private static void generatedId(EntityModel entity, AttributeModel a, Report report) {
    var mark = a.marks().generatedId();
    String name = a.describe(entity.type());
    if (a.marks().partitionKey() == null) {
      report.error(mark.src(), Messages.GENERATED_ID_PLACE, name, a.marks().sortKey() != null ? "the sort key" : "not a key");
      return;
    }
    boolean string = a.declaredType().equals(ClassName.get(String.class));
    boolean uuid = a.declaredType().equals(ClassName.get("java.util", "UUID"));
    if (!string && !(uuid && mark.strategy().equals("UUID"))) {
      report.error(mark.src(), Messages.GENERATED_ID_TYPE, name, a.declaredType(), mark.strategy(),
          mark.strategy().equals("UUID") ? " or a UUID key" : "");
    }
  }
}
